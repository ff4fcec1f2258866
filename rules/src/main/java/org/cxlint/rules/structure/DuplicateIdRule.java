package org.cxlint.rules.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.TemplateLogic;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code duplicate-id}: an {@code id} used on more than one element of a page. WCAG 2.2 removed
 * 4.1.1 Parsing, so this is a best practice; it matters most when something points at the id
 * ({@code for}, {@code aria-labelledby}, {@code aria-describedby}, {@code headers},
 * {@code href="#…"} …), because only the first element gets the label or the jump. Such
 * duplicates are warnings, the others info.
 */
public final class DuplicateIdRule implements Rule {
  private static final List<String> IDREF_ATTRIBUTES = List.of("for", "aria-labelledby",
      "aria-describedby", "aria-controls", "aria-owns", "aria-flowto", "aria-activedescendant",
      "aria-details", "aria-errormessage", "headers", "list", "form", "usemap");

  private static final RuleMeta META = RuleMeta.builder("duplicate-id")
      .category(Category.STRUCTURE)
      .severity(Severity.WARNING)
      .summary("An id is used only once on a page.")
      .rationale("Labels, descriptions, table headers and in-page links find their target by"
          + " id. When two elements share an id, only the first is found: a field can end up"
          + " with the wrong label, or none. WCAG 2.2 made 4.1.1 Parsing obsolete, so this is a"
          + " best practice, but a duplicate that something refers to still breaks what users"
          + " hear.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/parsing.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/3ea0c8/proposed/",
          "https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute")
      .wcag("best practice (was 4.1.1 Parsing, Level A, obsolete in WCAG 2.2)")
      .examples("<label for=\"email\">Email</label><input id=\"email\">\n…\n<div id=\"email\">…</div>",
          "<label for=\"email\">Email</label><input id=\"email\">\n…\n<div id=\"email-help\">…</div>")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  /** How a parser masks template markup it read past (Liquid, shortcodes) in the DOM. */
  private static final char TEMPLATE_CHAR = '\uE000';

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<Element> elements = HtmlElements.all(document);
    Set<String> referenced = new HashSet<>();
    for (Element e : elements) {
      for (String attr : IDREF_ATTRIBUTES) {
        if (e.hasAttr(attr)) {
          for (String id : e.attr(attr).strip().split("\\s+")) {
            referenced.add(id.startsWith("#") && attr.equals("usemap") ? id.substring(1) : id);
          }
        }
      }
      String href = e.attr("href");
      if (href.startsWith("#") && href.length() > 1) {
        referenced.add(href.substring(1));
      }
    }
    Map<String, List<Element>> seen = new HashMap<>();
    TemplateLogic template = document.template();
    for (Element e : elements) {
      if (!e.hasAttr("id") || PageRules.inTemplate(e)) {
        continue;
      }
      String id = e.attr("id");
      if (id.isEmpty() || id.indexOf(TEMPLATE_CHAR) >= 0) {
        continue; // an id the site's template makes ({{ id }}) is known only at build time
      }
      List<Element> same = seen.computeIfAbsent(id, k -> new ArrayList<>());
      Element earlier = null;
      if (template.isEmpty()) {
        earlier = same.isEmpty() ? null : same.get(0);
      } else {
        // Liquid: elements in different branches of one {% if %} never render together, and
        // an id inside a loop is repeated by design or made unique by the loop's variables.
        Span at = document.startTagSpanOf(e);
        int offset = at == null ? -1 : at.start();
        if (offset >= 0 && template.inLoop(offset)) {
          continue;
        }
        for (Element o : same) {
          Span os = document.startTagSpanOf(o);
          if (offset < 0 || os == null || !template.exclusive(os.start(), offset)) {
            earlier = o;
            break;
          }
        }
      }
      same.add(e);
      if (earlier == null) {
        continue;
      }
      Span firstAt = document.startTagSpanOf(earlier);
      Position p = firstAt == null ? null : document.source().position(firstAt.start());
      String where = p == null ? "" : " (first at line " + p.line() + ")";
      if (referenced.contains(id)) {
        context.report(PageRules.at(document, e), Severity.WARNING,
            "The id “" + id + "” is already used on this page" + where + ", and something refers"
                + " to it: only the first element will get that label, description or link.",
            "Give this element a different id, and point each reference at the right one.");
      } else {
        context.report(PageRules.at(document, e), Severity.INFO,
            "The id “" + id + "” is already used on this page" + where + ".",
            "Give this element a different id; ids must be unique on a page.");
      }
    }
  }
}

package org.cxlint.rules.structure;

import java.util.Locale;
import java.util.Set;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code document-title}: an HTML page whose first {@code <title>} is missing or blank (the
 * one browsers use; a title inside SVG or a template does not count), or a title left as an
 * editor's placeholder ("Untitled Document").
 */
public final class DocumentTitleRule implements Rule {
  private static final Set<String> PLACEHOLDERS = Set.of("untitled", "untitled document",
      "untitled page", "document", "new page", "new document", "page title", "title", "todo",
      "tbd", "insert title here", "index", "index.html");

  private static final RuleMeta META = RuleMeta.builder("document-title")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("An HTML page has a <title> that names it.")
      .rationale("The title is the first thing a screen reader says when a page opens, and the"
          + " name of the tab, the bookmark and the search result. A page without one is"
          + " announced by its address.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/2779a5/proposed/")
      .wcag("2.4.2 Page Titled, Level A")
      .examples("<head>\n  <title></title>\n</head>",
          "<head>\n  <title>Apply for disability benefits | SSA</title>\n</head>")
      .formats(Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    HtmlFragment page = HtmlElements.page(document);
    // A partial or a layout: the <title> of a site's page is written where its <head> is.
    if (page == null || document.notAPage() != null) {
      return;
    }
    Element title = null;
    for (Element t : page.dom().getElementsByTag("title")) {
      if (!PageRules.inForeignOrInert(t)) {
        title = t;
        break;
      }
    }
    if (title == null) {
      context.report(PageRules.pageStart(document, page), "This page has no <title>.",
          "Add <title>…</title> in the <head> naming the page, e.g. “Apply for benefits | Agency”.");
      return;
    }
    String text = title.text().strip();
    if (text.isEmpty()) {
      context.report(PageRules.at(document, title), "The page's <title> is empty.",
          "Write the page's name in it, e.g. “Apply for benefits | Agency”.");
    } else if (PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT))) {
      context.report(PageRules.at(document, title), Severity.WARNING,
          "The page's title “" + text + "” is a placeholder that does not name the page.",
          "Replace it with the page's subject, e.g. “Apply for benefits | Agency”.");
    }
  }
}

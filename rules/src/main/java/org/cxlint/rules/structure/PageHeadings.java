package org.cxlint.rules.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.html.AccessibilityTree;
import org.cxlint.core.html.AccessibleName;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Span;
import org.jsoup.nodes.Element;

/**
 * The headings a reader meets on a page, in source order: Markdown headings from the model,
 * and HTML headings ({@code h1}–{@code h6} and {@code role="heading"}) read from the DOM so
 * that their level ({@code aria-level}), their accessible name and hidden ones are judged as
 * browsers do. Computed once per document.
 */
final class PageHeadings {
  /** One heading: level 1–9, its name, where to report it, and its element for HTML. */
  record PageHeading(int level, String text, Span span, Element element) {}

  private final List<PageHeading> headings;

  private PageHeadings(List<PageHeading> headings) {
    this.headings = List.copyOf(headings);
  }

  /** The option both heading rules take: a Hugo page's front-matter title is its h1. */
  static final OptionSpec TITLE_IS_H1 = OptionSpec.bool(
      "frontMatterTitleIsH1", true,
      "Count a Markdown page's front-matter title as its h1, as Hugo layouts render it;"
          + " set false for sites whose layouts do not.");

  /**
   * True when the page's front-matter title stands as its h1 (Markdown only, option on, and
   * the layout renders the title at level 1: see the config's site titleLevel).
   */
  static boolean titleIsH1(ContentDocument document, RuleContext context) {
    return titleLevel(document, context) == 1;
  }

  /**
   * The level at which the layout renders the page's front-matter title, or 0 when it is not
   * counted (no title, not Markdown, option off).
   */
  static int titleLevel(ContentDocument document, RuleContext context) {
    String title = document.frontMatter().title();
    boolean counted = document.format() == Format.MARKDOWN && title != null
        && !title.isBlank() && context.options().bool(TITLE_IS_H1.name());
    if (counted && document.site().generator().liquid()) {
      // A page that renders its own title (<h1>{{ page.title }}</h1>) shows it there.
      String source = document.source().text();
      for (PageHeading h : of(document)) {
        Span s = h.element() != null ? document.spanOf(h.element()) : h.span();
        if (s != null && s.end() <= source.length()
            && source.substring(s.start(), s.end()).contains("page.title")) {
          return 0;
        }
      }
    }
    return counted ? document.titleLevel() : 0;
  }

  static List<PageHeading> of(ContentDocument document) {
    return document.derived(PageHeadings.class, PageHeadings::build).headings;
  }

  private static PageHeadings build(ContentDocument document) {
    List<PageHeading> out = new ArrayList<>();
    for (Heading h : document.headings()) {
      if (h.origin() != Heading.Origin.HTML) {
        out.add(new PageHeading(h.level(), h.text() == null ? "" : h.text().strip(), h.span(), null));
      }
    }
    for (Element e : HtmlElements.all(document)) {
      if (!"heading".equals(AccessibilityTree.role(e)) || AccessibilityTree.isHidden(e)) {
        continue;
      }
      Span at = document.startTagSpanOf(e);
      if (at != null) {
        out.add(new PageHeading(level(e), AccessibleName.of(e), at, e));
      }
    }
    out.sort(Comparator.comparingInt(h -> h.span().start()));
    return new PageHeadings(out);
  }

  /** aria-level when it is a positive integer, else the tag's level, else 2 (ARIA's default). */
  private static int level(Element e) {
    String aria = e.attr("aria-level").strip();
    if (aria.matches("\\d{1,2}") && Integer.parseInt(aria) > 0) {
      return Integer.parseInt(aria);
    }
    String tag = e.normalName();
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      return tag.charAt(1) - '0';
    }
    return 2;
  }
}

package org.cxlint.rules.structure;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.TemplateLogic;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * {@code heading-order}: a heading that goes down more than one level at once (h2 then h4).
 * A Hugo page's front-matter title is its h1, so a first heading of h3 under it skips h2.
 */
public final class HeadingOrderRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("heading-order")
      .fixable(true)
      .category(Category.STRUCTURE)
      .severity(Severity.WARNING)
      .summary("Heading levels should go down one step at a time.")
      .rationale("Headings are the page's outline. When a level is skipped (an h2 followed by"
          + " an h4), people who navigate by headings think they missed a section, and the"
          + " outline no longer shows what belongs to what. Going back up any number of levels"
          + " is fine.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
          "https://www.w3.org/WAI/tutorials/page-structure/headings/")
      .wcag("best practice (supports 1.3.1 Info and Relationships, Level A)")
      .examples("## Eligibility\n\n#### Income limits",
          "## Eligibility\n\n### Income limits")
      .options(PageHeadings.TITLE_IS_H1)
      .formats(Format.MARKDOWN, Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<PageHeadings.PageHeading> headings = PageHeadings.of(document);
    int titleLevel = PageHeadings.titleLevel(document, context);
    // The layout may render more headings than the title before the page's content.
    int layoutLevel = titleLevel > 0 ? Math.max(titleLevel, document.layoutHeadingLevel()) : 0;
    int previous = layoutLevel;
    int previousEnd = 0;
    TemplateLogic template = document.template();
    for (PageHeadings.PageHeading h : headings) {
      // Between the two, an include, a loop or another branch may supply the missing level:
      // what the page cannot see is not reported.
      boolean supplied = template.suppliedBetween(previousEnd, h.span().start());
      if (previous > 0 && h.level() > previous + 1 && !supplied) {
        String from = h != headings.get(0) || titleLevel == 0 ? "h" + previous
            : layoutLevel > titleLevel ? "the layout's last heading (h" + layoutLevel + ")"
            : "the page title (h" + titleLevel + ")";
        context.report(h.span(), null, "Heading level jumps from " + from + " to h" + h.level()
                + ", skipping h" + (previous + 1) + ".",
            "Make this heading h" + (previous + 1)
                + ", or add the missing level above it if a section is really missing.",
            levelFix(document.source().text(), h,
                h.element() == null ? h.span() : document.spanOf(h.element()), previous + 1));
      }
      previous = h.level();
      previousEnd = h.span().end();
    }
  }

  /**
   * The heading rewritten at {@code level}: the ATX marks ("#### " → "### ") or both tags of
   * an HTML heading. A suggestion only: whether a level is missing above is for a person to say.
   */
  static List<Fix> levelFix(String source, PageHeadings.PageHeading h, Span span, int level) {
    if (span == null || span.end() > source.length()) {
      return List.of();
    }
    String text = source.substring(span.start(), span.end());
    String title = "Make it h" + level;
    int i = 0;
    while (i < text.length() && i < 3 && text.charAt(i) == ' ') {
      i++;
    }
    int hashes = 0;
    while (i + hashes < text.length() && text.charAt(i + hashes) == '#') {
      hashes++;
    }
    if (hashes == h.level() && (i + hashes == text.length()
        || Character.isWhitespace(text.charAt(i + hashes)))) {
      int at = span.start() + i;
      return List.of(new Fix(title, List.of(new TextEdit(at, at + hashes, "#".repeat(level))),
          false));
    }
    String open = "<h" + h.level();
    String close = "</h" + h.level() + ">";
    if (text.regionMatches(true, 0, open, 0, open.length()) && text.length() > open.length() + 1
        && !Character.isLetterOrDigit(text.charAt(open.length()))
        && text.regionMatches(true, text.length() - close.length(), close, 0, close.length())) {
      List<TextEdit> edits = new ArrayList<>();
      edits.add(new TextEdit(span.start() + 1, span.start() + open.length(), "h" + level));
      int c = span.end() - close.length();
      edits.add(new TextEdit(c + 2, c + close.length() - 1, "h" + level));
      return List.of(new Fix(title, edits, false));
    }
    return List.of();
  }
}

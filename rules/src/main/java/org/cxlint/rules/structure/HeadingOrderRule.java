package org.cxlint.rules.structure;

import java.util.List;
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
        context.report(h.span(), "Heading level jumps from " + from + " to h" + h.level()
                + ", skipping h" + (previous + 1) + ".",
            "Make this heading h" + (previous + 1)
                + ", or add the missing level above it if a section is really missing.");
      }
      previous = h.level();
      previousEnd = h.span().end();
    }
  }
}

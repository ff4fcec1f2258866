package org.cxlint.rules.structure;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/** {@code heading-empty}: a heading with no text, so a screen reader announces "heading" alone. */
public final class HeadingEmptyRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("heading-empty")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Headings must have text.")
      .rationale("Screen reader users move through a page by its headings. An empty heading"
          + " (no text, an image with empty alt, or text hidden with aria-hidden) is announced"
          + " as just “heading”, a stop that says nothing. Empty headings are often left behind"
          + " to get a larger font; use CSS for that.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/headings-and-labels.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/ffd0e9/proposed/")
      .wcag("2.4.6 Headings and Labels, Level AA; 1.3.1 Info and Relationships, Level A")
      .examples("## \n\n<h2><img src=\"icon.png\" alt=\"\"></h2>",
          "## Who can apply\n\n<h2><img src=\"icon.png\" alt=\"\"> Who can apply</h2>")
      .formats(Format.MARKDOWN, Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (PageHeadings.PageHeading h : PageHeadings.of(document)) {
      if (h.text().isBlank()) {
        context.report(h.span(), "This level " + h.level() + " heading has no text, so screen"
                + " readers announce an empty heading.",
            "Write what the section is about, or remove the heading if it is only used for"
                + " spacing or style.");
      }
    }
  }
}

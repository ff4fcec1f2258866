package org.cxlint.rules.structure;

import java.util.List;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * {@code heading-h1}: a page should have exactly one h1. A Hugo page's front-matter
 * {@code title} is rendered as its h1, so it counts, and a Markdown {@code # Heading} next to it
 * is a second one. Plain-text drafts have no headings and are exempt; an HTML file without an
 * {@code <html>} tag (a partial template), and a Markdown page whose front matter has no title
 * (its layout may render another field as the h1), are only checked for a second h1.
 */
public final class HeadingH1Rule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("heading-h1")
      .category(Category.STRUCTURE)
      .severity(Severity.WARNING)
      .summary("A page has exactly one h1 (a front-matter title counts as it).")
      .rationale("The h1 says what the whole page is about; it is where screen reader users"
          + " jump first. With none, the page has no named top; with two, it is unclear which"
          + " is the page's subject. Hugo renders the front-matter title as the h1, so the"
          + " content should start at ## (h2).")
      .guidance(
          "https://www.w3.org/WAI/tutorials/page-structure/headings/",
          "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
          "https://designsystem.digital.gov/components/headings/")
      .wcag("best practice (supports 1.3.1 Info and Relationships, Level A)")
      .examples("---\ntitle: Apply for benefits\n---\n# Apply for benefits\n\n## Who can apply",
          "---\ntitle: Apply for benefits\n---\n## Who can apply")
      .options(PageHeadings.TITLE_IS_H1)
      .formats(Format.MARKDOWN, Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    if (document.notAPage() != null) {
      return; // a partial's headings sit inside the page that includes it
    }
    boolean titleIsH1 = PageHeadings.titleIsH1(document, context);
    List<PageHeadings.PageHeading> h1s = PageHeadings.of(document).stream()
        .filter(h -> h.level() == 1).toList();
    int count = h1s.size() + (titleIsH1 ? 1 : 0);
    if (count == 0) {
      // A Hugo page with front matter but no title gets its h1 from the layout (an author
      // page's display_name, say), which cxlint cannot see; front-matter reports a missing title.
      boolean wholePage = document.format() == Format.MARKDOWN
          ? !document.frontMatter().isPresent()
          : HtmlElements.page(document) != null;
      if (wholePage) {
        context.report(new Span(0, 0), "This page has no h1 heading to say what it is about.",
            document.format() == Format.MARKDOWN
                ? "Start the page with a # heading, or give it front matter with a title."
                : "Add one <h1> with the page's subject at the start of the main content.");
      }
      return;
    }
    int first = titleIsH1 ? 0 : 1;
    for (int i = first; i < h1s.size(); i++) {
      PageHeadings.PageHeading h = h1s.get(i);
      String message = titleIsH1
          ? "The front-matter title is already this page's h1, so this level 1 heading is a"
              + " second h1."
          : "This page already has an h1 (“" + shorten(h1s.get(0).text()) + "”); this is a second"
              + " one.";
      context.report(h.span(), message,
          titleIsH1
              ? "Use ## (h2) for this heading, or remove it if it repeats the title."
              : "Keep one h1 for the page's subject and make the others h2.");
    }
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }
}

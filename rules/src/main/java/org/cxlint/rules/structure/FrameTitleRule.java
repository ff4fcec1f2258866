package org.cxlint.rules.structure;

import org.cxlint.core.html.AccessibilityTree;
import org.cxlint.core.html.AccessibleName;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code frame-title}: an {@code <iframe>} or {@code <frame>} that keyboard users reach but that
 * has no accessible name ({@code title}, {@code aria-label} or {@code aria-labelledby}). A frame
 * taken out of the tab order ({@code tabindex="-1"}), hidden, or marked presentational is skipped.
 */
public final class FrameTitleRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("frame-title")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Frames need a title that says what they contain.")
      .rationale("Screen readers announce a frame by its title when people tab into it or list"
          + " the frames on a page. Without one they hear “frame” or the embedded file's"
          + " address. The name attribute does not count.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/cae760/proposed/")
      .wcag("4.1.2 Name, Role, Value, Level A")
      .examples("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>",
          "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"Video: How to apply for"
              + " benefits\"></iframe>")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Element e : HtmlElements.all(document)) {
      String tag = e.normalName();
      if (!tag.equals("iframe") && !tag.equals("frame")) {
        continue;
      }
      if (AccessibilityTree.isHidden(e) || !AccessibilityTree.isInTabOrder(e)
          || AccessibilityTree.isPresentationalRole(AccessibilityTree.explicitRole(e))) {
        continue;
      }
      if (AccessibleName.of(e).isEmpty()) {
        String src = e.attr("src");
        context.report(PageRules.at(document, e),
            "This <" + tag + ">" + (src.isEmpty() ? "" : " (" + src + ")")
                + " has no title, so screen reader users do not know what it contains.",
            "Add title=\"…\" describing its content, e.g. title=\"Video: How to apply\".");
      }
    }
  }
}

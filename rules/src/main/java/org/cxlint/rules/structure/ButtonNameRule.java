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
 * {@code button-name}: an element with the button role ({@code <button>},
 * {@code <input type="button|submit|reset">}, {@code role="button"}, the {@code <summary>} of a
 * {@code <details>}) or the menuitem role with no accessible name.
 * Image buttons ({@code <input type="image">}) are {@code image-alt}'s. A role that replaces
 * the button role ({@code <button role="link">}) takes the button out of scope.
 */
public final class ButtonNameRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("button-name")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Buttons, menu items and <details> summaries need a name that says what they do.")
      .rationale("A screen reader announces a button by its name. An icon-only button or an"
          + " empty <button> is read as just “button”, and nobody can tell what it does. The"
          + " same goes for menu items and for the <summary> that opens a <details>.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/97a4e1/proposed/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/2t702h/proposed/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/m6b1q3/proposed/")
      .wcag("4.1.2 Name, Role, Value, Level A")
      .examples("<button class=\"icon-search\"></button>",
          "<button class=\"icon-search\" aria-label=\"Search\"></button>")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Element e : HtmlElements.all(document)) {
      String role = AccessibilityTree.role(e);
      if (!"button".equals(role) && !"menuitem".equals(role) || AccessibilityTree.isHidden(e)) {
        continue;
      }
      if (e.normalName().equals("input") && AccessibilityTree.inputType(e).equals("image")) {
        continue;
      }
      if (AccessibleName.of(e).isEmpty()) {
        String what = e.normalName().equals("summary") ? "This <summary> (the control that opens"
            + " its <details>)" : "menuitem".equals(role) ? "This menu item" : "This button";
        context.report(PageRules.at(document, e),
            what + " has no name, so screen readers announce only its role.",
            e.normalName().equals("input")
                ? "Give it value=\"…\" naming the action, e.g. value=\"Search\"."
                : "Put the action in its text, or add aria-label=\"…\" for an icon-only button.");
      }
    }
  }
}

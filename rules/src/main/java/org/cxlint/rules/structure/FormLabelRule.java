package org.cxlint.rules.structure;

import java.util.Set;
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
 * {@code form-label}: a form field with no accessible name: {@code <input>} (not hidden,
 * submit, reset, button or image: those are buttons), {@code <select>}, {@code <textarea>}, and
 * elements with a field role (textbox, combobox, checkbox …). A {@code <label>} (wrapping or
 * {@code for}), {@code aria-label}, {@code aria-labelledby} or {@code title} names a field; a
 * {@code placeholder} does too, as browsers use it, though it disappears while typing.
 */
public final class FormLabelRule implements Rule {
  private static final Set<String> FIELD_ROLES = Set.of("checkbox", "combobox", "listbox",
      "menuitemcheckbox", "menuitemradio", "radio", "searchbox", "slider", "spinbutton",
      "switch", "textbox");
  private static final Set<String> BUTTON_TYPES = Set.of("hidden", "submit", "reset", "button", "image");

  private static final RuleMeta META = RuleMeta.builder("form-label")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Form fields need a label.")
      .rationale("A screen reader says a field's label when people reach it; without one they"
          + " hear “edit text” and must guess what to type. Text next to a field is not a label"
          + " unless it is a <label> tied to the field (for=\"id\" or wrapped around it).")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html",
          "https://www.w3.org/WAI/tutorials/forms/labels/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/e086e5/proposed/")
      .wcag("4.1.2 Name, Role, Value, Level A; 1.3.1 Info and Relationships, Level A")
      .examples("<div>Email</div>\n<input type=\"email\" id=\"email\">",
          "<label for=\"email\">Email</label>\n<input type=\"email\" id=\"email\">")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Element e : HtmlElements.all(document)) {
      if (!isField(e) || AccessibilityTree.isHidden(e)) {
        continue;
      }
      if (AccessibleName.of(e).isEmpty()) {
        String id = e.id();
        context.report(PageRules.at(document, e),
            "This " + describe(e) + " has no label, so screen reader users do not know what to"
                + " enter.",
            id.isEmpty()
                ? "Wrap it in <label>Label text <" + e.normalName() + " …></label>, or give it an"
                    + " id and add <label for=\"that-id\">."
                : "Add <label for=\"" + id + "\">…</label> with the field's name.");
      }
    }
  }

  private static boolean isField(Element e) {
    String role = AccessibilityTree.role(e);
    String explicit = AccessibilityTree.explicitRole(e);
    if (explicit != null && !AccessibilityTree.isPresentationalRole(role)) {
      return FIELD_ROLES.contains(role);
    }
    if (AccessibilityTree.isPresentationalRole(role)) {
      return false;
    }
    return switch (e.normalName()) {
      case "input" -> !BUTTON_TYPES.contains(AccessibilityTree.inputType(e));
      case "select", "textarea" -> true;
      default -> false;
    };
  }

  private static String describe(Element e) {
    return switch (e.normalName()) {
      case "input" -> "<input type=\"" + AccessibilityTree.inputType(e) + "\">";
      case "select", "textarea" -> "<" + e.normalName() + ">";
      default -> "element with role=\"" + AccessibilityTree.role(e) + "\"";
    };
  }
}

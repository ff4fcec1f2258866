package org.cxlint.core.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the source alone says about an element's place in the accessibility tree: whether it is
 * hidden from it, its role (explicit or implicit, after the WAI-ARIA presentational-role conflict
 * rules), and whether it can take focus. CSS from style sheets and scripts are not seen; an
 * inline {@code style} that says {@code display: none} or {@code visibility: hidden} is.
 */
public final class AccessibilityTree {
  /** WAI-ARIA 1.2 / DPUB / Graphics roles, so a typo in {@code role} falls back as browsers do. */
  private static final Set<String> ROLES = Set.of(
      "alert", "alertdialog", "application", "article", "banner", "blockquote", "button",
      "caption", "cell", "checkbox", "code", "columnheader", "combobox", "command", "comment",
      "complementary", "composite", "contentinfo", "definition", "deletion", "dialog",
      "directory", "document", "emphasis", "feed", "figure", "form", "generic", "grid",
      "gridcell", "group", "heading", "img", "image", "input", "insertion", "landmark", "link",
      "list", "listbox", "listitem", "log", "main", "mark", "marquee", "math", "menu", "menubar",
      "menuitem", "menuitemcheckbox", "menuitemradio", "meter", "navigation", "none", "note",
      "option", "paragraph", "presentation", "progressbar", "radio", "radiogroup", "range",
      "region", "row", "rowgroup", "rowheader", "scrollbar", "search", "searchbox", "section",
      "sectionhead", "select", "separator", "slider", "spinbutton", "status", "strong",
      "structure", "subscript", "suggestion", "superscript", "switch", "tab", "table", "tablist",
      "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree", "treegrid",
      "treeitem", "widget", "window", "graphics-document", "graphics-object", "graphics-symbol",
      "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-backlink",
      "doc-biblioentry", "doc-bibliography", "doc-biblioref", "doc-chapter", "doc-colophon",
      "doc-conclusion", "doc-cover", "doc-credit", "doc-credits", "doc-dedication",
      "doc-endnote", "doc-endnotes", "doc-epigraph", "doc-epilogue", "doc-errata",
      "doc-example", "doc-footnote", "doc-foreword", "doc-glossary", "doc-glossref",
      "doc-index", "doc-introduction", "doc-noteref", "doc-notice", "doc-pagebreak",
      "doc-pagefooter", "doc-pageheader", "doc-pagelist", "doc-part", "doc-preface",
      "doc-prologue", "doc-pullquote", "doc-qna", "doc-subtitle", "doc-tip", "doc-toc");

  /** Global states and properties: any of them keeps an element's own role (ARIA 1.2, 9.3). */
  private static final Set<String> GLOBAL_ARIA = Set.of(
      "aria-atomic", "aria-busy", "aria-controls", "aria-current", "aria-describedby",
      "aria-details", "aria-disabled", "aria-dropeffect", "aria-errormessage", "aria-flowto",
      "aria-grabbed", "aria-haspopup", "aria-invalid", "aria-keyshortcuts", "aria-label",
      "aria-labelledby", "aria-live", "aria-owns", "aria-relevant", "aria-roledescription");

  /** Elements whose content is never rendered. */
  private static final Set<String> NOT_RENDERED =
      Set.of("head", "template", "script", "style", "noscript", "title", "meta", "link");

  private static final Pattern INLINE_HIDDEN = Pattern.compile(
      "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*(?:hidden|collapse))\\s*(?:!important\\s*)?(?:;|$)",
      Pattern.CASE_INSENSITIVE);

  private AccessibilityTree() {}

  /**
   * True when the element or an ancestor is left out of the accessibility tree: the
   * {@code hidden} attribute, {@code aria-hidden="true"}, an inline {@code display: none} or
   * {@code visibility: hidden}, {@code <input type="hidden">}, or content browsers never render
   * ({@code head}, {@code template}, {@code script} …).
   */
  public static boolean isHidden(Element element) {
    if (element.normalName().equals("input") && "hidden".equalsIgnoreCase(element.attr("type").strip())) {
      return true;
    }
    for (Element e = element; e != null; e = e.parent()) {
      if (hidesItself(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidesItself(Element e) {
    if (NOT_RENDERED.contains(e.normalName())) {
      return true;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(e.attr("aria-hidden").strip())) {
      return true;
    }
    return e.hasAttr("style") && INLINE_HIDDEN.matcher(e.attr("style")).find();
  }

  /** The first valid token of the {@code role} attribute, or null. */
  public static String explicitRole(Element element) {
    String attr = element.attr("role").strip().toLowerCase(Locale.ROOT);
    if (attr.isEmpty()) {
      return null;
    }
    for (String token : attr.split("\\s+")) {
      if (ROLES.contains(token)) {
        return token.equals("image") ? "img" : token;
      }
    }
    return null;
  }

  /** The role HTML-AAM gives the element without a role attribute, or null for generic ones. */
  public static String implicitRole(Element element) {
    String tag = element.normalName();
    switch (tag) {
      case "a":
      case "area":
        return element.hasAttr("href") ? "link" : null;
      case "button":
        return "button";
      case "input":
        return inputRole(element);
      case "select":
        return element.hasAttr("multiple") || sizeOver1(element) ? "listbox" : "combobox";
      case "textarea":
        return "textbox";
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        return "heading";
      case "img":
        return element.hasAttr("alt") && element.attr("alt").isEmpty()
            && !hasGlobalAria(element) && !element.hasAttr("title") ? "presentation" : "img";
      case "svg":
        return "graphics-document";
      case "table":
        return "table";
      case "th":
        return "columnheader";
      case "td":
        return "cell";
      case "iframe":
      case "frame":
        return "iframe";
      case "summary":
        return isDetailsSummary(element) ? "button" : null;
      case "option":
        return "option";
      default:
        return null;
    }
  }

  private static boolean sizeOver1(Element e) {
    try {
      return Integer.parseInt(e.attr("size").strip()) > 1;
    } catch (NumberFormatException ex) {
      return false;
    }
  }

  /** The lower-case {@code type} of an input, "text" when absent or unknown to browsers. */
  public static String inputType(Element input) {
    String t = input.attr("type").strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "hidden", "text", "search", "tel", "url", "email", "password", "date", "month",
          "week", "time", "datetime-local", "number", "range", "color", "checkbox", "radio",
          "file", "submit", "image", "reset", "button" -> t;
      default -> "text";
    };
  }

  private static String inputRole(Element input) {
    return switch (inputType(input)) {
      case "button", "submit", "reset", "image" -> "button";
      case "checkbox" -> "checkbox";
      case "radio" -> "radio";
      case "range" -> "slider";
      case "number" -> "spinbutton";
      case "search" -> input.hasAttr("list") ? "combobox" : "searchbox";
      case "text", "tel", "url", "email" -> input.hasAttr("list") ? "combobox" : "textbox";
      default -> null;
    };
  }

  /**
   * The role assistive technology sees: the explicit role, except that {@code none} and
   * {@code presentation} are ignored on an element that can take focus or carries a global
   * ARIA attribute; otherwise the implicit role. Null when the element has no particular role.
   */
  public static String role(Element element) {
    String explicit = explicitRole(element);
    if (explicit != null) {
      if (!isPresentationalRole(explicit)) {
        return explicit;
      }
      if (!isFocusable(element) && !hasGlobalAria(element)) {
        return explicit;
      }
    }
    return implicitRole(element);
  }

  public static boolean isPresentationalRole(String role) {
    return "none".equals(role) || "presentation".equals(role);
  }

  /** True when the effective role is none/presentation. */
  public static boolean isPresentational(Element element) {
    return isPresentationalRole(role(element));
  }

  /** True when the element carries any global ARIA state or property. */
  public static boolean hasGlobalAria(Element element) {
    for (org.jsoup.nodes.Attribute a : element.attributes()) {
      if (GLOBAL_ARIA.contains(a.getKey().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when the element can receive focus (by click, script or keyboard). */
  public static boolean isFocusable(Element element) {
    if (element.hasAttr("tabindex") && isInteger(element.attr("tabindex"))) {
      return true;
    }
    if (element.hasAttr("contenteditable")
        && !"false".equalsIgnoreCase(element.attr("contenteditable").strip())) {
      return true;
    }
    return switch (element.normalName()) {
      case "a", "area" -> element.hasAttr("href");
      case "button", "select", "textarea" -> !element.hasAttr("disabled");
      case "input" -> !element.hasAttr("disabled") && !"hidden".equals(inputType(element));
      case "iframe", "frame", "embed", "object" -> true;
      case "audio", "video" -> element.hasAttr("controls");
      case "summary" -> isDetailsSummary(element);
      default -> false;
    };
  }

  /** True when the element is focusable and keyboard users reach it with Tab (no negative tabindex). */
  public static boolean isInTabOrder(Element element) {
    if (!isFocusable(element)) {
      return false;
    }
    if (element.hasAttr("tabindex") && isInteger(element.attr("tabindex"))) {
      return Integer.parseInt(element.attr("tabindex").strip()) >= 0;
    }
    return true;
  }

  private static boolean isInteger(String s) {
    return s.strip().matches("[+-]?\\d{1,9}");
  }

  /** True for the summary that opens and closes its details: the first summary child. */
  public static boolean isDetailsSummary(Element element) {
    Element parent = element.parent();
    if (parent == null || !parent.normalName().equals("details")) {
      return false;
    }
    for (Element c : parent.children()) {
      if (c.normalName().equals("summary")) {
        return c == element;
      }
    }
    return false;
  }
}

package org.cxlint.core.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The accessible name of an element, computed from the source as browsers do for the static
 * cases (W3C Accessible Name and Description Computation 1.2 with the HTML-AAM rules for
 * native elements): {@code aria-labelledby}, then {@code aria-label}, then the native name
 * (an image's {@code alt}, a field's {@code <label>}, a button's {@code value}, an SVG's
 * {@code <title>} …), then the content for roles named from content (links, buttons,
 * headings …), then {@code title} and, for text fields, {@code placeholder}. Hidden content is
 * skipped, except inside an element that {@code aria-labelledby} points to while it is itself
 * hidden. CSS generated content and script changes are not seen.
 *
 * <p>The result has its white space collapsed and trimmed; "" means no name.
 */
public final class AccessibleName {
  /** Roles whose name comes from their content (ARIA 1.2 "name from: contents"). */
  private static final Set<String> FROM_CONTENT = Set.of(
      "button", "cell", "checkbox", "columnheader", "gridcell", "heading", "link", "menuitem",
      "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "sectionhead",
      "switch", "tab", "tooltip", "treeitem", "doc-backlink", "doc-biblioref", "doc-glossref",
      "doc-noteref");

  /** Elements that a {@code <label>} can name. */
  private static final Set<String> LABELABLE =
      Set.of("button", "input", "meter", "output", "progress", "select", "textarea");

  /** Nesting beyond this is not walked element by element (keeps the stack small). */
  private static final int MAX_DEPTH = 200;

  private AccessibleName() {}

  /** One computation's state: the elements already visited (no cycles) and the nesting depth. */
  private static final class Walk {
    final Set<Element> seen = new HashSet<>();
    int depth;

    /** A walk for an aria-labelledby target: cycles reset, depth kept. */
    Walk fresh(Element from) {
      Walk w = new Walk();
      w.seen.add(from);
      w.depth = depth;
      return w;
    }
  }

  /** The accessible name of {@code element}, or "" when it has none. */
  public static String of(Element element) {
    return collapse(compute(element, true, false, false, new Walk()));
  }

  /** True when {@code element} is a field a {@code <label>} can name. */
  public static boolean isLabelable(Element element) {
    return LABELABLE.contains(element.normalName());
  }

  private static String compute(Element el, boolean root, boolean inLabelledBy,
      boolean includeHidden, Walk visited) {
    if (!visited.seen.add(el)) {
      return "";
    }
    if (!root && !includeHidden && AccessibilityTree.isHidden(el)) {
      return "";
    }
    // Step 2B: aria-labelledby, not followed twice.
    if (!inLabelledBy && el.hasAttr("aria-labelledby")) {
      List<Element> refs = byIds(el, el.attr("aria-labelledby"));
      if (!refs.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (Element ref : refs) {
          String part = compute(ref, false, true, AccessibilityTree.isHidden(ref), visited.fresh(el));
          if (!part.isBlank()) {
            sb.append(sb.length() == 0 ? "" : " ").append(part.strip());
          }
        }
        if (!sb.toString().isBlank()) {
          return sb.toString();
        }
      }
    }
    // Step 2C: aria-label.
    String ariaLabel = el.attr("aria-label");
    if (!ariaLabel.isBlank()) {
      return ariaLabel.strip();
    }
    String role = AccessibilityTree.role(el);
    boolean presentational = AccessibilityTree.isPresentationalRole(role);
    // Step 2D: the host language's own naming.
    if (!presentational) {
      String nativeName = nativeName(el, inLabelledBy, visited);
      if (!nativeName.isBlank()) {
        return nativeName;
      }
    }
    // Step 2F: name from content (always when walking a label or a labelledby target).
    boolean embeddedControl = !root && isTextField(el);
    if (!embeddedControl && (!root || inLabelledBy || (role != null && FROM_CONTENT.contains(role)))
        && !"img".equals(role) && !el.normalName().equals("img")) {
      String content = content(el, inLabelledBy, includeHidden, visited);
      if (!content.isBlank()) {
        return content;
      }
    }
    // Step 2I: tooltip, then a text field's placeholder (HTML-AAM).
    String title = el.attr("title");
    if (!title.isBlank() && (root || !presentational)) {
      return title.strip();
    }
    if (root && (isTextField(el) || el.normalName().equals("textarea"))) {
      String placeholder = el.attr("placeholder");
      if (!placeholder.isBlank()) {
        return placeholder.strip();
      }
    }
    return "";
  }

  private static boolean isTextField(Element el) {
    if (el.normalName().equals("textarea")) {
      return true;
    }
    if (!el.normalName().equals("input")) {
      return false;
    }
    return switch (AccessibilityTree.inputType(el)) {
      case "text", "search", "tel", "url", "email", "password", "number" -> true;
      default -> false;
    };
  }

  private static String nativeName(Element el, boolean inLabelledBy, Walk visited) {
    switch (el.normalName()) {
      case "img":
      case "area":
        return el.attr("alt");
      case "input": {
        String type = AccessibilityTree.inputType(el);
        if (type.equals("image")) {
          return el.attr("alt");
        }
        if (type.equals("button") || type.equals("submit") || type.equals("reset")) {
          if (el.hasAttr("value")) {
            return el.attr("value");
          }
          String labels = labels(el, visited);
          if (!labels.isBlank()) {
            return labels;
          }
          return type.equals("submit") ? "Submit" : type.equals("reset") ? "Reset" : "";
        }
        return labels(el, visited);
      }
      case "select":
      case "textarea":
      case "meter":
      case "output":
      case "progress":
      case "button":
        return labels(el, visited);
      case "fieldset":
        return firstChildText(el, "legend", inLabelledBy, visited);
      case "figure":
        return firstChildText(el, "figcaption", inLabelledBy, visited);
      case "table":
        return firstChildText(el, "caption", inLabelledBy, visited);
      case "svg": {
        for (Element c : el.children()) {
          if (c.normalName().equals("title")) {
            return c.text();
          }
        }
        return "";
      }
      default:
        return "";
    }
  }

  private static String firstChildText(Element el, String tag, boolean inLabelledBy,
      Walk visited) {
    for (Element c : el.children()) {
      if (c.normalName().equals(tag)) {
        return content(c, inLabelledBy, false, visited);
      }
    }
    return "";
  }

  /** The text of the field's labels: an enclosing {@code <label>} and every {@code label[for]}. */
  private static String labels(Element field, Walk visited) {
    List<Element> labels = new ArrayList<>();
    for (Element a = field.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("label")) {
        if (!a.hasAttr("for") || a.attr("for").equals(field.id())) {
          labels.add(a);
        }
        break;
      }
    }
    String id = field.id();
    if (!id.isEmpty()) {
      Document doc = field.ownerDocument();
      if (doc != null) {
        for (Element l : doc.getElementsByTag("label")) {
          if (id.equals(l.attr("for")) && !labels.contains(l) && doc.getElementById(id) == field) {
            labels.add(l);
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Element l : labels) {
      // A label that is itself hidden still names its field, as a labelledby target does.
      String text = content(l, false, AccessibilityTree.isHidden(l), visited);
      if (!text.isBlank()) {
        sb.append(sb.length() == 0 ? "" : " ").append(text.strip());
      }
    }
    return sb.toString();
  }

  private static String content(Element el, boolean inLabelledBy, boolean includeHidden,
      Walk visited) {
    if (visited.depth >= MAX_DEPTH) {
      return el.text(); // absurdly deep markup: jsoup's own (iterative) text is close enough
    }
    visited.depth++;
    try {
      return childContent(el, inLabelledBy, includeHidden, visited);
    } finally {
      visited.depth--;
    }
  }

  private static String childContent(Element el, boolean inLabelledBy, boolean includeHidden,
      Walk visited) {
    StringBuilder sb = new StringBuilder();
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t) {
        sb.append(t.getWholeText());
      } else if (n instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("template")) {
          continue;
        }
        if (tag.equals("br")) {
          sb.append(' ');
          continue;
        }
        String part = compute(c, false, inLabelledBy, includeHidden, visited);
        boolean block = !c.tag().isInline();
        if (block) {
          sb.append(' ');
        }
        sb.append(part);
        if (block) {
          sb.append(' ');
        }
      }
    }
    return sb.toString();
  }

  /** The elements an IDREF list points to, in order; ids that match nothing are skipped. */
  public static List<Element> byIds(Element from, String idrefs) {
    List<Element> out = new ArrayList<>();
    Document doc = from.ownerDocument();
    if (doc == null) {
      return out;
    }
    for (String id : idrefs.strip().split("\\s+")) {
      if (id.isEmpty()) {
        continue;
      }
      Element e = doc.getElementById(id);
      if (e != null && !out.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}

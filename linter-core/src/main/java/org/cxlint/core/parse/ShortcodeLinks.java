package org.cxlint.core.parse;

import java.util.Locale;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;

/**
 * The Hugo shortcodes that render links: {@code ref}/{@code relref} (an internal page),
 * {@code asset-static}/{@code legacy-file} (a document, {@code file=} and {@code label=}) and
 * {@code button} ({@code href=} and {@code text=}). Other shortcodes render no link.
 */
final class ShortcodeLinks {
  private ShortcodeLinks() {}

  /** The target of a ref/relref call, or null for any other shortcode. */
  static String refTarget(HugoShortcode sc) {
    if (sc.name() == null) {
      return null;
    }
    String n = sc.name().toLowerCase(Locale.ROOT);
    if (!n.equals("ref") && !n.equals("relref")) {
      return null;
    }
    HugoShortcode.Arg a = sc.arg("path", 0);
    return a == null ? "" : a.value();
  }

  /** The link a standalone shortcode renders, or null. */
  static Link link(HugoShortcode sc) {
    Span span = sc.span();
    String n = sc.name().toLowerCase(Locale.ROOT);
    String ref = refTarget(sc);
    if (ref != null) {
      HugoShortcode.Arg a = sc.arg("path", 0);
      Span d = a == null ? span : a.span();
      // Alone, a ref renders the page's URL as text.
      return new Link(ref, "ref:" + ref, null, span, d, d, null, null,
          Heading.Origin.SHORTCODE, null);
    }
    String destKey;
    String textKey;
    switch (n) {
      case "asset-static", "legacy-file" -> {
        destKey = "file";
        textKey = "label";
      }
      case "button" -> {
        destKey = "href";
        textKey = "text";
      }
      default -> {
        return null;
      }
    }
    HugoShortcode.Arg dest = sc.named().get(destKey);
    if (dest == null) {
      return null;
    }
    HugoShortcode.Arg label = sc.named().get(textKey);
    String text = label == null ? "" : HtmlContentExtractor.collapse(label.value());
    return new Link(text, dest.value(), null, span, label == null ? span : label.span(),
        dest.span(), null, null, Heading.Origin.SHORTCODE, null);
  }
}

package org.cxlint.core.parse;

import java.util.Locale;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;

/**
 * The Hugo shortcodes that render links or images: {@code ref}/{@code relref} (an internal
 * page), {@code asset-static}/{@code legacy-file} (a document, {@code file=} and
 * {@code label=}), {@code button} ({@code href=} and {@code text=}), and the image shortcodes
 * ({@code legacy-img}, {@code img}, {@code figure} … with {@code src=} and {@code alt=}).
 * Other shortcodes render neither.
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

  /**
   * The image an image shortcode renders, or null. Shortcodes that look the alt text up in the
   * site's image data ({@code img}, {@code img-right} …) give an image only when the call
   * itself sets {@code alt=}: without it, the alt is unknown here, not missing.
   */
  static Image image(HugoShortcode sc) {
    if (sc.name() == null) {
      return null;
    }
    String n = sc.name().toLowerCase(Locale.ROOT);
    boolean altInCall;
    switch (n) {
      case "legacy-img", "legacy-img-right", "legacy-img-left", "figure" -> altInCall = true;
      case "img", "img-right", "img-left", "asset-img", "img-flexible" -> altInCall = false;
      default -> {
        return null;
      }
    }
    HugoShortcode.Arg alt = sc.named().get("alt");
    if (alt == null && !altInCall) {
      return null;
    }
    HugoShortcode.Arg src = sc.arg("src", 0);
    return new Image(alt == null ? null : alt.value(), src == null ? "" : src.value(), null,
        sc.span(), alt == null ? null : alt.span(), Heading.Origin.SHORTCODE, null);
  }

  /**
   * The image a Liquid or Nunjucks tag renders, or null: Eleventy's image shortcode
   * {@code {% image "src", "alt" %}} (also {@code src=}, {@code alt=}), and tags such as
   * {@code {% image_with_class "src" alt="…" %}}. A call with a source and no alt at all gives
   * an image without alt (eleventy-img refuses to build one); an alt held in a variable
   * ({@code {% image src, altText %}}) is known only at build time, so gives no image.
   */
  static Image liquidImage(HugoShortcode sc, String text) {
    if (sc.name() == null) {
      return null;
    }
    String n = sc.name().toLowerCase(Locale.ROOT);
    if (!n.equals("image") && !n.equals("img") && !n.startsWith("image_")
        && !n.endsWith("_image") && !n.equals("picture")) {
      return null;
    }
    HugoShortcode.Arg src = sc.arg("src", 0);
    if (src == null) {
      return null;
    }
    HugoShortcode.Arg alt = sc.named().get("alt");
    if (alt == null && !sc.named().containsKey("src") && sc.positional().size() >= 2) {
      alt = sc.positional().get(1);
    } else if (alt == null && sc.named().containsKey("src") && !sc.positional().isEmpty()) {
      alt = sc.positional().get(0);
    }
    if (alt != null && !quoted(alt, text)) {
      return null;
    }
    return new Image(alt == null ? null : alt.value(), src.value(), null, sc.span(),
        alt == null ? null : alt.span(), Heading.Origin.SHORTCODE, null);
  }

  /**
   * The link a Liquid or Nunjucks tag renders with its own label, or null: a tag with
   * {@code href=}/{@code url=} and {@code text=}/{@code label=} (a button or link include).
   */
  static Link liquidLink(HugoShortcode sc, String text) {
    if (sc.name() == null || LiquidScanner.OUTPUT.equals(sc.name())) {
      return null;
    }
    HugoShortcode.Arg dest = sc.named().get("href");
    if (dest == null) {
      dest = sc.named().get("url");
    }
    HugoShortcode.Arg label = sc.named().get("text");
    if (label == null) {
      label = sc.named().get("label");
    }
    if (dest == null || label == null || !quoted(dest, text) || !quoted(label, text)) {
      return null;
    }
    return new Link(HtmlContentExtractor.collapse(label.value()), dest.value(), null, sc.span(),
        label.span(), dest.span(), null, null, Heading.Origin.SHORTCODE, null);
  }

  /** A quoted argument (its span starts just after the quote): a literal, not a variable. */
  private static boolean quoted(HugoShortcode.Arg a, String text) {
    int q = a.span().start() - 1;
    return q >= 0 && (text.charAt(q) == '"' || text.charAt(q) == '\'');
  }
}

package org.cxlint.core.html;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.HtmlFragment;
import org.jsoup.nodes.Element;

/**
 * The HTML elements of a document, across its fragments, for rules that walk the DOM: every
 * element whose start tag is in the source (elements jsoup adds on its own, such as an implied
 * {@code <body>}, are left out), in source order.
 */
public final class HtmlElements {
  private HtmlElements() {}

  /** Every element written in the source, in order, across all fragments. */
  public static List<Element> all(ContentDocument document) {
    List<Element> out = new ArrayList<>();
    for (HtmlFragment f : document.htmlFragments()) {
      for (Element e : f.dom().getAllElements()) {
        if (isWritten(e) && e != f.dom()) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Elements with this tag name (lower case) written in the source, in order. */
  public static List<Element> byTag(ContentDocument document, String tag) {
    List<Element> out = new ArrayList<>();
    for (HtmlFragment f : document.htmlFragments()) {
      for (Element e : f.dom().getElementsByTag(tag)) {
        if (isWritten(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The fragment that is a whole HTML page, or null: an HTML file whose source has an
   * {@code <html>} start tag or a doctype. Page rules (title, lang, meta) apply only to it, not
   * to partial templates or to raw HTML inside Markdown.
   */
  public static HtmlFragment page(ContentDocument document) {
    if (document.format() != Format.HTML || document.htmlFragments().isEmpty()) {
      return null;
    }
    HtmlFragment f = document.htmlFragments().get(0);
    Element html = f.dom().selectFirst("html");
    boolean hasHtmlTag = html != null && isWritten(html);
    boolean hasDoctype = f.dom().documentType() != null;
    return hasHtmlTag || hasDoctype ? f : null;
  }

  /** True when the element's start tag is in the source (not implied by the parser). */
  public static boolean isWritten(Element e) {
    return e.sourceRange().isTracked() && !e.sourceRange().isImplicit();
  }
}

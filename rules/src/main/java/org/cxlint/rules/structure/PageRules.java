package org.cxlint.rules.structure;

import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.model.Span;
import org.jsoup.nodes.Element;

/** Where page-level findings go when the element they are about is missing. */
final class PageRules {
  private PageRules() {}

  /** The start tag of {@code <head>}, else of {@code <html>}, else the start of the file. */
  static Span pageStart(ContentDocument document, HtmlFragment page) {
    for (String tag : new String[] {"head", "html"}) {
      Element e = page.dom().selectFirst(tag);
      if (e != null && HtmlElements.isWritten(e)) {
        return page.startTagSpan(e);
      }
    }
    return new Span(0, 0);
  }

  /** The element's start tag, or the start of the file when jsoup did not track it. */
  static Span at(ContentDocument document, Element e) {
    Span s = document.startTagSpanOf(e);
    return s == null ? new Span(0, 0) : s;
  }

  /** True when the element sits inside foreign content or inert markup. */
  static boolean inForeignOrInert(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String t = a.normalName();
      if (t.equals("svg") || t.equals("math") || t.equals("template")) {
        return true;
      }
    }
    return false;
  }

  /** True when the element is inside a {@code <template>} (inert, a separate fragment). */
  static boolean inTemplate(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("template")) {
        return true;
      }
    }
    return false;
  }
}

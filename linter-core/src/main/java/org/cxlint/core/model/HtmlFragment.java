package org.cxlint.core.model;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * A jsoup DOM parsed with source positions, and the source offset where its input began. An
 * HTML file is one fragment at offset 0; raw HTML inside Markdown is one fragment per block.
 */
public record HtmlFragment(Document dom, int baseOffset) {

  /** The source span of an element of this fragment: start tag through end tag when present. */
  public Span spanOf(Element element) {
    Range start = element.sourceRange();
    Range end = element.endSourceRange();
    if (!start.isTracked()) {
      return null;
    }
    int s = baseOffset + start.startPos();
    int e = baseOffset + (end.isTracked() ? end.endPos() : start.endPos());
    return new Span(s, Math.max(s, e));
  }

  /** The source span of just the element's start tag. */
  public Span startTagSpan(Element element) {
    Range start = element.sourceRange();
    if (!start.isTracked()) {
      return null;
    }
    return new Span(baseOffset + start.startPos(), baseOffset + start.endPos());
  }
}

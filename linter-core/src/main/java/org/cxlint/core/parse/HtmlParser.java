package org.cxlint.core.parse;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * HTML pages, parsed by jsoup with source positions: headings (h1–h6 and role=heading),
 * links ({@code <a href>}, {@code <area href>}), images ({@code <img>}, image inputs,
 * {@code <area>}, role=img), comments, and prose blocks (paragraphs, list items, table cells,
 * quotes, headings, loose text in containers) — never text from script, style, pre, code,
 * template, noscript or svg. The page's DOM is the document's one {@code HtmlFragment}.
 */
public final class HtmlParser {
  public ContentDocument parse(SourceFile source) {
    ContentCollector out = new ContentCollector(source);
    Document dom = parseDom(source.text());
    new HtmlContentExtractor(source.text(), 0, out, null).extract(dom);
    return out.build(Format.HTML);
  }

  /** A jsoup parser is stateful, so each parse gets its own. */
  static Document parseDom(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
  }
}

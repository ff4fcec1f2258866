package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.Span;
import org.cxlint.core.model.TemplateLogic;
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
    return parse(source, SitePage.NONE);
  }

  /**
   * Parses a page or template of a site. On a Jekyll or Eleventy site the Liquid or Nunjucks
   * markup is masked before jsoup reads the page (so {@code href="{{ "/x" | url }}"} stays one
   * attribute), its code and comment blocks are left out, and what the markup stands for is
   * restored where it can be known: the literal path of a link, the output in a heading.
   */
  public ContentDocument parse(SourceFile source, SitePage site) {
    ContentCollector out = new ContentCollector(source);
    if (!site.generator().liquid()) {
      Document dom = parseDom(source.text());
      new HtmlContentExtractor(source.text(), 0, out, null).extract(dom);
      return out.build(Format.HTML, site, TemplateLogic.NONE);
    }
    String text = source.text();
    int bodyStart = 0;
    int fmEnd = FrontMatterReader.blockEnd(text);
    char[] masked = text.toCharArray();
    if (fmEnd > 0) {
      FrontMatterReader.read(source, fmEnd, out);
      java.util.Arrays.fill(masked, 0, fmEnd, ' ');
      for (int i = 0; i < fmEnd; i++) {
        if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
          masked[i] = text.charAt(i);
        }
      }
      bodyStart = fmEnd;
    }
    LiquidScanner.Result r = LiquidScanner.scan(text, bodyStart,
        site.generator() == SitePage.Generator.ELEVENTY);
    for (Span b : r.codeBlocks()) {
      blank(masked, b, ' ');
    }
    for (Span b : r.comments()) {
      blank(masked, b, ' ');
      out.comments.add(new Comment(text.substring(b.start(), b.end()), b));
    }
    List<Span> spans = new ArrayList<>();
    for (HugoShortcode t : r.tags()) {
      blank(masked, t.span(), MarkdownParser.SHORTCODE_CHAR);
      spans.add(t.span());
    }
    String maskedText = new String(masked);
    new HtmlContentExtractor(maskedText, 0, out, new ShortcodeMask(spans))
        .extract(parseDom(maskedText));
    restore(out, text, r.tags());
    for (HugoShortcode t : r.tags()) {
      Image im = ShortcodeLinks.liquidImage(t, text);
      if (im != null) {
        out.images.add(im);
      }
      Link l = ShortcodeLinks.liquidLink(t, text);
      if (l != null) {
        out.links.add(l);
      }
    }
    return out.build(Format.HTML, site, r.logic());
  }

  /** Puts back what masked template markup stands for in links, images and headings. */
  static void restore(ContentCollector out, String text, List<HugoShortcode> tags) {
    char m = MarkdownParser.SHORTCODE_CHAR;
    for (int i = 0; i < out.links.size(); i++) {
      Link l = out.links.get(i);
      String dest = l.destination();
      if (dest.indexOf(m) >= 0 && l.destinationSpan() != null) {
        String resolved = LiquidScanner.resolve(text, l.destinationSpan(), tags);
        dest = resolved != null ? resolved
            : text.substring(l.destinationSpan().start(), l.destinationSpan().end());
      }
      String t = l.text().indexOf(m) >= 0
          ? LiquidScanner.withOutputs(l.text(), l.textSpan(), text, tags, m) : l.text();
      if (!dest.equals(l.destination()) || !t.equals(l.text())) {
        out.links.set(i, new Link(t, dest, l.title(), l.span(), l.textSpan(),
            l.destinationSpan(), l.following(), l.followingSpan(), l.origin(), l.element()));
      }
    }
    for (int i = 0; i < out.images.size(); i++) {
      Image im = out.images.get(i);
      String alt = im.alt() != null && im.alt().indexOf(m) >= 0
          ? LiquidScanner.withOutputs(im.alt(), im.altSpan() != null ? im.altSpan() : im.span(),
              text, tags, m) : im.alt();
      String src = im.src();
      if (src.indexOf(m) >= 0 && im.element() != null) {
        var ar = im.element().attributes().sourceRange("src");
        src = im.element().attr("src");
        if (ar != null && ar.isTracked() && ar.valueRange().isTracked()) {
          int base = im.span().start() - im.element().sourceRange().startPos();
          Span srcSpan = new Span(base + ar.valueRange().startPos(),
              base + ar.valueRange().endPos());
          String resolved = LiquidScanner.resolve(text, srcSpan, tags);
          src = resolved != null ? resolved : text.substring(srcSpan.start(), srcSpan.end());
        }
      }
      if (!java.util.Objects.equals(alt, im.alt()) || !src.equals(im.src())) {
        out.images.set(i, new Image(alt, src, im.title(), im.span(), im.altSpan(), im.origin(),
            im.element()));
      }
    }
    for (int i = 0; i < out.headings.size(); i++) {
      Heading h = out.headings.get(i);
      if (h.text().indexOf(m) >= 0) {
        out.headings.set(i, new Heading(h.level(), LiquidScanner.withOutputs(h.text(),
            h.textSpan() != null ? h.textSpan() : h.span(), text, tags, m), h.span(),
            h.textSpan(), h.origin()));
      }
    }
  }

  private static void blank(char[] chars, Span s, char with) {
    for (int i = s.start(); i < s.end(); i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = with;
      }
    }
  }

  /** A jsoup parser is stateful, so each parse gets its own. */
  static Document parseDom(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
  }
}

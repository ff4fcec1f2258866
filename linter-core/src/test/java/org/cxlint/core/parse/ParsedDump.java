package org.cxlint.core.parse;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/** Test support: a parsed document as short lines with 1-based positions, for assertions. */
final class ParsedDump {
  private ParsedDump() {}

  static String at(ContentDocument d, Span s) {
    SourceFile f = d.source();
    var a = f.position(s.start());
    var b = f.position(s.end());
    return a.line() + ":" + a.column() + "-" + b.line() + ":" + b.column();
  }

  static String at(ContentDocument d, int offset) {
    var a = d.source().position(offset);
    return a.line() + ":" + a.column();
  }

  static String heading(ContentDocument d, Heading h) {
    return "h" + h.level() + " " + at(d, h.span()) + " text " + at(d, h.textSpan()) + " «"
        + h.text() + "»";
  }

  static String link(ContentDocument d, Link l) {
    return at(d, l.span()) + " «" + l.text() + "» -> " + l.destination()
        + (l.destinationSpan() == null ? "" : " @" + at(d, l.destinationSpan()))
        + " following «" + l.following() + "»";
  }

  static String image(ContentDocument d, Image i) {
    return at(d, i.span()) + " alt " + (i.alt() == null ? "null" : "«" + i.alt() + "»")
        + " src " + i.src();
  }

  static String prose(ContentDocument d, Prose p) {
    return p.kind() + (p.field() == null ? "" : "(" + p.field() + ")") + " " + at(d, p.span())
        + " «" + p.text() + "»";
  }

  /** Where {@code word} (its first occurrence in any prose block) is in the source. */
  static String word(ContentDocument d, String word) {
    for (Prose p : d.prose()) {
      int i = p.text().indexOf(word);
      if (i >= 0) {
        return at(d, p.sourceSpan(i, i + word.length()));
      }
    }
    return "absent";
  }

  static String dump(ContentDocument d) {
    StringBuilder sb = new StringBuilder();
    d.headings().forEach(h -> sb.append("H ").append(heading(d, h)).append('\n'));
    d.links().forEach(l -> sb.append("L ").append(link(d, l)).append('\n'));
    d.images().forEach(i -> sb.append("I ").append(image(d, i)).append('\n'));
    d.prose().forEach(p -> sb.append("P ").append(prose(d, p)).append('\n'));
    d.comments().forEach(c -> sb.append("C ").append(at(d, c.span())).append(" «")
        .append(c.text()).append("»\n"));
    d.problems().forEach(p -> sb.append("! ").append(p.span() == null ? "" : at(d, p.span()))
        .append(' ').append(p.message()).append('\n'));
    return sb.toString();
  }
}

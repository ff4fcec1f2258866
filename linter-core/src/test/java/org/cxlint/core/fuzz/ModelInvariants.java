package org.cxlint.core.fuzz;

import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/** What must hold for every parsed document, whatever the input: every position inside the file. */
final class ModelInvariants {
  private ModelInvariants() {}

  static void check(ContentDocument doc) {
    SourceFile source = doc.source();
    int n = source.length();
    for (Heading h : doc.headings()) {
      inside(h.span(), n, "heading");
      inside(h.textSpan(), n, "heading text");
      if (h.level() < 1 || h.level() > 6) {
        throw new AssertionError("heading level " + h.level());
      }
    }
    for (Link l : doc.links()) {
      inside(l.span(), n, "link");
      inside(l.textSpan(), n, "link text");
      inside(l.destinationSpan(), n, "link destination");
      inside(l.followingSpan(), n, "link following text");
      if (l.text() == null || l.destination() == null) {
        throw new AssertionError("link without text or destination string: " + l);
      }
    }
    for (Image i : doc.images()) {
      inside(i.span(), n, "image");
      inside(i.altSpan(), n, "image alt");
    }
    for (Comment c : doc.comments()) {
      inside(c.span(), n, "comment");
    }
    for (Problem p : doc.problems()) {
      inside(p.span(), n, "problem");
    }
    for (Prose p : doc.prose()) {
      inside(p.span(), n, "prose block");
      for (int i = 0; i < p.text().length(); i++) {
        int o = p.sourceOffset(i);
        if (o < 0 || o >= Math.max(1, n)) {
          throw new AssertionError("prose char " + i + " maps to offset " + o + " of " + n);
        }
      }
      if (!p.text().isEmpty()) {
        inside(p.sourceSpan(0, p.text().length()), n, "prose text");
      }
    }
    for (int line = 1; line <= source.lineCount(); line++) {
      Position pos = source.position(source.lineStart(line));
      if (pos.line() != line || pos.column() != 1) {
        throw new AssertionError("line index broken at line " + line + ": " + pos);
      }
    }
  }

  private static void inside(Span s, int length, String what) {
    if (s != null && (s.start() < 0 || s.end() > length || s.end() < s.start())) {
      throw new AssertionError(what + " span " + s + " outside a file of " + length + " chars");
    }
  }
}

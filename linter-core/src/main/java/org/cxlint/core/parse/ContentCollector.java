package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.TemplateLogic;
import org.cxlint.core.model.Span;

/**
 * The parts of one document as a parser finds them, in any order. {@link #build} puts each
 * list in source order and fills in each link's {@code following} text from the prose block
 * that holds the link, so parsers need not know where a block ends when they meet a link.
 */
final class ContentCollector {
  final SourceFile source;
  final List<Heading> headings = new ArrayList<>();
  final List<Prose> prose = new ArrayList<>();
  final List<Link> links = new ArrayList<>();
  final List<Image> images = new ArrayList<>();
  final List<Comment> comments = new ArrayList<>();
  final List<HtmlFragment> fragments = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  FrontMatter frontMatter = FrontMatter.NONE;

  ContentCollector(SourceFile source) {
    this.source = source;
  }

  void addProse(Prose p) {
    if (p != null) {
      prose.add(p);
    }
  }

  ContentDocument build(Format format) {
    return build(format, SitePage.NONE, TemplateLogic.NONE);
  }

  ContentDocument build(Format format, SitePage site, TemplateLogic logic) {
    Comparator<Span> bySpan = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
    headings.sort(Comparator.comparing(Heading::span, bySpan));
    prose.sort(Comparator.comparing(Prose::span, bySpan));
    images.sort(Comparator.comparing(Image::span, bySpan));
    comments.sort(Comparator.comparing(Comment::span, bySpan));
    links.sort(Comparator.comparing(Link::span, bySpan));
    List<Link> finished = new ArrayList<>(links.size());
    for (Link l : links) {
      finished.add(l.following() != null ? l : withFollowing(l));
    }
    return new ContentDocument(source, format, frontMatter, headings, prose, finished, images,
        comments, fragments, problems, site, logic);
  }

  /** The text after the link to the end of the prose block that holds it. */
  private Link withFollowing(Link l) {
    Prose holder = holderOf(l.span());
    int end = l.span().end();
    if (holder == null) {
      return copy(l, "", new Span(end, end));
    }
    String t = holder.text();
    int i = 0;
    // Offsets rise through a block, so the first char at or past the link's end starts it.
    int lo = 0;
    int hi = t.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (holder.sourceOffset(mid) < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    i = lo;
    int blockEnd = Math.max(end, holder.span().end());
    return copy(l, t.substring(i), new Span(end, blockEnd));
  }

  private Prose holderOf(Span link) {
    // Prose is sorted by span start: find the last block starting at or before the link.
    int lo = 0;
    int hi = prose.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (prose.get(mid).span().start() <= link.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Prose best = null;
    // Blocks rarely nest (a list item around its nested list); look back a little for the
    // smallest block that contains the link.
    for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      Prose p = prose.get(k);
      if (p.span().contains(link.start()) && (best == null
          || p.span().length() < best.span().length())) {
        best = p;
      }
    }
    return best;
  }

  private static Link copy(Link l, String following, Span followingSpan) {
    return new Link(l.text(), l.destination(), l.title(), l.span(), l.textSpan(),
        l.destinationSpan(), following, followingSpan, l.origin(), l.element());
  }
}

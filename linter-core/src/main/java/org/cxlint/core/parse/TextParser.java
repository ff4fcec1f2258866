package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/**
 * Plain-text drafts: paragraphs are separated by blank lines; a line that starts with a bullet
 * ("-", "*", "•") or a number ("1." "2)") starts a list item of its own. Bare URLs are links
 * (origin AUTOLINK) and are not prose. A line that holds only a cxlint directive written as in
 * Markdown ({@code <!-- cxlint-disable-next-line shall -->}) is a comment, so inline
 * suppressions work in text too; it is not prose and does not end a paragraph.
 */
public final class TextParser {
  private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*•]|\\d{1,3}[.)])[ \\t]+");
  private static final Pattern DIRECTIVE_LINE =
      Pattern.compile("^[ \\t]*<!--(\\s*cxlint-.*?)-->[ \\t]*$");
  static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]']");

  public ContentDocument parse(SourceFile source) {
    String text = source.text();
    List<Prose> prose = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    int lines = source.lineCount();
    int blockStart = -1;
    int blockEnd = -1;
    boolean listItem = false;
    for (int line = 1; line <= lines; line++) {
      int ls = source.lineStart(line);
      int le = source.lineEnd(line);
      Matcher directive = DIRECTIVE_LINE.matcher(text.substring(ls, le));
      if (directive.matches()) {
        comments.add(new Comment(directive.group(1),
            new Span(ls + directive.start(1) - 4, ls + directive.end(1) + 3)));
        continue;
      }
      boolean blank = text.substring(ls, le).isBlank();
      Matcher bullet = BULLET.matcher(text.substring(ls, le));
      boolean startsItem = !blank && bullet.find();
      if (blank || startsItem) {
        if (blockStart >= 0) {
          addBlock(source, blockStart, blockEnd, listItem, prose, links, comments);
          blockStart = -1;
        }
      }
      if (!blank) {
        if (blockStart < 0) {
          blockStart = startsItem ? ls + bullet.end() : ls;
          listItem = startsItem;
        }
        blockEnd = le;
      }
    }
    if (blockStart >= 0) {
      addBlock(source, blockStart, blockEnd, listItem, prose, links, comments);
    }
    return new ContentDocument(source, Format.TEXT, FrontMatter.NONE, List.of(), prose, links,
        List.of(), comments, List.of(), List.of());
  }

  private static void addBlock(SourceFile source, int start, int end, boolean listItem,
      List<Prose> prose, List<Link> links, List<Comment> comments) {
    String text = source.text();
    List<Span> urls = new ArrayList<>();
    Matcher m = URL.matcher(text).region(start, end);
    while (m.find()) {
      urls.add(new Span(m.start(), m.end()));
    }
    for (int i = 0; i < urls.size(); i++) {
      Span u = urls.get(i);
      String url = text.substring(u.start(), u.end());
      int fEnd = end;
      links.add(new Link(url, url, null, u, u, u, text.substring(u.end(), fEnd).strip(),
          new Span(u.end(), fEnd), Heading.Origin.AUTOLINK, null));
    }
    // Skipped while building the prose: URLs and directive lines, in source order.
    List<Span> skip = new ArrayList<>(urls);
    for (Comment c : comments) {
      if (c.span().start() >= start && c.span().end() <= end) {
        skip.add(c.span());
      }
    }
    skip.sort(java.util.Comparator.comparingInt(Span::start));
    StringBuilder sb = new StringBuilder(end - start);
    int[] offsets = new int[end - start];
    int n = 0;
    int ui = 0;
    boolean lastSpace = false;
    for (int i = start; i < end; i++) {
      if (ui < skip.size() && i >= skip.get(ui).start()) {
        i = skip.get(ui++).end() - 1;
        continue;
      }
      char c = text.charAt(i);
      boolean ws = c == '\n' || c == '\r' || c == '\t' || c == ' ';
      if (ws) {
        if (lastSpace || n == 0) {
          continue;
        }
        c = ' ';
      }
      lastSpace = ws;
      sb.append(c);
      offsets[n++] = i;
    }
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      sb.setLength(--n);
    }
    if (n == 0) {
      return;
    }
    int[] exact = java.util.Arrays.copyOf(offsets, n);
    prose.add(new Prose(listItem ? Prose.Kind.LIST_ITEM : Prose.Kind.PARAGRAPH, sb.toString(),
        exact, new Span(start, end), null));
  }
}

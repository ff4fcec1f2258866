package org.cxlint.core.parse;

import java.util.Arrays;
import java.util.regex.Matcher;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;

/**
 * Accumulates the text of one prose unit char by char, each char with its source offset.
 * Runs of whitespace collapse to one space (mapped to the first whitespace char), leading and
 * trailing whitespace is dropped, and URLs are cut out when the unit is built, so no parser
 * has to think about either.
 */
final class ProseBuilder {
  private char[] chars = new char[64];
  private int[] offsets = new int[64];
  private int n;
  private boolean pendingSpace;
  private int pendingSpaceOffset;

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u00a0'
        || c == '\u202f' || c == '\u2007' || c == '\u2028' || c == '\u2029'
        || (c > 0x2000 && c <= 0x200a) || c == '\u3000' || c == '\u000b';
  }

  void append(char c, int offset) {
    if (isSpace(c)) {
      space(offset);
      return;
    }
    if (pendingSpace) {
      pendingSpace = false;
      // "see ![chart](c.png)." reads "see.", not "see .": the space only separated the
      // image, code or shortcode that was left out.
      if (!(droppedAfterSpace && ".,;:!?)".indexOf(c) >= 0)) {
        put(' ', pendingSpaceOffset);
      }
    }
    droppedAfterSpace = false;
    put(c, offset);
  }

  /** Something that is not prose (an image, code, a shortcode) was left out here. */
  void dropped() {
    if (pendingSpace) {
      droppedAfterSpace = true;
    }
  }

  private boolean droppedAfterSpace;

  /** A word break at {@code offset} (a line break, a {@code <br>}, whitespace). */
  void space(int offset) {
    if (n > 0 && !pendingSpace) {
      pendingSpace = true;
      pendingSpaceOffset = offset;
    }
  }

  /** Appends {@code text[from, to)} whose chars sit at the same offsets in the source. */
  void appendSource(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      append(text.charAt(i), i);
    }
  }

  private void put(char c, int offset) {
    if (n == chars.length) {
      chars = Arrays.copyOf(chars, n * 2);
      offsets = Arrays.copyOf(offsets, n * 2);
    }
    chars[n] = c;
    offsets[n++] = offset;
  }

  /** The collapsed text so far, without cutting URLs (for link and heading text). */
  String plainText() {
    return new String(chars, 0, n);
  }

  /** Drops every char at or after source offset {@code offset} (chars arrive in order). */
  void truncateAt(int offset) {
    int i = 0;
    while (i < n && offsets[i] < offset) {
      i++;
    }
    n = i;
    pendingSpace = false;
    while (n > 0 && chars[n - 1] == ' ') {
      n--;
    }
  }

  boolean isEmpty() {
    return n == 0;
  }

  int firstOffset() {
    return offsets[0];
  }

  int lastOffset() {
    return offsets[n - 1];
  }

  void reset() {
    n = 0;
    pendingSpace = false;
    droppedAfterSpace = false;
  }

  /**
   * The unit as {@link Prose}, or null when nothing but URLs and whitespace is left. A null
   * {@code span} means "from the first to the last char". Resets the builder.
   */
  Prose build(Prose.Kind kind, Span span, String field) {
    String text = new String(chars, 0, n);
    int[] offs = Arrays.copyOf(offsets, n);
    reset();
    if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0) {
      StringBuilder kept = new StringBuilder(text.length());
      int[] keptOffs = new int[offs.length];
      int k = 0;
      int from = 0;
      Matcher m = TextParser.URL.matcher(text);
      while (m.find()) {
        for (int i = from; i < m.start(); i++) {
          k = appendCollapsed(kept, keptOffs, k, text.charAt(i), offs[i]);
        }
        from = m.end();
        // "see https://x.gov." must not leave "see ." behind.
        if (k > 0 && kept.charAt(k - 1) == ' ' && from < text.length()
            && ".,;:!?)".indexOf(text.charAt(from)) >= 0) {
          kept.setLength(--k);
        }
      }
      for (int i = from; i < text.length(); i++) {
        k = appendCollapsed(kept, keptOffs, k, text.charAt(i), offs[i]);
      }
      int start = 0;
      while (start < k && kept.charAt(start) == ' ') {
        start++;
      }
      while (k > start && kept.charAt(k - 1) == ' ') {
        k--;
      }
      text = kept.substring(start, k);
      offs = Arrays.copyOfRange(keptOffs, start, k);
    }
    if (text.isEmpty()) {
      return null;
    }
    Span s = span != null ? span : new Span(offs[0], offs[offs.length - 1] + 1);
    return new Prose(kind, text, offs, s, field);
  }

  private static int appendCollapsed(StringBuilder sb, int[] offs, int k, char c, int offset) {
    if (c == ' ' && k > 0 && sb.charAt(k - 1) == ' ') {
      return k;
    }
    sb.append(c);
    offs[k] = offset;
    return k + 1;
  }
}

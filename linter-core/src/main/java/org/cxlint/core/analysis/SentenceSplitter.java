package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.Prose;

/**
 * Finds sentence boundaries inside one prose unit. Rule based, tuned for web content:
 *
 * <ul>
 *   <li>A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets) followed
 *       by a space and a word that starts with a capital letter or a digit, and at the end of
 *       the unit. A period after an abbreviation does not end one (see {@link Abbreviations});
 *       nor does a period inside parentheses followed by a lowercase word.
 *   <li>In a plain-text draft a whole line that reads like a heading (short, title case, no
 *       closing punctuation) followed by a line starting with a capital is a sentence of its
 *       own, so a heading glued to its paragraph does not make one long sentence.
 * </ul>
 *
 * <p>Why not OpenNLP's sentence model: it splits after "U.S." and "No." and needs the same
 * post-fixing, while this splitter is several times faster and deterministic to the rule
 * (measured in {@code bench/analysis-throughput.sh}).
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  /**
   * Sentence ranges {@code [start, end)} in {@code prose.text()}, trimmed, in order.
   *
   * @param source the document's source text, to tell line breaks from spaces
   */
  static List<int[]> split(Prose prose, String source) {
    String text = prose.text();
    int n = text.length();
    List<int[]> out = new ArrayList<>();
    boolean spanish = "es".equals(prose.language());
    int sentStart = skipSpace(text, 0, n);
    int lineStart = sentStart;
    int i = sentStart;
    while (i < n) {
      char c = text.charAt(i);
      if (isTerminator(c)) {
        int j = i;
        while (j < n && isTerminator(text.charAt(j))) {
          j++;
        }
        int k = j;
        while (k < n && isCloser(text.charAt(k))) {
          k++;
        }
        if (k >= n) {
          break;
        }
        if (!Character.isWhitespace(text.charAt(k))) {
          i = Math.max(j, i + 1);
          continue;
        }
        int m = skipSpace(text, k, n);
        if (m < n && startsSentence(text, m, n) && periodEnds(text, sentStart, i, j, m, n, spanish)) {
          add(out, text, sentStart, k);
          sentStart = m;
          lineStart = m;
        }
        i = k;
        continue;
      }
      if (c == ' ' && i > sentStart && i + 1 < n && isHardBreak(prose, source, i)) {
        int next = skipSpace(text, i, n);
        if (next < n && !Character.isLowerCase(text.charAt(next))) {
          add(out, text, sentStart, i);
          sentStart = next;
          lineStart = next;
          i = next;
          continue;
        }
      }
      if (c == ' ' && isLineBreak(prose, source, i)) {
        int next = skipSpace(text, i, n);
        if (lineStart == sentStart && next < n && Character.isUpperCase(text.charAt(next))
            && readsLikeHeading(text, lineStart, i)) {
          add(out, text, sentStart, i);
          sentStart = next;
        }
        lineStart = next;
        i = next;
        continue;
      }
      i++;
    }
    if (sentStart < n) {
      add(out, text, sentStart, n);
    }
    return out;
  }

  /** Whether the period run {@code [i, j)} ends the sentence, given the next word at m. */
  private static boolean periodEnds(String text, int sentStart, int i, int j, int m, int n,
      boolean spanish) {
    if (j - i != 1 || text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > sentStart && !Character.isWhitespace(text.charAt(w - 1))
        && !WordTokenizer.isOpener(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i);
    return Abbreviations.endsSentence(word, WordTokenizer.nextWord(text, m, n), spanish);
  }

  private static boolean startsSentence(String text, int m, int n) {
    int q = m;
    while (q < n && WordTokenizer.isOpener(text.charAt(q))) {
      q++;
    }
    if (q >= n) {
      return false;
    }
    char c = text.charAt(q);
    return !Character.isLetter(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * A forced line break between two words: Markdown's two trailing spaces or backslash before a
   * line end, or an HTML {@code <br>}. Lines broken on purpose are items of their own ("Centers
   * for Disease Control" on one line, "Department of Energy" on the next).
   */
  private static boolean isHardBreak(Prose prose, String source, int i) {
    int a = prose.sourceOffset(i - 1) + 1;
    int b = prose.sourceOffset(i + 1);
    if (b <= a || b - a > 400 || b > source.length()) {
      return false;
    }
    for (int k = a; k < b; k++) {
      char ch = source.charAt(k);
      if (ch == '<' && k + 2 < b && (source.charAt(k + 1) == 'b' || source.charAt(k + 1) == 'B')
          && (source.charAt(k + 2) == 'r' || source.charAt(k + 2) == 'R')) {
        return true;
      }
      if (ch == '\n') {
        int p = k;
        if (p > 0 && source.charAt(p - 1) == '\r') {
          p--;
        }
        if (p > 0 && source.charAt(p - 1) == '\\') {
          return true;
        }
        if (p > 1 && source.charAt(p - 1) == ' ' && source.charAt(p - 2) == ' ') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLineBreak(Prose prose, String source, int i) {
    int off = prose.sourceOffset(i);
    if (off >= source.length()) {
      return false;
    }
    char s = source.charAt(off);
    return s == '\n' || s == '\r';
  }

  /** Short, title case, without closing punctuation: "Why a CX Policy Is Important". */
  static boolean readsLikeHeading(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= from) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (".!?:;,".indexOf(last) >= 0 || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    int words = 0;
    int longWords = 0;
    int capitalLong = 0;
    int p = from;
    while (p < end) {
      while (p < end && Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      int s = p;
      while (p < end && !Character.isWhitespace(text.charAt(p))) {
        p++;
      }
      if (p > s) {
        words++;
        if (p - s >= 4) {
          longWords++;
          if (Character.isUpperCase(text.charAt(s))) {
            capitalLong++;
          }
        }
      }
    }
    return words <= 12 && (longWords == 0 || capitalLong * 10 >= longWords * 7);
  }

  private static void add(List<int[]> out, String text, int from, int to) {
    int s = skipSpace(text, from, to);
    int e = to;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private static int skipSpace(String text, int i, int n) {
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']'
        || c == '}' || c == '*' || c == '_';
  }
}

package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;

/**
 * The words of one prose unit, found by a hand-written boundary scanner (letters and digits,
 * with an apostrophe or hyphen inside a word kept, so "don't" and "state-of-the-art" are one
 * word). It is fast enough to run on every unit of a large site, and the language rules share
 * one scan per document through {@link #of(ContentDocument)}.
 */
public final class ProseWords {
  private final Prose prose;
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;

  private ProseWords(Prose prose, int[] starts, int[] ends, int count) {
    this.prose = prose;
    this.starts = Arrays.copyOf(starts, count);
    this.ends = Arrays.copyOf(ends, count);
    this.lower = new String[count];
  }

  /** The words of every prose unit of the document, computed once and shared by all rules. */
  public static List<ProseWords> of(ContentDocument document) {
    return document.derived(DocumentWords.class, d -> {
      List<ProseWords> out = new ArrayList<>(d.prose().size());
      for (Prose p : d.prose()) {
        out.add(scan(p));
      }
      return new DocumentWords(List.copyOf(out));
    }).units();
  }

  private record DocumentWords(List<ProseWords> units) {}

  /** Scans one prose unit. */
  public static ProseWords scan(Prose prose) {
    String t = prose.text();
    int n = t.length();
    int[] s = new int[Math.max(4, n / 4)];
    int[] e = new int[s.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < n) {
        char d = t.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          i++;
        } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n
            && Character.isLetterOrDigit(t.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      if (count == s.length) {
        s = Arrays.copyOf(s, count * 2);
        e = Arrays.copyOf(e, count * 2);
      }
      s[count] = start;
      e[count] = i;
      count++;
    }
    return new ProseWords(prose, s, e, count);
  }

  public Prose prose() {
    return prose;
  }

  public int size() {
    return starts.length;
  }

  /** Start index of word {@code i} in {@code prose().text()}. */
  public int start(int i) {
    return starts[i];
  }

  /** End index (exclusive) of word {@code i} in {@code prose().text()}. */
  public int end(int i) {
    return ends[i];
  }

  public String text(int i) {
    return prose.text().substring(starts[i], ends[i]);
  }

  /** The word in lower case with a typographic apostrophe made straight, for look-ups. */
  public String lower(int i) {
    String l = lower[i];
    if (l == null) {
      // Benign race: every thread computes the same string.
      l = text(i).toLowerCase(Locale.ROOT).replace('’', '\'');
      lower[i] = l;
    }
    return l;
  }

  /** The value {@code table} holds for word {@code i}, ignoring case; no allocation. */
  public <V> V lookup(WordTable<V> table, int i) {
    return table.get(prose.text(), starts[i], ends[i]);
  }

  /** Whether word {@code i} ends with the lower-case {@code suffix}, ignoring case. */
  public boolean endsWith(int i, String suffix) {
    int len = suffix.length();
    return ends[i] - starts[i] >= len
        && prose.text().regionMatches(true, ends[i] - len, suffix, 0, len);
  }

  /** Whether word {@code i} is {@code word} (lower case), ignoring case. */
  public boolean is(int i, String word) {
    return ends[i] - starts[i] == word.length()
        && prose.text().regionMatches(true, starts[i], word, 0, word.length());
  }

  /** Length of word {@code i}. */
  public int length(int i) {
    return ends[i] - starts[i];
  }

  /**
   * What separates word {@code i} from the word before it: ' ' for white space only, '/' for a
   * lone slash ("and/or"), 0 for anything else (punctuation, or {@code i} is the first word).
   */
  public char gapBefore(int i) {
    if (i == 0) {
      return 0;
    }
    int from = ends[i - 1];
    int to = starts[i];
    String t = prose.text();
    if (to - from == 1) {
      char c = t.charAt(from);
      return c == ' ' ? ' ' : c == '/' ? '/' : 0;
    }
    for (int k = from; k < to; k++) {
      if (t.charAt(k) != ' ') {
        return 0;
      }
    }
    return ' ';
  }

  /** Whether word {@code i} starts a sentence: first in its unit, or after . ! ? : or a bullet. */
  public boolean startsSentence(int i) {
    String t = prose.text();
    for (int k = starts[i] - 1; k >= 0; k--) {
      char c = t.charAt(k);
      if (c == ' ' || c == '"' || c == '“' || c == '(' || c == '\'' || c == '‘' || c == '*'
          || c == '_') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '•';
    }
    return true;
  }

  /** Whether word {@code i} begins with an upper-case letter. */
  public boolean capitalized(int i) {
    return Character.isUpperCase(prose.text().charAt(starts[i]));
  }
}

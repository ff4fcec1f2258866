package org.cxlint.core.analysis;

/**
 * Splits text into words as a reader sees them and single punctuation marks. Rule based and
 * allocation free (it reports index pairs): readability needs word counts for every sentence
 * of every page, and a statistical tokenizer would cost more than the rest of the lint.
 *
 * <p>A word starts with a letter or digit and keeps inner apostrophes ("don't", "agency’s"),
 * hyphens ("fjord-bank"), periods between letters or digits ("U.S.", "e.g.", "3.5"), digit
 * group commas ("1,000") and "&amp;" between capitals ("AT&amp;T"). A known abbreviation keeps its
 * final period ("Dr.", "U.S."). A run of the same dot or dash ("...", "--") is one mark.
 */
final class WordTokenizer {
  /** Receives each token as {@code [start, end)} in the text. */
  interface Sink {
    void token(int start, int end);
  }

  private WordTokenizer() {}

  static void tokenize(String text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, to);
        sink.token(i, j);
        i = j;
        continue;
      }
      int j = i + 1;
      if (c == '.' || c == '-' || c == '\u2026' || c == '!' || c == '?') {
        while (j < to && text.charAt(j) == c) {
          j++;
        }
      }
      if (Character.isHighSurrogate(c) && j < to && Character.isLowSurrogate(text.charAt(j))) {
        j++;
      }
      sink.token(i, j);
      i = j;
    }
  }

  /** End of the word starting at {@code i} (a letter or digit). */
  static int wordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
        continue;
      }
      boolean nextOk = j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1));
      char prev = text.charAt(j - 1);
      if (nextOk && (c == '\'' || c == '\u2019') && Character.isLetter(prev)
          && Character.isLetter(text.charAt(j + 1))) {
        j++;
      } else if (nextOk && (c == '-' || c == '\u2010' || c == '\u2011')) {
        j++;
      } else if (nextOk && c == '.' && Character.isLetterOrDigit(prev)) {
        j++;
      } else if (nextOk && c == ',' && Character.isDigit(prev) && isDigitGroup(text, j + 1, to)) {
        j++;
      } else if (nextOk && c == '&' && Character.isUpperCase(prev)
          && Character.isUpperCase(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '.'
        && Abbreviations.takesPeriod(text.substring(i, j), nextWord(text, j + 1, to))) {
      j++;
    }
    return j;
  }

  private static boolean isDigitGroup(String text, int at, int to) {
    if (at + 3 > to) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return at + 3 == to || !Character.isDigit(text.charAt(at + 3));
  }

  /** The word after {@code at}, skipping spaces and opening quotes/brackets; "" when none. */
  static String nextWord(String text, int at, int to) {
    int k = at;
    while (k < to && (Character.isWhitespace(text.charAt(k)) || isOpener(text.charAt(k)))) {
      k++;
    }
    int e = k;
    while (e < to && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\''
        || text.charAt(e) == '\u2019')) {
      e++;
    }
    return text.substring(k, e);
  }

  static boolean isOpener(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '['
        || c == '{' || c == '\u00BF' || c == '\u00A1'; // ¿ ¡ open Spanish questions and exclamations
  }
}

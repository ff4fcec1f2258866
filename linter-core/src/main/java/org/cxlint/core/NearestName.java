package org.cxlint.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for mistyped rule ids, option names and config keys: the candidate with the
 * smallest edit distance, when that distance is small enough to be a plausible typo.
 */
public final class NearestName {
  private NearestName() {}

  /** The closest candidate to {@code input}, or empty when none is close. */
  public static Optional<String> among(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(needle, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    // A third of the word (at least 2 edits) still reads as a typo; more is a different word.
    int limit = Math.max(2, needle.length() / 3);
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean "x"?" or "" — ready to append to a message. */
  public static String hint(String input, Collection<String> candidates) {
    return among(input, candidates).map(s -> " Did you mean \"" + s + "\"?").orElse("");
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transposition). */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}

package org.cxlint.core.parse;

/**
 * Maps decoded text (entities and escapes resolved) back onto the raw source it came from, so
 * "AT&amp;T" decoded as "AT&T" still points each char at its place in the file. Characters
 * that an entity or escape produced all map to the entity's first char.
 */
final class SourceAlignment {
  private SourceAlignment() {}

  /**
   * Offsets into {@code raw} (plus {@code base}) for each char of {@code decoded}. Never fails:
   * where the two cannot be aligned, the remaining chars map to the last aligned place.
   */
  static int[] align(String decoded, CharSequence raw, int rawFrom, int rawTo, int base) {
    int n = decoded.length();
    int[] out = new int[n];
    int j = rawFrom;
    for (int i = 0; i < n; i++) {
      char c = decoded.charAt(i);
      // The HTML tokenizer may fold CR LF to LF; skip a CR the decoded text lacks.
      while (j < rawTo && raw.charAt(j) == '\r' && c != '\r') {
        j++;
      }
      if (j >= rawTo) {
        out[i] = base + Math.max(rawFrom, Math.min(j, rawTo) - 1);
        continue;
      }
      char r = raw.charAt(j);
      if (r == '&') {
        int end = entityEnd(raw, j, rawTo);
        if (end > j + 1) {
          String produced = EntityText.decode(raw.subSequence(j, end).toString());
          if (!produced.equals(raw.subSequence(j, end).toString())
              && decoded.startsWith(produced, i)) {
            for (int k = 0; k < produced.length(); k++) {
              out[i + k] = base + j;
            }
            i += produced.length() - 1;
            j = end;
            continue;
          }
        }
      }
      if (r == c) {
        out[i] = base + j++;
        continue;
      }
      // Unexplained difference (the parser rewrote something): map here, move on.
      out[i] = base + j;
      j++;
    }
    return out;
  }

  /** The end of an entity reference that starts at {@code at} ('&'), or at + 1 if none. */
  static int entityEnd(CharSequence raw, int at, int to) {
    int k = at + 1;
    if (k < to && raw.charAt(k) == '#') {
      k++;
      if (k < to && (raw.charAt(k) == 'x' || raw.charAt(k) == 'X')) {
        k++;
        while (k < to && Character.digit(raw.charAt(k), 16) >= 0) {
          k++;
        }
      } else {
        while (k < to && raw.charAt(k) >= '0' && raw.charAt(k) <= '9') {
          k++;
        }
      }
    } else {
      while (k < to && k - at < 40 && isAsciiAlnum(raw.charAt(k))) {
        k++;
      }
    }
    if (k < to && raw.charAt(k) == ';') {
      k++;
    }
    return k;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}

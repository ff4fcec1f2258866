package org.cxlint.rules.language;

/**
 * Does a run of words plausibly spell out an acronym? The Schwartz–Hearst test ("A simple
 * algorithm for identifying abbreviation definitions in biomedical text", 2003): every letter
 * and digit of the acronym, right to left, is found in order in the long form, and the first
 * one starts a word. "Customer Experience" spells "CX"; "the 2019 report" does not spell "GSA".
 */
final class AcronymExpansion {
  private AcronymExpansion() {}

  /**
   * The shortest tail of {@code longForm} that spells {@code acronym}, or null when none does.
   */
  static String find(String acronym, String longForm) {
    String found = match(acronym, longForm);
    // "World Wide Web Consortium (W3C)": a digit often stands for repeated letters.
    String lettersOnly = acronym.replaceAll("[0-9]", "");
    if (found == null && lettersOnly.length() >= 2 && lettersOnly.length() < acronym.length()) {
      found = match(lettersOnly, longForm);
    }
    return found;
  }

  private static String match(String acronym, String longForm) {
    int s = acronym.length() - 1;
    int l = longForm.length() - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(acronym.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while (l >= 0 && (Character.toLowerCase(longForm.charAt(l)) != c
          || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))
              && !exAtWordStart(longForm, l, c)))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
      s--;
    }
    int from = longForm.lastIndexOf(' ', Math.max(0, l + 1)) + 1;
    String result = longForm.substring(from).trim();
    // One short word spelling a three-letter acronym ("Export" for "EXP") is a word that
    // happens to hold the letters; a long compound ("electromyography" for "EMG") is a name.
    boolean oneWord = result.indexOf(' ') < 0 && result.indexOf('-') < 0;
    return oneWord && acronym.length() > 2
        && (acronym.length() > 4 || result.length() < 3 * acronym.length()) ? null : result;
  }

  /** "eXtensible Markup Language" spells "XML": an initial X may stand for a word's "ex". */
  private static boolean exAtWordStart(String longForm, int l, char c) {
    return c == 'x' && l == 1 + wordStart(longForm, l)
        && Character.toLowerCase(longForm.charAt(l - 1)) == 'e';
  }

  private static int wordStart(String s, int i) {
    int k = i;
    while (k > 0 && Character.isLetterOrDigit(s.charAt(k - 1))) {
      k--;
    }
    return k;
  }
}

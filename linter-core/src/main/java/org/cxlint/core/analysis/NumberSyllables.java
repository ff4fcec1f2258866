package org.cxlint.core.analysis;

/**
 * Syllables of a number as an English reader says it: "42" forty-two, "1,500" one thousand five
 * hundred, "3.5" three point five, years 1100–1999 and 2010–2099 in pairs ("nineteen
 * ninety-five", "twenty twenty-four"), 2000–2009 as "two thousand five". Very long digit runs
 * (more than 15 digits) are read digit by digit.
 */
final class NumberSyllables {
  // zero one two three four five six seven eight nine
  private static final int[] ONES = {2, 1, 1, 1, 1, 1, 1, 2, 1, 1};
  // ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
  private static final int[] TEENS = {1, 3, 1, 2, 2, 2, 2, 3, 2, 2};
  // -, -, twenty thirty forty fifty sixty seventy eighty ninety
  private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 2};
  private static final int HUNDRED = 2;
  private static final int SCALE = 2; // thousand, million, billion, trillion

  private NumberSyllables() {}

  /** {@code digits}: digits with optional group commas and one decimal point. */
  static int count(String digits) {
    String s = ascii(digits).replace(",", "");
    int dot = s.indexOf('.');
    if (dot >= 0) {
      String frac = s.substring(dot + 1).replace(".", "");
      int n = (dot == 0 ? 0 : whole(s.substring(0, dot))) + 1; // "point"
      for (int i = 0; i < frac.length(); i++) {
        n += ONES[frac.charAt(i) - '0'];
      }
      return n;
    }
    return whole(s, digits.indexOf(',') < 0);
  }

  /**
   * Digits of any script (the tokenizer accepts Character.isDigit: N'Ko, Arabic-Indic, fullwidth
   * …) as ASCII, so they are read like their values and never index past the tables (a fuzzed
   * page with N'Ko digits once did). Anything that is not a digit, comma or point is dropped.
   */
  private static String ascii(String digits) {
    StringBuilder sb = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      int d = Character.digit(c, 10);
      if (d >= 0) {
        sb.append((char) ('0' + d));
      } else if (c == ',' || c == '.') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int whole(String s) {
    return whole(s, false);
  }

  /** {@code yearLike}: a bare four-digit number may be a year ("1995"), "1,995" may not. */
  private static int whole(String s, boolean yearLike) {
    if (s.isEmpty()) {
      return 0;
    }
    if (s.length() > 15) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        n += ONES[s.charAt(i) - '0'];
      }
      return n;
    }
    long v = Long.parseLong(s);
    if (yearLike && s.length() == 4 && v >= 1100 && v <= 2099 && !(v >= 2000 && v <= 2009)) {
      int hi = (int) (v / 100);
      int lo = (int) (v % 100);
      if (lo == 0) {
        return under100(hi) + HUNDRED; // "nineteen hundred"
      }
      return under100(hi) + (lo < 10 ? 1 + ONES[lo] : under100(lo)); // "nineteen oh five"
    }
    if (v == 0) {
      return ONES[0];
    }
    int n = 0;
    int group = 0;
    while (v > 0) {
      int chunk = (int) (v % 1000);
      if (chunk > 0) {
        n += under1000(chunk) + (group > 0 ? SCALE : 0);
      }
      v /= 1000;
      group++;
    }
    return n;
  }

  private static int under1000(int v) {
    int n = 0;
    if (v >= 100) {
      n += ONES[v / 100] + HUNDRED;
      v %= 100;
    }
    return v > 0 ? n + under100(v) : n;
  }

  private static int under100(int v) {
    if (v < 10) {
      return ONES[v];
    }
    if (v < 20) {
      return TEENS[v - 10];
    }
    return TENS[v / 10] + (v % 10 == 0 ? 0 : ONES[v % 10]);
  }
}

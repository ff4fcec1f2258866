package org.cxlint.core.custom;

/**
 * The size of the program RE2 compiles a pattern to, estimated from the pattern's text before it
 * is compiled. RE2 matches in time linear in the input, but the factor is the program's size:
 * counted repetition copies its operand ({@code x{1000}} is a thousand copies of x), and nesting
 * multiplies ({@code ((a{1000}){1000}){1000}} would be 10⁹ instructions, more memory than any
 * machine has). A pattern over {@link #LIMIT} is refused at config load.
 *
 * <p>The estimate counts one unit per literal character, character class, escape, anchor and
 * empty-width assertion, one per alternation and per {@code *}, {@code +} or {@code ?}, and
 * multiplies a repeated operand by its largest count (by its smallest count plus one when the
 * repetition has no upper bound). It errs on the side of a larger figure and never overflows.
 */
public final class PatternCost {
  /**
   * The largest estimated program a pattern may compile to. A program of this size costs about
   * as much per character of text as a list of a few hundred words compiled to one alternation.
   */
  public static final int LIMIT = 1_000;

  private static final long CAP = Long.MAX_VALUE / 4;

  private PatternCost() {}

  /** The estimated program size of an RE2 pattern (an invalid pattern gets some estimate too). */
  public static long of(String pattern) {
    return new Walker(pattern).sequence(0);
  }

  private static final class Walker {
    private final String p;
    private int i;

    Walker(String p) {
      this.p = p;
    }

    /** Reads alternatives up to a closing parenthesis at {@code depth} > 0, or the end. */
    long sequence(int depth) {
      long total = 0;
      long last = 0; // cost of the last atom, for a quantifier after it
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == ')' && depth > 0) {
          i++;
          return total;
        }
        if (c == '|') {
          i++;
          total = add(total, 1);
          last = 0;
          continue;
        }
        if (c == '*' || c == '+' || c == '?') {
          i++;
          if (i < p.length() && p.charAt(i) == '?') {
            i++; // non-greedy
          }
          total = add(total, 1);
          continue;
        }
        if (c == '{') {
          long[] counts = counts();
          if (counts != null) {
            long times = counts[1] < 0 ? counts[0] + 1 : Math.max(counts[0], counts[1]);
            total = add(add(total - last, mul(last, Math.max(1, times))), 1);
            last = mul(last, Math.max(1, times));
            continue;
          }
          // not a repetition: a literal '{'
        }
        long atom = atom(depth);
        total = add(total, atom);
        last = atom;
      }
      return total;
    }

    /** One atom at {@code i}; moves past it. */
    private long atom(int depth) {
      char c = p.charAt(i);
      if (c == '(') {
        i++;
        if (i < p.length() && p.charAt(i) == '?') {
          // (?flags), (?flags:…), (?:…), (?P<name>…)
          int j = i + 1;
          if (j < p.length() && p.charAt(j) == 'P') {
            int close = p.indexOf('>', j);
            i = close < 0 ? p.length() : close + 1;
          } else {
            while (j < p.length() && p.charAt(j) != ')' && p.charAt(j) != ':') {
              j++;
            }
            if (j >= p.length() || p.charAt(j) == ')') {
              i = Math.min(p.length(), j + 1);
              return 0; // a flag group sets flags only
            }
            i = j + 1;
          }
        }
        return add(sequence(depth + 1), 2);
      }
      if (c == '[') {
        skipClass();
        return 1;
      }
      if (c == '\\') {
        skipEscape();
        return 1;
      }
      i += Character.charCount(p.codePointAt(i));
      return 1;
    }

    private void skipEscape() {
      i++; // the backslash
      if (i >= p.length()) {
        return;
      }
      char e = p.charAt(i);
      i++;
      if ((e == 'p' || e == 'P' || e == 'x') && i < p.length() && p.charAt(i) == '{') {
        int close = p.indexOf('}', i);
        i = close < 0 ? p.length() : close + 1;
      } else if (e == 'Q') {
        int close = p.indexOf("\\E", i);
        i = close < 0 ? p.length() : close + 2;
      } else if (e == 'x') {
        i = Math.min(p.length(), i + 2);
      }
    }

    private void skipClass() {
      i++; // [
      if (i < p.length() && p.charAt(i) == '^') {
        i++;
      }
      if (i < p.length() && p.charAt(i) == ']') {
        i++; // a leading ] is a literal
      }
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == ']') {
          i++;
          return;
        }
        if (c == '\\') {
          skipEscape();
        } else if (c == '[' && p.startsWith("[:", i)) {
          int close = p.indexOf(":]", i + 2);
          i = close < 0 ? i + 1 : close + 2;
        } else {
          i++;
        }
      }
    }

    /** {n}, {n,} or {n,m} at i: {n, m or -1}, moving past it; null when it is not one. */
    private long[] counts() {
      int j = i + 1;
      int start = j;
      while (j < p.length() && Character.isDigit(p.charAt(j))) {
        j++;
      }
      if (j == start || j >= p.length()) {
        return null;
      }
      long min = number(start, j);
      long max = min;
      if (p.charAt(j) == ',') {
        j++;
        int s2 = j;
        while (j < p.length() && Character.isDigit(p.charAt(j))) {
          j++;
        }
        max = j == s2 ? -1 : number(s2, j);
      }
      if (j >= p.length() || p.charAt(j) != '}') {
        return null;
      }
      i = j + 1;
      return new long[] {min, max};
    }

    private long number(int from, int to) {
      if (to - from > 9) {
        return CAP;
      }
      return Long.parseLong(p.substring(from, to));
    }
  }

  private static long add(long a, long b) {
    return Math.min(CAP, a + b);
  }

  private static long mul(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > CAP / b ? CAP : a * b;
  }
}

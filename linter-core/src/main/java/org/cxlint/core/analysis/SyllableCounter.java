package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts syllables the way a reader says a word.
 *
 * <ol>
 *   <li>Words in the CMU Pronouncing Dictionary get its count (first pronunciation; 125,932
 *       words, BSD-2-Clause, see {@code CMUDICT-LICENSE.txt} next to the data).
 *   <li>Numbers are counted as spoken: "42" forty-two (3), "2024" twenty twenty-four (5),
 *       "1,500" one thousand five hundred (6), "3.5" three point five (3); "10th" as "10".
 *   <li>Acronyms: all capitals of at most three letters, or with no vowel, are spelled out
 *       ("CX" 2, "FBI" 3, "W" 3); longer ones found in the dictionary are read as it says
 *       ("NASA" 2); the rest are spelled. Initialisms with periods ("U.S.") are spelled.
 *   <li>Hyphenated compounds not in the dictionary are the sum of their parts.
 *   <li>Contractions and possessives not in the dictionary: the base word, plus one for
 *       "n't" after a consonant ("couldn't") and for "'s" after a hissing sound ("church's").
 *   <li>Anything else goes to a rule-based fallback: a linear model over the word's vowel
 *       runs and their neighbouring letters ({@code syllable-fallback.txt.gz}), trained on
 *       nine tenths of the dictionary; it agrees with the dictionary on about 95% of the held-out
 *       tenth ({@code linter-core/scripts/syllable-fallback-eval.sh}).
 * </ol>
 *
 * <p>Every word counts at least one syllable. The data loads on first use, once per JVM.
 * Thread safe.
 */
public final class SyllableCounter {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern HYPHENS = Pattern.compile("-+");
  private static final Pattern JOINERS = Pattern.compile("[-'&]+");
  private static final SyllableCounter INSTANCE = new SyllableCounter();

  private SyllableCounter() {}

  /** The shared counter. */
  public static SyllableCounter get() {
    return INSTANCE;
  }

  /**
   * Loads the dictionary and the fallback's weights now rather than on the first count (a rule's
   * {@link org.cxlint.core.rule.Rule#prepare}, on a background thread).
   */
  public static void preload() {
    if (Data.WEIGHTS == null) {
      throw new AssertionError(); // reading the field is what initializes Data
    }
  }

  /** Loaded on first use (class initialization is lazy and thread safe). */
  private static final class Data {
    static final SortedTable DICTIONARY =
        SortedTable.load(SyllableCounter.class, "cmudict-syllables.txt.gz");
    /** Read where a word needs them: a run meets a few dozen of the 59,000. */
    static final SortedTable WEIGHTS =
        SortedTable.load(SyllableCounter.class, "syllable-fallback.txt.gz");
  }

  private static Integer dictionary(String lower) {
    int i = Data.DICTIONARY.indexOf(lower);
    return i < 0 ? null : Data.DICTIONARY.intValue(i);
  }

  /**
   * Whether the CMU Pronouncing Dictionary lists {@code word} (any case): a word or a name
   * people say as a word ("einstein", "unicef"), as opposed to letters read one by one.
   */
  public boolean inDictionary(String word) {
    return Data.DICTIONARY.indexOf(word.toLowerCase(Locale.ROOT)) >= 0;
  }

  /** Syllables in {@code word} as written (a token's text); 0 for text with no letter or digit. */
  public int count(String word) {
    String w = trim(word.indexOf('\u2019') < 0 && word.indexOf('\u2018') < 0 ? word
        : word.replace('\u2019', '\'').replace('\u2018', '\''));
    if (w.isEmpty()) {
      return 0;
    }
    if (hasDigit(w)) {
      return mixed(w);
    }
    if (w.indexOf('.') >= 0) {
      return dotted(w);
    }
    if (isAllCaps(w)) {
      return acronym(w);
    }
    return known(w.toLowerCase(Locale.ROOT));
  }

  /** Count for a lowercase word of letters, apostrophes and hyphens. */
  private int known(String lower) {
    Integer d = dictionary(lower);
    if (d != null) {
      return Math.max(1, d);
    }
    if (lower.indexOf('-') >= 0) {
      int sum = 0;
      for (String part : HYPHENS.split(lower)) {
        if (!part.isEmpty()) {
          sum += count(part);
        }
      }
      return Math.max(1, sum);
    }
    int apo = lower.indexOf('\'');
    if (apo > 0) {
      return contraction(lower, apo);
    }
    return fallback(lower);
  }

  private int contraction(String lower, int apo) {
    if (lower.endsWith("n't") && lower.length() > 3) {
      String base = lower.substring(0, lower.length() - 3);
      char last = base.charAt(base.length() - 1);
      return Math.max(1, known(base) + (isVowel(last) ? 0 : 1));
    }
    String base = lower.substring(0, apo);
    String tail = lower.substring(apo);
    if (base.isEmpty()) {
      return fallback(lower.replace("'", ""));
    }
    int n = known(base);
    if (tail.equals("'s") && endsHissing(base)) {
      return n + 1;
    }
    if (tail.equals("'s") || tail.equals("'re") || tail.equals("'ve") || tail.equals("'ll")
        || tail.equals("'d") || tail.equals("'m") || tail.equals("'")) {
      return n;
    }
    return fallback(lower.replace("'", ""));
  }

  private static boolean endsHissing(String base) {
    return base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
        || base.endsWith("sh") || base.endsWith("ce") || base.endsWith("ge") || base.endsWith("se")
        || base.endsWith("ze");
  }

  /** "U.S." "e.g." "a.m." are spelled; "Dr." and the like count as the word without the dot. */
  private int dotted(String w) {
    String letters = w.replace(".", "");
    if (letters.isEmpty()) {
      return 0;
    }
    String[] parts = w.split("\\.");
    boolean initialism = parts.length > 1;
    for (String p : parts) {
      initialism &= p.length() <= 1;
    }
    if (initialism) {
      return spelled(letters);
    }
    int sum = 0;
    for (String p : parts) {
      if (!p.isEmpty()) {
        sum += count(p);
      }
    }
    return Math.max(1, sum);
  }

  private int acronym(String w) {
    if (w.length() > 2 && w.endsWith("s")) {
      return acronym(w.substring(0, w.length() - 1)); // "PDFs" as "PDF"
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.indexOf('-') >= 0 || lower.indexOf('\'') >= 0 || lower.indexOf('&') >= 0) {
      int sum = 0;
      for (String part : JOINERS.split(w)) {
        if (!part.isEmpty()) {
          sum += part.equals("S") ? 0 : count(part);
        }
      }
      return Math.max(1, sum);
    }
    if (w.length() <= 3 || !hasVowel(lower)) {
      return spelled(lower);
    }
    Integer d = dictionary(lower);
    return d != null && d > 0 ? d : spelled(lower);
  }

  private static int spelled(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = Character.toLowerCase(letters.charAt(i));
      if (Character.isLetter(c)) {
        n += c == 'w' ? 3 : 1;
      }
    }
    return Math.max(1, n);
  }

  /** Words with digits: runs of digits as spoken numbers, runs of letters as words. */
  private int mixed(String w) {
    int sum = 0;
    int i = 0;
    int n = w.length();
    while (i < n) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isDigit(w.charAt(j))
            || ((w.charAt(j) == ',' || w.charAt(j) == '.') && j + 1 < n
                && Character.isDigit(w.charAt(j + 1))))) {
          j++;
        }
        sum += NumberSyllables.count(w.substring(i, j));
        i = j;
        if (i < n && isOrdinalSuffix(w.substring(i))) {
          break;
        }
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && (Character.isLetter(w.charAt(j)) || w.charAt(j) == '\'')) {
          j++;
        }
        sum += count(w.substring(i, j));
        i = j;
      } else {
        i++;
      }
    }
    return Math.max(1, sum);
  }

  private static boolean isOrdinalSuffix(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.equals("st") || l.equals("nd") || l.equals("rd") || l.equals("th") || l.equals("s");
  }

  /**
   * The rule-based estimate alone, for words the dictionary lacks: the sum of the learned
   * weights of the word's vowel-run features, rounded, at least 1; hyphenated parts are summed.
   * Public for the evaluation against held-out dictionary words.
   */
  public int fallback(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    int sum = 0;
    boolean any = false;
    for (String part : lower.split("-")) {
      if (!hasLetter(part)) {
        continue;
      }
      any = true;
      double score = 0;
      for (String f : features(part)) {
        int i = Data.WEIGHTS.indexOf(f);
        if (i >= 0) {
          score += Data.WEIGHTS.decimalValue(i);
        }
      }
      sum += Math.max(1, (int) Math.round(score));
    }
    return any ? sum : 1;
  }

  /** Must match linter-core/scripts/syllable_features.py, which trained the weights. */
  static List<String> features(String part) {
    String w = "^" + part + "$";
    List<String> out = new ArrayList<>();
    int n = w.length();
    int i = 1;
    while (i < n - 1) {
      if (isVowel(w.charAt(i))) {
        int j = i;
        while (j < n - 1 && isVowel(w.charAt(j))) {
          j++;
        }
        String g = w.substring(i, j);
        String p1 = w.substring(i - 1, i);
        String p2 = w.substring(Math.max(0, i - 2), i);
        String p3 = w.substring(Math.max(0, i - 3), i);
        String n1 = w.substring(j, j + 1);
        String n2 = w.substring(j, Math.min(n, j + 2));
        String n3 = w.substring(j, Math.min(n, j + 3));
        out.add("g=" + g);
        out.add("g=" + g + "|n=" + n1);
        out.add("p=" + p1 + "|g=" + g);
        out.add("p=" + p1 + "|g=" + g + "|n=" + n1);
        out.add("g=" + g + "|n2=" + n2);
        out.add("p2=" + p2 + "|g=" + g + "|n2=" + n2);
        out.add("p2=" + p2 + "|g=" + g + "|n3=" + n3);
        out.add("p3=" + p3 + "|g=" + g + "|n2=" + n2);
        i = j;
      } else {
        i++;
      }
    }
    out.add("bias");
    return out;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllCaps(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        if (c == 's' && i == s.length() - 1 && upper >= 2) {
          continue; // plural acronym: "PDFs"
        }
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 1 && (upper >= 2 || s.length() == 1);
  }

  private static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
      b--;
    }
    return s.substring(a, b);
  }
}

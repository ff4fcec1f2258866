package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spanish syllables by the rules of the Real Academia Española's <i>Ortografía</i> (2010, §
 * 4.1): a syllable has one vowel nucleus. Two vowels next to each other share a syllable (a
 * diphthong) unless both are open ({@code a e o}: "le-er", "po-e-ta") or one is a closed vowel
 * with an accent ({@code í ú}: "dí-a", "pa-ís", "re-ú-ne"); two closed vowels always share one
 * ("ciu-dad", "cuí-da-te"); closed-open-closed is one (a triphthong, "buey", "U-ru-guay"). The
 * "u" of "que", "qui", "gue", "gui" is silent; "ü" is read ("pin-güi-no"). A "y" at the end of
 * a word or before a consonant is a vowel ("hoy", "muy", "y"). An "h" separates vowels, as in
 * the spelled syllables of "bú-ho" and "ca-ca-hue-te".
 *
 * <p>Numbers are read aloud in Spanish ("2024" is "dos mil veinticuatro", six syllables); a word
 * with no vowel (an initialism such as "SSA", "EE") has its letters read, one syllable each at
 * least.
 */
public final class SpanishSyllables {
  private SpanishSyllables() {}

  /** The number of syllables of one word (at least 1 for a word with a letter or digit). */
  public static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int digits = 0;
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters == 0 && digits > 0) {
      return numberSyllables(w);
    }
    int total = 0;
    for (String part : w.split("[^\\p{L}]+")) {
      if (!part.isEmpty()) {
        total += letters(part);
      }
    }
    return Math.max(total, letters + digits > 0 ? 1 : 0);
  }

  /** The syllables of one word, split ("ca-sa" is [ca, sa]). Letters only, lower case. */
  public static List<String> split(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    boolean[] vowel = new boolean[n];
    for (int i = 0; i < n; i++) {
      vowel[i] = isVowelAt(w, i);
    }
    // Nuclei: maximal vowel runs, cut where two vowels cannot share a syllable.
    List<int[]> nuclei = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!vowel[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i + 1 < n && vowel[i + 1] && !hiatus(w.charAt(i), w.charAt(i + 1))) {
        i++;
      }
      nuclei.add(new int[] {start, i + 1});
      i++;
    }
    List<String> out = new ArrayList<>();
    if (nuclei.isEmpty()) {
      out.add(w);
      return out;
    }
    int from = 0;
    for (int k = 0; k < nuclei.size(); k++) {
      int end;
      if (k + 1 == nuclei.size()) {
        end = n;
      } else {
        int a = nuclei.get(k)[1];
        int b = nuclei.get(k + 1)[0];
        end = a + consonantsKept(w.substring(a, b));
      }
      out.add(w.substring(from, end));
      from = end;
    }
    return out;
  }

  /** Syllables of a run of letters. */
  static int letters(String part) {
    int nuclei = 0;
    boolean inVowel = false;
    char prev = 0;
    for (int i = 0; i < part.length(); i++) {
      if (isVowelAt(part, i)) {
        char c = part.charAt(i);
        if (!inVowel || hiatus(prev, c)) {
          nuclei++;
        }
        inVowel = true;
        prev = c;
      } else {
        inVowel = false;
      }
    }
    if (nuclei == 0) {
      // No vowel: an initialism whose letters are read ("SSA" is "e-se e-se a").
      return part.length();
    }
    return nuclei;
  }

  /** Of the consonants between two nuclei, how many stay with the first syllable. */
  private static int consonantsKept(String cons) {
    int n = cons.length();
    if (n <= 1) {
      return 0;
    }
    // The last two form an onset together when they are an inseparable cluster
    // (pr, bl, tr, dr, cl, gr, fl, ch, ll, rr, and qu, gu whose u is silent).
    String lastTwo = cons.substring(n - 2);
    boolean cluster = lastTwo.matches("[pbcgf][lr]|[td]r|ch|ll|rr|qu|gu");
    return cluster ? n - 2 : n - 1;
  }

  private static boolean isOpen(char c) {
    return "aeoáéóíú".indexOf(c) >= 0;
  }

  private static boolean isClosedFamily(char c) {
    return "iuíúüy".indexOf(c) >= 0;
  }

  /** Two adjacent vowels that belong to different syllables. */
  private static boolean hiatus(char a, char b) {
    return isOpen(a) && isOpen(b) && !(isClosedFamily(a) && isClosedFamily(b));
  }

  private static boolean isVowelAt(String w, int i) {
    char c = w.charAt(i);
    if ("aeiouáéíóúü".indexOf(c) >= 0) {
      if (c == 'u' && i > 0 && i + 1 < w.length()) {
        char before = w.charAt(i - 1);
        char after = w.charAt(i + 1);
        // silent u: que, qui, gue, gui
        if ((before == 'q' || before == 'g') && "eiéí".indexOf(after) >= 0) {
          return false;
        }
      }
      return true;
    }
    if (c == 'y') {
      // a vowel at the end of a word or before a consonant ("hoy", "y"); a consonant before a vowel
      return i + 1 == w.length() || "aeiouáéíóúü".indexOf(w.charAt(i + 1)) < 0;
    }
    return false;
  }

  private static final String[] UNITS = {"", "uno", "dos", "tres", "cuatro", "cinco", "seis",
      "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince",
      "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
      "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
      "veintinueve"};
  private static final String[] TENS = {"", "", "", "treinta", "cuarenta", "cincuenta",
      "sesenta", "setenta", "ochenta", "noventa"};
  private static final String[] HUNDREDS = {"", "ciento", "doscientos", "trescientos",
      "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos",
      "novecientos"};

  /** A number as read aloud: "2024" is "dos mil veinticuatro"; "3.5" reads each part. */
  private static int numberSyllables(String token) {
    int total = 0;
    for (String group : token.split("[^0-9]+")) {
      if (group.isEmpty()) {
        continue;
      }
      if (group.length() > 9) {
        total += group.length();
        continue;
      }
      total += syllablesOfWords(spell(Long.parseLong(group)));
    }
    return Math.max(total, 1);
  }

  private static int syllablesOfWords(String words) {
    int total = 0;
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        total += letters(w);
      }
    }
    return total;
  }

  /** Spanish words for 0 to 999,999,999. */
  static String spell(long n) {
    if (n == 0) {
      return "cero";
    }
    if (n >= 1_000_000) {
      long m = n / 1_000_000;
      String head = m == 1 ? "un millón" : spell(m) + " millones";
      return n % 1_000_000 == 0 ? head : head + " " + spell(n % 1_000_000);
    }
    if (n >= 1000) {
      long t = n / 1000;
      String head = t == 1 ? "mil" : spell(t) + " mil";
      return n % 1000 == 0 ? head : head + " " + spell(n % 1000);
    }
    if (n == 100) {
      return "cien";
    }
    if (n > 100) {
      String head = HUNDREDS[(int) (n / 100)];
      return n % 100 == 0 ? head : head + " " + spell(n % 100);
    }
    if (n < 30) {
      return UNITS[(int) n];
    }
    String tens = TENS[(int) (n / 10)];
    return n % 10 == 0 ? tens : tens + " y " + UNITS[(int) (n % 10)];
  }
}

package org.cxlint.rules.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * English verb and noun inflection, enough to expand a word list ("utilize" to "utilizes",
 * "utilized", "utilizing") and to put a suggestion in the same form as the word it replaces
 * ("utilized" to "used"). Regular spelling rules plus the irregular verbs in
 * {@code irregular-verbs.tsv}. Immutable once built; share one instance.
 */
public final class VerbForms {
  /** The grammatical form of a matched word. */
  public enum Form {
    BASE,
    THIRD_PERSON,
    PAST,
    PARTICIPLE,
    GERUND,
    PLURAL
  }

  /** Two-syllable verbs stressed on the last syllable double their last consonant too. */
  private static final Set<String> STRESSED_LAST = Set.of("begin", "forget", "occur", "prefer",
      "refer", "admit", "commit", "submit", "permit", "omit", "control", "regret", "upset",
      "equip", "transmit", "compel", "expel", "propel");

  private final Map<String, String[]> irregular = new HashMap<>();
  private final Set<String> irregularParticiples = new HashSet<>();

  public VerbForms() {
    for (String[] row : ListResource.rows("irregular-verbs.tsv")) {
      irregular.put(row[0], new String[] {row[1], row[2]});
      for (String p : row[2].split("\\|")) {
        irregularParticiples.add(p);
      }
    }
  }

  /** Every irregular past participle ("written", "built"). */
  public Set<String> irregularParticiples() {
    return Set.copyOf(irregularParticiples);
  }

  /** Whether {@code word} (lower case) is the past participle of an irregular verb. */
  public boolean isIrregularParticiple(String word) {
    return irregularParticiples.contains(word);
  }

  /**
   * Every spelling of {@code base} in {@code form}; for regular verbs ending consonant-vowel-
   * consonant both the doubled and the plain spelling ("permitted", "benefited"), since stress
   * decides and a spelling nobody writes costs nothing.
   */
  public Set<String> spellings(String base, Form form) {
    Set<String> out = new LinkedHashSet<>();
    String[] irr = irregular.get(base);
    switch (form) {
      case BASE -> out.add(base);
      case THIRD_PERSON, PLURAL -> out.add(plural(base));
      case PAST, PARTICIPLE -> {
        if (irr != null) {
          for (String s : irr[form == Form.PAST ? 0 : 1].split("\\|")) {
            out.add(s);
          }
        } else {
          out.add(regularEd(base, false));
          if (cvc(base)) {
            out.add(regularEd(base, true));
          }
        }
      }
      case GERUND -> {
        out.add(regularIng(base, false));
        if (irr == null && cvc(base)) {
          out.add(regularIng(base, true));
        }
      }
      default -> throw new AssertionError(form);
    }
    return out;
  }

  /** The one best spelling of {@code base} in {@code form}, for suggestions. */
  public String inflect(String base, Form form) {
    String[] irr = irregular.get(base);
    return switch (form) {
      case BASE -> base;
      case THIRD_PERSON, PLURAL -> plural(base);
      case PAST, PARTICIPLE -> irr != null
          ? irr[form == Form.PAST ? 0 : 1].split("\\|")[0]
          : regularEd(base, oneSyllableCvc(base) || STRESSED_LAST.contains(base));
      case GERUND -> regularIng(base, oneSyllableCvc(base) || STRESSED_LAST.contains(base));
    };
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
        || w.endsWith("sh") || w.equals("go") || w.equals("do")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  private static String regularEd(String w, boolean doubled) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.endsWith("y") && w.length() > 1 && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    if (w.endsWith("c")) {
      return w + "ked";
    }
    return doubled ? w + w.charAt(w.length() - 1) + "ed" : w + "ed";
  }

  private static String regularIng(String w, boolean doubled) {
    if (w.endsWith("ie")) {
      return w.substring(0, w.length() - 2) + "ying";
    }
    if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe")
        && w.length() > 2) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    if (w.endsWith("c")) {
      return w + "king";
    }
    return doubled ? w + w.charAt(w.length() - 1) + "ing" : w + "ing";
  }

  /** Ends consonant, single vowel, consonant (not w, x, y): "permit", "stop", "benefit". */
  private static boolean cvc(String w) {
    int n = w.length();
    if (n < 3) {
      return false;
    }
    char a = w.charAt(n - 3);
    char b = w.charAt(n - 2);
    char c = w.charAt(n - 1);
    return !vowel(a) && vowel(b) && !vowel(c) && c != 'w' && c != 'x' && c != 'y';
  }

  private static boolean oneSyllableCvc(String w) {
    if (!cvc(w)) {
      return false;
    }
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = vowel(w.charAt(i));
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups == 1;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}

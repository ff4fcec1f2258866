package org.cxlint.rules.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Spanish pages of U.S. agencies define an English acronym: the Spanish name, then the
 * acronym with a note that it stands for English words, "Departamento de Salud y Servicios
 * Humanos (HHS, sigla en inglés)", "la comunidad LGBT, por sus siglas en inglés". The Spanish
 * name does not spell the English initials, so the note is what says "this defines it".
 */
final class SpanishDefinition {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern SPACES = Pattern.compile(" +");
  /** ", sigla en inglés", " por sus siglas en inglés", ", por su sigla en inglés" … */
  private static final Pattern NOTE = Pattern.compile(
      "\\s*,?\\s*(?:por\\s+(?:su|sus|la|las)\\s+)?(?:sigla|siglas|acrónimo)\\s+(?:en|del)\\s+"
          + "ingl[eé]s", Pattern.CASE_INSENSITIVE);
  /** Small words inside a Spanish name: "Departamento de Salud y Servicios Humanos". */
  private static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el",
      "y", "e", "para", "en", "a");

  private SpanishDefinition() {}

  /**
   * The Spanish name this use of an acronym (at {@code [start, after)} of {@code t}) defines,
   * when a note that it is an English acronym follows it; otherwise null.
   */
  static String expansion(String t, int start, int after) {
    if (!NOTE.matcher(t).region(after, t.length()).lookingAt()) {
      return null;
    }
    int end = start;
    while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '(')) {
      end--;
    }
    String[] words = SPACES.split(t.substring(Math.max(0, end - 200), end));
    List<String> name = new ArrayList<>();
    for (int i = words.length - 1; i >= 0 && name.size() < 12; i--) {
      String w = words[i];
      if (w.isEmpty()) {
        break;
      }
      boolean capital = Character.isUpperCase(w.charAt(0));
      if (!capital && !CONNECTORS.contains(w)) {
        break;
      }
      name.add(w);
    }
    while (!name.isEmpty() && CONNECTORS.contains(name.get(name.size() - 1))) {
      name.remove(name.size() - 1); // never start the name with "de" or "la"
    }
    Collections.reverse(name);
    if (name.isEmpty()) {
      // "(conocidos como la comunidad LGTB, por su sigla en inglés)": the note alone says the
      // writer explains it here; quote the words before it.
      int from = Math.max(0, words.length - 5);
      String before = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
          .strip();
      return before.isEmpty() ? "" : before;
    }
    return String.join(" ", name);
  }
}

package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpanishSyllablesTest {
  /** The hand-divided words of spanish-syllables.txt, as "ca-sa". */
  private static List<String> handDivided() throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SpanishSyllablesTest.class.getResourceAsStream("/analysis/spanish-syllables.txt"),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  @Test
  void dividesAtLeast99PercentOfTheHandDividedWordsExactly() throws IOException {
    List<String> words = handDivided();
    assertThat(words).hasSizeGreaterThanOrEqualTo(300);
    List<String> wrong = new ArrayList<>();
    int countWrong = 0;
    for (String expected : words) {
      String word = expected.replace("-", "");
      String got = String.join("-", SpanishSyllables.split(word));
      if (!got.equals(expected)) {
        wrong.add(expected + " (got " + got + ")");
      }
      if (SpanishSyllables.count(word) != expected.split("-").length) {
        countWrong++;
      }
    }
    double exact = 1.0 - (double) wrong.size() / words.size();
    assertThat(exact).as("divisions wrong: %s", wrong).isGreaterThanOrEqualTo(0.99);
    assertThat(countWrong).as("syllable counts wrong").isLessThanOrEqualTo(words.size() / 100);
  }

  @Test
  void diphthongsHiatusAndSilentU() {
    assertThat(SpanishSyllables.split("ciudad")).containsExactly("ciu", "dad");
    assertThat(SpanishSyllables.split("día")).containsExactly("dí", "a");
    assertThat(SpanishSyllables.split("poeta")).containsExactly("po", "e", "ta");
    assertThat(SpanishSyllables.split("queso")).containsExactly("que", "so");
    assertThat(SpanishSyllables.split("pingüino")).containsExactly("pin", "güi", "no");
    assertThat(SpanishSyllables.split("uruguay")).containsExactly("u", "ru", "guay");
    assertThat(SpanishSyllables.count("hoy")).isEqualTo(1);
    assertThat(SpanishSyllables.count("y")).isEqualTo(1);
  }

  @Test
  void numbersAreReadAloudInSpanish() {
    assertThat(SpanishSyllables.spell(2024)).isEqualTo("dos mil veinticuatro");
    assertThat(SpanishSyllables.spell(100)).isEqualTo("cien");
    assertThat(SpanishSyllables.spell(1_500_000)).isEqualTo("un millón quinientos mil");
    assertThat(SpanishSyllables.count("2024")).isEqualTo(6); // dos mil vein-ti-cua-tro
    assertThat(SpanishSyllables.count("18")).isEqualTo(3); // die-cio-cho
  }

  @Test
  void wordsWithoutVowelsAreSpelled() {
    assertThat(SpanishSyllables.count("EE")).isEqualTo(2);
    assertThat(SpanishSyllables.count("teórico-práctico")).isEqualTo(7);
  }
}

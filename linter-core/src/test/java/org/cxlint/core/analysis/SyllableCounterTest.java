package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyllableCounterTest {
  private final SyllableCounter counter = SyllableCounter.get();

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // dictionary words, any case, typographic apostrophes
      "cat|1", "Australian|3", "information|4", "every|3", "agency’s|3", "don't|1",
      // numbers as spoken
      "5|1", "7|2", "42|3", "100|3", "2024|5", "1995|5", "2005|4", "1,500|6", "3.5|3",
      "21st|3", "1990s|4", "0|2",
      // acronyms and initialisms: spelled unless the dictionary reads them as a word
      "CX|2", "FBI|3", "WWW|9", "PDFs|3", "NASA|2", "U.S.|2", "e.g.|2",
      // hyphenated compounds, contractions and possessives outside the dictionary
      "fjord-bank|2", "user-centered|4", "Zorblax's|3", "wordle’s|2",
      // empty and punctuation-only text
      "...|0",
  })
  void countsAsSpoken(String word, int expected) {
    assertThat(counter.count(word)).isEqualTo(expected);
  }

  @Test
  void digitsOfOtherScriptsAreReadLikeTheirValues() {
    // N'Ko, Arabic-Indic and fullwidth digits: found by fuzzing (they once indexed past a table).
    assertThat(counter.count("\u07c1\u07c2")).isEqualTo(counter.count("12"));
    assertThat(counter.count("\u0661\u0669\u0669\u0665")).isEqualTo(counter.count("1995"));
    assertThat(counter.count("\uff14\uff12")).isEqualTo(counter.count("42"));
  }

  @Test
  void fallbackCountsUnknownWordsPlausibly() {
    assertThat(counter.fallback("cwm")).isEqualTo(1);
    assertThat(counter.fallback("vext")).isEqualTo(1);
    assertThat(counter.fallback("blorptastic")).isEqualTo(3);
    assertThat(counter.fallback("unsubscribe")).isEqualTo(3);
    assertThat(counter.fallback("onboarding")).isEqualTo(3);
    assertThat(counter.fallback("cake")).isEqualTo(1);
    assertThat(counter.fallback("table")).isEqualTo(2);
  }
}

package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Oracle rows: counts (syllables, words, sentences) and the scores the published formulas give
 * for them, worked by hand. Constants: Fernández Huerta (1959) as corrected by G. Law (LINGUIST
 * List 22.2332, 2011) and given by legible.es, 206.84 − 60 Syl/W − 1.02 W/S; Szigriszt Pazos
 * (1993), 206.835 − 62.3 Syl/W − W/S; INFLESZ bands from Barrio-Cantalejo et al., An. Sist.
 * Sanit. Navar. 31(2), 2008.
 */
class SpanishReadabilityTest {
  @ParameterizedTest(name = "{0} syllables, {1} words, {2} sentences")
  @CsvSource({
      // "El perro come. La casa es grande.": 11 syllables, 7 words, 2 sentences.
      // FH = 206.84 - 60*11/7 - 1.02*3.5 = 206.84 - 94.2857 - 3.57 = 108.9843
      // SP = 206.835 - 62.3*11/7 - 3.5 = 206.835 - 97.9 - 3.5 = 105.435
      "11, 7, 2, 108.9843, 105.4350, muy fácil",
      // 100 words, 200 syllables, 5 sentences (2 syllables a word, 20 words a sentence):
      // FH = 206.84 - 120 - 20.4 = 66.44; SP = 206.835 - 124.6 - 20 = 62.235
      "200, 100, 5, 66.4400, 62.2350, normal",
      // 100 words, 230 syllables, 4 sentences: FH = 206.84 - 138 - 25.5 = 43.34;
      // SP = 206.835 - 143.29 - 25 = 38.545
      "230, 100, 4, 43.3400, 38.5450, muy difícil",
      // 12 words, 18 syllables, 3 sentences (the oracle of a public PHP test suite):
      // FH = 206.84 - 90 - 4.08 = 112.76; SP = 206.835 - 93.45 - 4 = 109.385
      "18, 12, 3, 112.7600, 109.3850, muy fácil",
      // 50 words, 110 syllables, 2 sentences: FH = 206.84 - 132 - 25.5 = 49.34;
      // SP = 206.835 - 137.06 - 25 = 44.775
      "110, 50, 2, 49.3400, 44.7750, algo difícil",
      // 60 words, 114 syllables, 5 sentences: FH = 206.84 - 114 - 12.24 = 80.6;
      // SP = 206.835 - 118.37 - 12 = 76.465
      "114, 60, 5, 80.6000, 76.4650, bastante fácil"})
  void publishedConstants(int syllables, int words, int sentences, double fh, double sp,
      String inflesz) {
    SpanishMetrics m = SpanishReadability.of(words, sentences, syllables);
    assertThat(m.fernandezHuerta()).isCloseTo(fh, within(1e-4));
    assertThat(m.szigrisztPazos()).isCloseTo(sp, within(1e-4));
    assertThat(m.inflesz()).isEqualTo(inflesz);
  }

  @Test
  void inflezBands() {
    assertThat(SpanishReadability.inflesz(39.9)).isEqualTo("muy difícil");
    assertThat(SpanishReadability.inflesz(40)).isEqualTo("algo difícil");
    assertThat(SpanishReadability.inflesz(55)).isEqualTo("normal");
    assertThat(SpanishReadability.inflesz(65)).isEqualTo("bastante fácil");
    assertThat(SpanishReadability.inflesz(80)).isEqualTo("muy fácil");
    assertThat(SpanishReadability.inflesz(Double.NaN)).isNull();
  }

  @Test
  void aSpanishPageGetsSpanishMetricsFromItsOwnCounts() {
    ContentDocument d = Parsers.parse(SourceFile.of("p.html",
        "<html lang=\"es\"><body><p>El perro come. La casa es grande.</p></body></html>"),
        Format.HTML);
    Metrics m = ReadabilityScores.document(d);
    assertThat(m.spanish()).isNotNull();
    assertThat(m.spanish().words()).isEqualTo(7);
    assertThat(m.spanish().sentences()).isEqualTo(2);
    assertThat(m.spanish().syllables()).isEqualTo(11);
    assertThat(m.spanish().fernandezHuerta()).isCloseTo(108.9843, within(1e-4));
  }

  @Test
  void anEnglishPageHasNoSpanishMetrics() {
    ContentDocument d = Parsers.parse(SourceFile.of("p.html",
        "<html lang=\"en\"><body><p>The dog eats. The house is big.</p></body></html>"),
        Format.HTML);
    assertThat(ReadabilityScores.document(d).spanish()).isNull();
  }

  @Test
  void spanishSentencesKnowAbbreviationsAndInvertedMarks() {
    ContentDocument d = Parsers.parse(SourceFile.of("p.html",
        "<html lang=\"es\"><body><p>La Sra. López vive en EE. UU. desde 2010. ¿Puede votar?"
            + " ¡Sí! Llame al Sr. Pérez. Vive en EE. UU. Los formularios están en línea.</p>"
            + "</body></html>"), Format.HTML);
    List<String> s = TextAnalysis.of(d).sentences().stream().map(Sentence::text).toList();
    assertThat(s).containsExactly("La Sra. López vive en EE. UU. desde 2010.", "¿Puede votar?",
        "¡Sí!", "Llame al Sr. Pérez.", "Vive en EE. UU.", "Los formularios están en línea.");
  }
}

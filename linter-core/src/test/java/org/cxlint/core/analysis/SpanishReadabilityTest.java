package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spanish readability against its published constants and published worked examples.
 *
 * <p>{@code /analysis/spanish-readability-oracle.tsv} holds the published rows, each with its
 * source and licence in the file's header: counts and scores printed by esTS (two texts, copied
 * under MIT), Lorca (one text, MIT), textstat/scireadability (counts derived, text not copied)
 * and ReadSight. Each row is
 * a formula oracle (published counts in, published scores out, to 1e-9 where the source prints
 * full doubles and to 0.5 where it rounds to a whole number); rows whose text is copied are also an end-to-end oracle (cxlint's sentence
 * splitter and syllable counter on the text must give the published counts exactly, and the
 * published distribution of words by syllable count).
 *
 * <p>The {@code constantsWorkedByHand} rows are arithmetic checks of the same constants, worked
 * by hand for this project (not published), chosen to land in every INFLESZ band. Constants:
 * Fernández Huerta (1959) as corrected by G. Law (LINGUIST List 22.2332, 2011) and given by
 * legible.es, 206.84 − 60 Syl/W − 1.02 W/S; Szigriszt Pazos (1993), 206.835 − 62.3 Syl/W − W/S;
 * INFLESZ bands from Barrio-Cantalejo et al., An. Sist. Sanit. Navar. 31(2), 2008.
 */
class SpanishReadabilityTest {
  /** Szigriszt-Pazos's published constant, which cxlint uses. */
  private static final double SZIGRISZT_BASE = 206.835;

  /** One row of spanish-readability-oracle.tsv ("-" fields are null). */
  record Published(String id, int words, int sentences, int syllables, Double fernandezHuerta,
      Double szigrisztPazos, double szigrisztBase, double precision, String inflesz,
      Map<Integer, Integer> byCount, String text) {
    @Override
    public String toString() {
      return id;
    }
  }

  static List<Published> published() throws IOException {
    List<Published> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        SpanishReadabilityTest.class.getResourceAsStream(
            "/analysis/spanish-readability-oracle.tsv"), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("columns of %s", line).hasSize(11);
        rows.add(new Published(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), number(f[4]), number(f[5]), Double.parseDouble(f[6]),
            Double.parseDouble(f[7]), dash(f[8]), distribution(f[9]), dash(f[10])));
      }
    }
    return rows;
  }

  static Stream<Published> publishedTexts() throws IOException {
    return published().stream().filter(p -> p.text() != null);
  }

  private static String dash(String s) {
    return "-".equals(s) ? null : s;
  }

  private static Double number(String s) {
    return "-".equals(s) ? null : Double.valueOf(s);
  }

  private static Map<Integer, Integer> distribution(String s) {
    if ("-".equals(s)) {
      return null;
    }
    Map<Integer, Integer> m = new TreeMap<>();
    for (String pair : s.split(",")) {
      String[] kv = pair.split(":");
      m.put(Integer.parseInt(kv[0]), Integer.parseInt(kv[1]));
    }
    return m;
  }

  @Test
  void theOracleFileHasPublishedRowsFromMoreThanOneSource() throws IOException {
    List<Published> rows = published();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
    assertThat(rows).filteredOn(p -> p.text() != null).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rows).allSatisfy(p -> assertThat(p.precision()).isBetween(0.0, 0.5));
  }

  /** Formula oracle: the published counts give the published scores. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("published")
  void publishedCountsGiveThePublishedScores(Published p) {
    assertScores(p, SpanishReadability.of(p.words(), p.sentences(), p.syllables()));
  }

  private static void assertScores(Published p, SpanishMetrics m) {
    if (p.fernandezHuerta() != null) {
      assertThat(m.fernandezHuerta()).as("Fernández Huerta")
          .isCloseTo(p.fernandezHuerta(), within(p.precision()));
    }
    if (p.szigrisztPazos() != null) {
      // A source that used another constant differs from Szigriszt's formula by exactly that.
      assertThat(m.szigrisztPazos() + (p.szigrisztBase() - SZIGRISZT_BASE)).as("Szigriszt-Pazos")
          .isCloseTo(p.szigrisztPazos(), within(p.precision()));
    }
    if (p.inflesz() != null) {
      assertThat(m.inflesz()).as("INFLESZ").isEqualToIgnoringCase(p.inflesz());
    }
  }

  /**
   * End-to-end oracle: on a published text, cxlint's own splitter and syllable counter give the
   * published counts exactly, word by word, and so the published scores.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedTexts")
  void publishedTextsGiveThePublishedCountsAndScores(Published p) {
    ContentDocument d = Parsers.parse(SourceFile.of(p.id() + ".html",
        "<html lang=\"es\"><body><p>" + p.text() + "</p></body></html>"), Format.HTML);
    SpanishMetrics m = ReadabilityScores.document(d).spanish();
    assertThat(m).isNotNull();
    assertThat(m.words()).as("words").isEqualTo(p.words());
    assertThat(m.sentences()).as("sentences").isEqualTo(p.sentences());
    assertThat(m.syllables()).as("syllables").isEqualTo(p.syllables());
    if (p.byCount() != null) {
      Map<Integer, Integer> byCount = new TreeMap<>();
      for (Sentence s : TextAnalysis.of(d).sentences()) {
        for (Token t : s.words()) {
          byCount.merge(SpanishSyllables.count(t.text()), 1, Integer::sum);
        }
      }
      assertThat(byCount).as("words by syllable count").isEqualTo(p.byCount());
    }
    assertScores(p, m);
  }

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
      // 50 words, 110 syllables, 2 sentences: FH = 206.84 - 132 - 25.5 = 49.34;
      // SP = 206.835 - 137.06 - 25 = 44.775
      "110, 50, 2, 49.3400, 44.7750, algo difícil",
      // 60 words, 114 syllables, 5 sentences: FH = 206.84 - 114 - 12.24 = 80.6;
      // SP = 206.835 - 118.37 - 12 = 76.465
      "114, 60, 5, 80.6000, 76.4650, bastante fácil"})
  void constantsWorkedByHand(int syllables, int words, int sentences, double fh, double sp,
      String inflesz) {
    SpanishMetrics m = SpanishReadability.of(words, sentences, syllables);
    assertThat(m.fernandezHuerta()).isCloseTo(fh, within(1e-4));
    assertThat(m.szigrisztPazos()).isCloseTo(sp, within(1e-4));
    assertThat(m.inflesz()).isEqualTo(inflesz);
  }

  /**
   * The INFLESZ bands at their edges. Barrio-Cantalejo et al. (2008) print the bands as 0-40,
   * 40-55, 55-65, 65-80, 80-100; a score on an edge belongs to the easier band, as in esTS's
   * published test (tests/test_readability_stats.py, test_flesch_reading_easy_to_level: 80 muy
   * fácil, 79.9 bastante fácil, 65 bastante fácil, 55 normal, 54.9 algo difícil, 40 algo difícil,
   * 39.9 muy difícil).
   */
  @Test
  void inflezBands() {
    assertThat(SpanishReadability.inflesz(-10)).isEqualTo("muy difícil");
    assertThat(SpanishReadability.inflesz(39.9)).isEqualTo("muy difícil");
    assertThat(SpanishReadability.inflesz(40)).isEqualTo("algo difícil");
    assertThat(SpanishReadability.inflesz(54.9)).isEqualTo("algo difícil");
    assertThat(SpanishReadability.inflesz(55)).isEqualTo("normal");
    assertThat(SpanishReadability.inflesz(64.9)).isEqualTo("normal");
    assertThat(SpanishReadability.inflesz(65)).isEqualTo("bastante fácil");
    assertThat(SpanishReadability.inflesz(79.9)).isEqualTo("bastante fácil");
    assertThat(SpanishReadability.inflesz(80)).isEqualTo("muy fácil");
    assertThat(SpanishReadability.inflesz(120)).isEqualTo("muy fácil");
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

  @Test
  void anInstructionAfterEeUuStartsASentence() {
    // USA.gov: "… del Gobierno federal de EE. UU. Encuentre direcciones …" is two sentences;
    // a name after "EE. UU." is not ("las leyes de EE. UU. Medicare …" stays one).
    ContentDocument d = Parsers.parse(SourceFile.of("p.html",
        "<html lang=\"es\"><body><p>Obtenga información de agencias del Gobierno de EE. UU."
            + " Encuentre direcciones de sitios web. Vea los planes de EE. UU. Medicare cubre"
            + " más.</p></body></html>"), Format.HTML);
    List<String> s = TextAnalysis.of(d).sentences().stream().map(Sentence::text).toList();
    assertThat(s).containsExactly("Obtenga información de agencias del Gobierno de EE. UU.",
        "Encuentre direcciones de sitios web.",
        "Vea los planes de EE. UU. Medicare cubre más.");
  }
}

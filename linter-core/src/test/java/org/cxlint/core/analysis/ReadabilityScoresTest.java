package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores against published values: readability-reference.tsv is a copy of the project's oracle
 * (each row names its source; counts are the published ones where given).
 */
class ReadabilityScoresTest {
  record Row(String id, String text, Integer words, Integer sentences, Integer syllables,
      Integer letters, String metric, double expected, double tolerance) {
    @Override
    public String toString() {
      return id + " " + metric;
    }
  }

  static Stream<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    try (InputStream in = ReadabilityScoresTest.class.getResourceAsStream("readability-reference.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t", -1);
        out.add(new Row(f[0], f[1], num(f[2]), num(f[3]), num(f[4]), num(f[5]), f[6],
            Double.parseDouble(f[7]), Double.parseDouble(f[8])));
      }
    }
    return out.stream();
  }

  private static Integer num(String s) {
    return s.isBlank() ? null : Integer.valueOf(s.trim());
  }

  private static double metric(Metrics m, String name) {
    return switch (name) {
      case "fleschReadingEase" -> m.fleschReadingEase();
      case "fleschKincaidGrade" -> m.fleschKincaidGrade();
      case "colemanLiauIndex" -> m.colemanLiauIndex();
      case "automatedReadabilityIndex" -> m.automatedReadabilityIndex();
      case "gunningFog" -> m.gunningFog();
      case "smogIndex" -> m.smogIndex();
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static TextCounts analyze(String text) {
    ContentDocument doc = Parsers.parse(SourceFile.of("a.txt", text), Format.TEXT);
    return ReadabilityScores.counts(TextAnalysis.of(doc).sentences());
  }

  /** The formulas, fed the published counts (ours where a count is not published). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void formulasGiveThePublishedValue(Row row) {
    TextCounts ours = analyze(row.text());
    TextCounts c = new TextCounts(
        row.words() != null ? row.words() : ours.words(),
        row.sentences() != null ? row.sentences() : ours.sentences(),
        row.syllables() != null ? row.syllables() : ours.syllables(),
        row.letters() != null ? row.letters() : ours.letters(), 0, 0);
    assertThat(metric(ReadabilityScores.of(c), row.metric()))
        .isCloseTo(row.expected(), within(row.tolerance()));
  }

  /** Our own counting of the text agrees with every published count and the value. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void ourCountsMatchThePublishedOnes(Row row) {
    TextCounts c = analyze(row.text());
    if (row.words() != null) {
      assertThat(c.words()).as("words").isEqualTo(row.words());
    }
    if (row.sentences() != null) {
      assertThat(c.sentences()).as("sentences").isEqualTo(row.sentences());
    }
    if (row.syllables() != null) {
      assertThat(c.syllables()).as("syllables").isEqualTo(row.syllables());
    }
    if (row.letters() != null) {
      assertThat(c.letters()).as("letters").isEqualTo(row.letters());
    }
    assertThat(metric(ReadabilityScores.of(c), row.metric()))
        .isCloseTo(row.expected(), within(row.tolerance()));
  }

  @Test
  void fogAndSmogUseTheirConstants() {
    Metrics m = ReadabilityScores.of(new TextCounts(100, 5, 150, 450, 10, 12));
    assertThat(m.gunningFog()).isCloseTo(0.4 * (20 + 10), within(1e-12));
    assertThat(m.smogIndex()).isCloseTo(1.0430 * Math.sqrt(12 * 30.0 / 5) + 3.1291, within(1e-12));
    assertThat(m.colemanLiauIndex()).isCloseTo(0.0588 * 450 - 0.296 * 5 - 15.8, within(1e-12));
  }

  @Test
  void noWordsMeansNoScore() {
    assertThat(ReadabilityScores.of(TextCounts.ZERO).fleschKincaidGrade()).isNaN();
  }

  @Test
  void pageAndSectionScoresCountBodyProseOnly() {
    ContentDocument doc = Parsers.parse(SourceFile.of("a.txt",
        "- The cat sat on the mat.\n\nThe dog sat too. It was glad."), Format.TEXT);
    Metrics page = ReadabilityScores.document(doc);
    assertThat(page.words()).isEqualTo(13);
    assertThat(page.sentences()).isEqualTo(3);
    List<SectionMetrics> sections = ReadabilityScores.sections(doc);
    assertThat(sections).hasSize(1);
    assertThat(sections.get(0).heading()).isNull();
    assertThat(sections.get(0).line()).isEqualTo(1);
    assertThat(sections.get(0).metrics()).isEqualTo(page);
  }

  @Test
  void complexWordsFollowGunning() {
    TextCounts c = analyze("Everybody understands the Department; nobody appreciated processes"
        + " or businesses.");
    // CMUdict: Everybody 4, understands 3, Department 3, nobody 3, appreciated 5, processes 3,
    // businesses 3: seven polysyllables. Complex: Everybody, understands, nobody, appreciated
    // (4 without -ed); not Department (a proper noun here), processes and businesses (2 without
    // their -es).
    assertThat(c.complexWords()).isEqualTo(4);
    assertThat(c.polysyllables()).isEqualTo(7);
  }
}

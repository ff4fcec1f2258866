package org.cxlint.core.analysis;

/**
 * Readability figures for a document or a section, with the counts behind them. Scores use the
 * published constants and no rounding of intermediate values; a score is {@code Double.NaN}
 * when its formula is undefined for the counts (no words, no sentences).
 *
 * <p>The English scores are computed on all the scored prose, as before; {@code spanish} holds
 * the Spanish scores of the Spanish prose, or is null when there is none.
 */
public record Metrics(
    int words,
    int sentences,
    int syllables,
    int letters,
    int complexWords,
    int polysyllables,
    double fleschReadingEase,
    double fleschKincaidGrade,
    double gunningFog,
    double smogIndex,
    double colemanLiauIndex,
    double automatedReadabilityIndex,
    SpanishMetrics spanish) {

  /** English scores only (no Spanish prose). */
  public Metrics(int words, int sentences, int syllables, int letters, int complexWords,
      int polysyllables, double fleschReadingEase, double fleschKincaidGrade, double gunningFog,
      double smogIndex, double colemanLiauIndex, double automatedReadabilityIndex) {
    this(words, sentences, syllables, letters, complexWords, polysyllables, fleschReadingEase,
        fleschKincaidGrade, gunningFog, smogIndex, colemanLiauIndex, automatedReadabilityIndex,
        null);
  }

  /** These scores with the Spanish figures added. */
  public Metrics withSpanish(SpanishMetrics s) {
    return new Metrics(words, sentences, syllables, letters, complexWords, polysyllables,
        fleschReadingEase, fleschKincaidGrade, gunningFog, smogIndex, colemanLiauIndex,
        automatedReadabilityIndex, s);
  }
}

package org.cxlint.core.analysis;

/**
 * Readability figures for a document or a section, with the counts behind them. Scores use the
 * published constants and no rounding of intermediate values; a score is {@code Double.NaN}
 * when its formula is undefined for the counts (no words, no sentences).
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
    double automatedReadabilityIndex) {}

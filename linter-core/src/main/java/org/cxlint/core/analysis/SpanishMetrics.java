package org.cxlint.core.analysis;

/**
 * Spanish readability figures for the Spanish prose of a page or section (see
 * {@link SpanishReadability}).
 *
 * @param words words of the Spanish body prose
 * @param sentences its sentences
 * @param syllables its syllables, by Spanish rules ({@link SpanishSyllables})
 * @param fernandezHuerta Fernández Huerta's lecturabilidad (higher is easier; NaN when undefined)
 * @param szigrisztPazos Szigriszt-Pazos's perspicuidad, read on the INFLESZ scale
 */
public record SpanishMetrics(int words, int sentences, int syllables, double fernandezHuerta,
    double szigrisztPazos) {

  /** The INFLESZ grade ("normal", "algo difícil" …), or null when the score is undefined. */
  public String inflesz() {
    return SpanishReadability.inflesz(szigrisztPazos);
  }
}

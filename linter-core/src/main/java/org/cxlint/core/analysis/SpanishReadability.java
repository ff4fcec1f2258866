package org.cxlint.core.analysis;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;

/**
 * Spanish readability: the two Spanish adaptations of Flesch's Reading Ease, with the published
 * constants and no rounding of intermediate values, and the INFLESZ scale that reads them.
 *
 * <ul>
 *   <li>Fernández Huerta (1959), "Medidas sencillas de lecturabilidad", <i>Consigna</i> 214:
 *       L = 206.84 − 0.60 P − 1.02 F, with P the syllables per 100 words and F the words per
 *       sentence, that is 206.84 − 60 Syl/W − 1.02 W/S. (The formula is often copied with F as
 *       "sentences per 100 words", which makes shorter sentences score harder; Gwillim Law,
 *       LINGUIST List 22.2332, 2011, showed the error; legible.es gives the corrected form.)
 *   <li>Szigriszt Pazos (1993), <i>Sistemas predictivos de legibilidad del mensaje escrito:
 *       fórmula de perspicuidad</i>, thesis, Universidad Complutense: P = 206.835 − 62.3 Syl/W
 *       − W/S.
 *   <li>INFLESZ (Barrio-Cantalejo et al. 2008, "Validación de la Escala INFLESZ para evaluar
 *       la legibilidad de los textos dirigidos a pacientes", <i>An. Sist. Sanit. Navar.</i>
 *       31(2): 135–152) reads the Szigriszt-Pazos score: under 40 muy difícil, 40–55 algo
 *       difícil, 55–65 normal, 65–80 bastante fácil, 80 and over muy fácil.
 * </ul>
 *
 * <p>Words and sentences come from the shared analysis (the Spanish sentence splitter knows
 * "Sr.", "EE. UU.", ¿ and ¡); syllables from {@link SpanishSyllables}. What is scored is what the
 * English scores take: body prose, without units that list linked resources.
 */
public final class SpanishReadability {
  private SpanishReadability() {}

  /** Spanish scores for these counts (NaN scores when there are no words or sentences). */
  public static SpanishMetrics of(int words, int sentences, int syllables) {
    if (words == 0 || sentences == 0) {
      return new SpanishMetrics(words, sentences, syllables, Double.NaN, Double.NaN);
    }
    double sylPerWord = (double) syllables / words;
    double wordsPerSentence = (double) words / sentences;
    double fh = 206.84 - 60.0 * sylPerWord - 1.02 * wordsPerSentence;
    double sp = 206.835 - 62.3 * sylPerWord - wordsPerSentence;
    return new SpanishMetrics(words, sentences, syllables, fh, sp);
  }

  /** The INFLESZ grade of a Szigriszt-Pazos score, or null when the score is undefined. */
  public static String inflesz(double szigrisztPazos) {
    if (!Double.isFinite(szigrisztPazos)) {
      return null;
    }
    if (szigrisztPazos < 40) {
      return "muy difícil";
    }
    if (szigrisztPazos < 55) {
      return "algo difícil";
    }
    if (szigrisztPazos < 65) {
      return "normal";
    }
    if (szigrisztPazos < 80) {
      return "bastante fácil";
    }
    return "muy fácil";
  }

  /** Spanish syllables of a sentence's words. */
  public static int syllables(Sentence sentence) {
    int s = 0;
    for (Token t : sentence.words()) {
      s += SpanishSyllables.count(t.text());
    }
    return s;
  }

  /** Spanish scores of these sentences. */
  public static SpanishMetrics ofSentences(List<Sentence> sentences) {
    int words = 0;
    int syllables = 0;
    for (Sentence s : sentences) {
      words += s.wordCount();
      syllables += syllables(s);
    }
    return of(words, sentences.size(), syllables);
  }

  /**
   * Spanish scores of the scored Spanish prose among {@code units}, or null when there is none.
   */
  public static SpanishMetrics of(ContentDocument document, List<Prose> units) {
    TextAnalysis analysis = TextAnalysis.of(document);
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    boolean any = false;
    for (Prose p : units) {
      TextAnalysis.Unit u = analysis.unit(p);
      if (!"es".equals(p.language()) || !ReadabilityScores.isScored(p) || u == null
          || u.linkListing()) {
        continue;
      }
      any = true;
      for (Sentence s : u.sentences()) {
        words += s.wordCount();
        sentences++;
        syllables += syllables(s);
      }
    }
    return any && words > 0 ? of(words, sentences, syllables) : null;
  }
}

package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Prose;

/**
 * The six readability formulas with their published constants, no rounding of intermediate
 * values, and the counts behind them, for a page and for each of its sections.
 *
 * <ul>
 *   <li>Flesch Reading Ease (Flesch 1948): 206.835 − 1.015 W/S − 84.6 Syl/W
 *   <li>Flesch–Kincaid Grade (Kincaid et al. 1975): 0.39 W/S + 11.8 Syl/W − 15.59
 *   <li>Gunning Fog (Gunning 1952): 0.4 (W/S + 100 Complex/W)
 *   <li>SMOG (McLaughlin 1969, as a formula): 1.0430 √(Poly × 30/S) + 3.1291
 *   <li>Coleman–Liau (1975): 0.0588 L − 0.296 S′ − 15.8, L letters and S′ sentences per 100
 *       words
 *   <li>Automated Readability Index (Smith &amp; Senter 1967): 4.71 Chars/W + 0.5 W/S − 21.43
 * </ul>
 *
 * A score is {@code NaN} when there are no words or no sentences.
 *
 * <p>What is scored: the body prose (paragraphs, list items, block quotes), except units that
 * list linked resources (citations: see {@link TextAnalysis.Unit#linkListing()}).
 * Headings and table cells are labels and fragments that would make any page look easy;
 * front-matter fields are scored on their own by the rules.
 *
 * <p>Numbers count as words, with their syllables as read aloud ("1948" is four), as Flesch's
 * own counting instructions say; see {@link SyllableCounter}.
 */
public final class ReadabilityScores {
  private ReadabilityScores() {}

  /** All six scores for these counts. */
  public static Metrics of(TextCounts c) {
    double w = c.words();
    double s = c.sentences();
    if (c.words() == 0 || c.sentences() == 0) {
      return new Metrics(c.words(), c.sentences(), c.syllables(), c.letters(), c.complexWords(),
          c.polysyllables(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN);
    }
    double wordsPerSentence = w / s;
    double syllablesPerWord = c.syllables() / w;
    double fre = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    double fk = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    double fog = 0.4 * (wordsPerSentence + 100.0 * c.complexWords() / w);
    double smog = 1.0430 * Math.sqrt(c.polysyllables() * (30.0 / s)) + 3.1291;
    double l = c.letters() / w * 100.0;
    double sPer100 = s / w * 100.0;
    double cli = 0.0588 * l - 0.296 * sPer100 - 15.8;
    double ari = 4.71 * (c.letters() / w) + 0.5 * wordsPerSentence - 21.43;
    return new Metrics(c.words(), c.sentences(), c.syllables(), c.letters(), c.complexWords(),
        c.polysyllables(), fre, fk, fog, smog, cli, ari);
  }

  /** Whether a unit counts towards page and section scores (body prose only). */
  public static boolean isScored(Prose prose) {
    return prose.kind() == Prose.Kind.PARAGRAPH || prose.kind() == Prose.Kind.LIST_ITEM
        || prose.kind() == Prose.Kind.BLOCKQUOTE;
  }

  /** Counts of the given sentences. */
  public static TextCounts counts(List<Sentence> sentences) {
    TextCounts c = TextCounts.ZERO;
    for (Sentence s : sentences) {
      c = c.plus(s.counts());
    }
    return c;
  }

  /** Counts of the scored prose among {@code units}. */
  public static TextCounts countsOf(ContentDocument document, List<Prose> units) {
    TextAnalysis analysis = TextAnalysis.of(document);
    TextCounts c = TextCounts.ZERO;
    for (Prose p : units) {
      TextAnalysis.Unit u = analysis.unit(p);
      if (isScored(p) && u != null && !u.linkListing()) {
        c = c.plus(counts(u.sentences()));
      }
    }
    return c;
  }

  /** The page's scores (computed once per document). */
  public static Metrics document(ContentDocument document) {
    return document.derived(PageMetrics.class,
        d -> new PageMetrics(withSpanish(of(countsOf(d, d.prose())), d, d.prose()))).metrics();
  }

  /** Scores per section: the part before the first h2 (if it has prose), then each h2. */
  public static List<SectionMetrics> sections(ContentDocument document) {
    return document.derived(SectionMetricsList.class, d -> {
      List<SectionMetrics> out = new ArrayList<>();
      for (ContentDocument.Section s : d.sections()) {
        Heading h = s.heading();
        if (h == null && s.prose().stream().noneMatch(ReadabilityScores::isScored)) {
          continue;
        }
        int offset = h != null ? h.span().start()
            : s.prose().isEmpty() ? 0 : s.prose().get(0).span().start();
        out.add(new SectionMetrics(h == null ? null : h.text(), d.source().line(offset),
            withSpanish(of(countsOf(d, s.prose())), d, s.prose())));
      }
      return new SectionMetricsList(List.copyOf(out));
    }).sections();
  }

  /** Adds the Spanish scores when {@code units} hold Spanish prose. */
  private static Metrics withSpanish(Metrics m, ContentDocument d, List<Prose> units) {
    SpanishMetrics es = SpanishReadability.of(d, units);
    return es == null ? m : m.withSpanish(es);
  }

  private record PageMetrics(Metrics metrics) {}

  private record SectionMetricsList(List<SectionMetrics> sections) {}
}

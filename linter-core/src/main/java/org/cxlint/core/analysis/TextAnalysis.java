package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;

/**
 * Sentences and words of every prose unit of a document, computed once per document on first
 * use and shared by every rule ({@code TextAnalysis.of(document)}). Part-of-speech tags are
 * computed later still, per sentence, only when a rule asks for {@link Token#pos()}.
 */
public final class TextAnalysis {
  private final List<Unit> units;
  private final Map<Prose, List<Sentence>> byProse;

  private TextAnalysis(List<Unit> units) {
    this.units = List.copyOf(units);
    this.byProse = new IdentityHashMap<>();
    for (Unit u : units) {
      byProse.put(u.prose(), u.sentences());
    }
  }

  /** One prose unit and its sentences (at least one when the unit has any text). */
  public record Unit(Prose prose, List<Sentence> sentences) {}

  /** The analysis of {@code document}, computed on first call and then reused. */
  public static TextAnalysis of(ContentDocument document) {
    return document.derived(TextAnalysis.class, TextAnalysis::analyze);
  }

  private static TextAnalysis analyze(ContentDocument document) {
    String source = document.source().text();
    List<Unit> units = new ArrayList<>(document.prose().size());
    for (Prose p : document.prose()) {
      units.add(new Unit(p, analyze(p, source)));
    }
    return new TextAnalysis(units);
  }

  /** Sentences of one prose unit; {@code source} is the text its offsets point into. */
  public static List<Sentence> analyze(Prose prose, String source) {
    List<Sentence> out = new ArrayList<>();
    for (int[] r : SentenceSplitter.split(prose, source)) {
      out.add(new Sentence(prose, r[0], r[1]));
    }
    return List.copyOf(out);
  }

  /** Every unit, in document order. */
  public List<Unit> units() {
    return units;
  }

  /** The sentences of one of this document's prose units (empty for a unit not in it). */
  public List<Sentence> sentences(Prose prose) {
    return byProse.getOrDefault(prose, List.of());
  }

  /** Every sentence of the document, in order. */
  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (Unit u : units) {
      all.addAll(u.sentences());
    }
    return all;
  }
}

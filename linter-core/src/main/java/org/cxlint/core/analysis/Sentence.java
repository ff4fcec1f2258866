package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;

/**
 * One sentence of a prose unit. A sentence never crosses a unit: a heading, a list item, a
 * table cell or a front-matter field is at least one sentence of its own, punctuated or not.
 * Positions are indices into {@link Prose#text()}; {@link #span()} maps them to the source.
 */
public final class Sentence {
  private final Prose prose;
  private final int start;
  private final int end;
  private final List<Token> tokens;
  private final List<Token> words;
  private volatile String[] posTags;
  private volatile TextCounts counts;

  Sentence(Prose prose, int start, int end) {
    this.prose = prose;
    this.start = start;
    this.end = end;
    List<Token> all = new ArrayList<>();
    WordTokenizer.tokenize(prose.text(), start, end, (s, e) ->
        all.add(new Token(this, all.size(), s, e, prose.text().substring(s, e))));
    this.tokens = Collections.unmodifiableList(all);
    List<Token> w = new ArrayList<>(all.size());
    for (Token t : all) {
      if (t.isWord()) {
        w.add(t);
      }
    }
    this.words = Collections.unmodifiableList(w); // a loop: a cold stream per sentence costs start-up
  }

  /** The prose unit this sentence is part of. */
  public Prose prose() {
    return prose;
  }

  /** The sentence's text (a slice of the unit's text, trimmed). */
  public String text() {
    return prose.text().substring(start, end);
  }

  /** Start index in the unit's text. */
  public int start() {
    return start;
  }

  /** End index (exclusive) in the unit's text. */
  public int end() {
    return end;
  }

  /** The sentence's span in the source file, from its first to its last character. */
  public Span span() {
    return prose.sourceSpan(start, end);
  }

  /** The source span of {@code text().substring(from, to)}, indices relative to this sentence. */
  public Span span(int from, int to) {
    return prose.sourceSpan(start + from, start + to);
  }

  /** Words and punctuation, in order. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Only the word tokens (see {@link Token#isWord()}), in order. */
  public List<Token> words() {
    return words;
  }

  /** Number of words, as readability formulas count them. */
  public int wordCount() {
    return words.size();
  }

  /** Words, syllables, letters and complex words of this sentence (computed once). */
  public TextCounts counts() {
    TextCounts c = counts;
    if (c == null) {
      c = TextCounts.of(this);
      counts = c;
    }
    return c;
  }

  /** This sentence's own Flesch–Kincaid grade (what hard-sentence judges). */
  public double grade() {
    return ReadabilityScores.of(counts()).fleschKincaidGrade();
  }

  /**
   * Part-of-speech tags for {@link #tokens()}, computed on first call (thread safe; the work
   * may rarely be done twice by racing threads, with the same result).
   */
  String[] posTags() {
    String[] tags = posTags;
    if (tags == null) {
      tags = PartOfSpeechTagger.tag(tokens);
      posTags = tags;
    }
    return tags;
  }

  @Override
  public String toString() {
    return text();
  }
}

package org.cxlint.core.analysis;

import java.util.Locale;
import org.cxlint.core.model.Span;

/**
 * A token of a {@link Sentence}: a word as a reader sees it ("don't", "agency's", "U.S.",
 * "e-mail", "1,000", "3.5") or one punctuation mark. Positions are indices into the prose
 * unit's text; {@link #span()} maps them to the source.
 *
 * <p>The part-of-speech tag ({@link #pos()}) is computed on first use, for the whole sentence
 * at once, so rules that never ask for tags never load the tagging model.
 */
public final class Token {
  private final Sentence sentence;
  private final int index;
  private final int start;
  private final int end;
  private final String text;
  private final String lower;
  private final boolean word;

  Token(Sentence sentence, int index, int start, int end, String text) {
    this.sentence = sentence;
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = normalize(text);
    this.word = hasLetterOrDigit(text);
  }

  /** Lowercase with typographic apostrophes made plain, for matching against word lists. */
  static String normalize(String text) {
    return text.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The sentence this token belongs to. */
  public Sentence sentence() {
    return sentence;
  }

  /** Position of this token in {@link Sentence#tokens()}. */
  public int index() {
    return index;
  }

  /** The token as written. */
  public String text() {
    return text;
  }

  /** Lowercase form (typographic apostrophes as ASCII '), a cheap stand-in for a lemma. */
  public String lower() {
    return lower;
  }

  /** True for words and numbers (anything with a letter or digit); false for punctuation. */
  public boolean isWord() {
    return word;
  }

  /** Start index in the prose unit's text. */
  public int start() {
    return start;
  }

  /** End index (exclusive) in the prose unit's text. */
  public int end() {
    return end;
  }

  /** The token's span in the source file. */
  public Span span() {
    return sentence.prose().sourceSpan(start, end);
  }

  /**
   * The Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, ADJ, ADV, ADP, PRON, DET,
   * PROPN, NUM, PUNCT, CCONJ, SCONJ, PART, INTJ, SYM, X). For a word with a clitic ("isn't",
   * "agency's") it is the tag of the main part ("is", "agency").
   */
  public String pos() {
    return sentence.posTags()[index];
  }

  /** True when the whole word is capital letters (two or more), like an acronym: "CX", "FOIA". */
  public boolean isAllCaps() {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  @Override
  public String toString() {
    return text;
  }
}

package org.cxlint.core.analysis;

/**
 * The counts behind the readability formulas, for a sentence or any run of sentences.
 *
 * @param words word tokens (numbers included; see {@link Token#isWord()})
 * @param sentences sentences
 * @param syllables syllables of all words (see {@link SyllableCounter})
 * @param letters letters and digits of all words (what Coleman–Liau and ARI count)
 * @param complexWords Gunning's complex words: three or more syllables, not counting proper
 *     nouns (capitalized other than first in the sentence), acronyms, numbers, hyphenated
 *     compounds, nor words whose third syllable is only an "-es", "-ed" or "-ing" ending
 * @param polysyllables words of three or more syllables, all of them (what SMOG counts)
 */
public record TextCounts(
    int words, int sentences, int syllables, int letters, int complexWords, int polysyllables) {
  public static final TextCounts ZERO = new TextCounts(0, 0, 0, 0, 0, 0);

  public TextCounts plus(TextCounts o) {
    return new TextCounts(words + o.words, sentences + o.sentences, syllables + o.syllables,
        letters + o.letters, complexWords + o.complexWords, polysyllables + o.polysyllables);
  }

  /** Counts of one sentence (one sentence, its words). */
  static TextCounts of(Sentence sentence) {
    SyllableCounter counter = SyllableCounter.get();
    int syllables = 0;
    int letters = 0;
    int complex = 0;
    int poly = 0;
    boolean first = true;
    for (Token t : sentence.words()) {
      String text = t.text();
      int s = counter.count(text);
      syllables += s;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          letters++;
        }
      }
      if (s >= 3) {
        poly++;
        if (isComplex(text, s, first)) {
          complex++;
        }
      }
      first = false;
    }
    return new TextCounts(sentence.wordCount(), 1, syllables, letters, complex, poly);
  }

  private static boolean isComplex(String text, int syllables, boolean firstInSentence) {
    char c0 = text.charAt(0);
    if (Character.isDigit(c0) || text.indexOf('-') >= 0) {
      return false;
    }
    if (Character.isUpperCase(c0) && !firstInSentence) {
      return false; // a proper noun (or an acronym)
    }
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return false; // an acronym at the start of a sentence
    }
    String lower = Token.normalize(text);
    int ending = 0;
    if (lower.endsWith("ing")) {
      ending = 1;
    } else if (lower.endsWith("ted") || lower.endsWith("ded")) {
      ending = 1;
    } else if (lower.endsWith("es") && lower.length() > 3) {
      String stem = lower.substring(0, lower.length() - 2);
      if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
          || stem.endsWith("sh") || stem.endsWith("c") || stem.endsWith("g")) {
        ending = 1;
      }
    }
    return syllables - ending >= 3;
  }
}

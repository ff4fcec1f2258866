package org.cxlint.rules.readability;

import java.util.List;
import org.cxlint.core.analysis.Sentence;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * A paragraph (or list item or block quote) over {@code maxWords} words or {@code maxSentences}
 * sentences, reported on the paragraph from its first to its last word.
 */
public final class ParagraphLengthRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("paragraph-length")
      .category(Category.READABILITY)
      .severity(Severity.INFO)
      .summary("A paragraph over 150 words or 8 sentences.")
      .rationale("Long paragraphs look dense and are skipped, above all on a phone screen. "
          + "Short paragraphs, each on one topic, let people scan for what they need.")
      .guidance("https://www.plainlanguage.gov/guidelines/concise/write-short-paragraphs/",
          "https://digital.gov/resources/how-to-write-for-the-web/")
      .options(
          OptionSpec.integer("maxWords", 150, "Most words in one paragraph."),
          OptionSpec.integer("maxSentences", 8, "Most sentences in one paragraph."))
      .fixable(false)
      .examples("(one paragraph of 12 sentences covering eligibility, documents, deadlines "
              + "and appeals)",
          "(four short paragraphs under the headings Eligibility, Documents, Deadlines and "
              + "Appeals)")
      .languages("en", "es")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    int maxWords = context.options().integer("maxWords");
    int maxSentences = context.options().integer("maxSentences");
    TextAnalysis analysis = TextAnalysis.of(document);
    for (TextAnalysis.Unit u : analysis.units()) {
      Prose.Kind kind = u.prose().kind();
      if (kind != Prose.Kind.PARAGRAPH && kind != Prose.Kind.LIST_ITEM
          && kind != Prose.Kind.BLOCKQUOTE || u.linkListing()) {
        continue;
      }
      List<Sentence> sentences = u.sentences();
      int words = sentences.stream().mapToInt(Sentence::wordCount).sum();
      boolean tooManyWords = words > maxWords;
      boolean tooManySentences = sentences.size() > maxSentences;
      if (!tooManyWords && !tooManySentences) {
        continue;
      }
      String what = tooManyWords && tooManySentences
          ? words + " words in " + sentences.size() + " sentences (limits: " + maxWords
              + " words, " + maxSentences + " sentences)"
          : tooManyWords ? words + " words (limit: " + maxWords + ")"
              : sentences.size() + " sentences (limit: " + maxSentences + ")";
      context.report(
          u.prose().sourceSpan(sentences.get(0).start(), sentences.get(sentences.size() - 1).end()),
          "This paragraph has " + what + ". Long blocks of text are hard to scan.",
          "Break it into shorter paragraphs with one topic each, or turn a series into a list.");
    }
  }
}

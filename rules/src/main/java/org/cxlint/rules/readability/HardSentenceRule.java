package org.cxlint.rules.readability;

import org.cxlint.core.AsciiFormat;
import org.cxlint.core.analysis.Sentence;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * A sentence whose own Flesch–Kincaid grade is very high ({@code grade}, default 14) — long
 * and full of long words, what the Hemingway editor marks "very hard to read". Short sentences
 * (under {@code minWords}, default 14) are skipped: one long word would make a 5-word sentence
 * score grade 15.
 */
public final class HardSentenceRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("hard-sentence")
      .category(Category.READABILITY)
      .severity(Severity.INFO)
      .summary("A sentence whose own grade level is very high: hard to read.")
      .rationale("A sentence that is both long and packed with long words is where readers "
          + "give up. Scoring each sentence on its own points at the ones to rewrite first, "
          + "where a page score only says that some are hard.")
      .guidance("https://www.plainlanguage.gov/guidelines/concise/write-short-sentences/",
          "https://www.plainlanguage.gov/guidelines/words/use-simple-words-phrases/",
          "https://hemingwayapp.com/help/docs/readability")
      .options(
          OptionSpec.number("grade", 14, "Lowest Flesch–Kincaid grade reported."),
          OptionSpec.integer("minWords", 14, "Shorter sentences are not scored."),
          OptionSpec.integer("maxWords", 25, "Longer sentences are left to sentence-length "
              + "(whose default limit this is), so that one sentence gets one finding; 0 "
              + "scores every sentence. On digital.gov 16,781 of 19,823 sentence-length "
              + "findings fell on sentences this rule also reported."))
      .fixable(false)
      .examples("Comprehensive documentation substantiating organizational eligibility "
              + "determinations must accompany all applications that are submitted "
              + "electronically to the agency.",
          "Send documents that show your organization is eligible with your online application.")
      .languages("en")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void prepare() {
    SyllableCounter.preload(); // the dictionary: the first sentence's grade would wait for it
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    double limit = context.options().number("grade");
    int minWords = context.options().integer("minWords");
    int maxWords = context.options().integer("maxWords");
    for (Sentence s : TextAnalysis.of(document).sentences()) {
      if (s.wordCount() < minWords || (maxWords > 0 && s.wordCount() > maxWords)
          || TextAnalysis.of(document).unit(s.prose()).linkListing()) {
        continue;
      }
      double grade = s.grade();
      if (grade >= limit) {
        context.report(s.span(), AsciiFormat.format(
            "Hard to read: this %d-word sentence scores grade %.1f (Flesch–Kincaid), with %.2f "
                + "syllables per word.",
            s.wordCount(), grade, (double) s.counts().syllables() / s.wordCount()),
            "Split it, and use shorter, everyday words.");
      }
    }
  }
}

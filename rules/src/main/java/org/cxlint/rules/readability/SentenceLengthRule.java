package org.cxlint.rules.readability;

import org.cxlint.core.analysis.Sentence;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * A sentence longer than {@code max} words (info), or than {@code warningMax} words (warning),
 * reported on the whole sentence. Headings, list items, table cells and front-matter fields
 * are sentences of their own, so a run of short items never adds up to one long sentence.
 */
public final class SentenceLengthRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("sentence-length")
      .category(Category.READABILITY)
      .severity(Severity.INFO)
      .summary("A sentence longer than the limit (default: info above 25 words, warning above 40).")
      .rationale("Long sentences make readers hold many ideas at once; comprehension falls "
          + "sharply past 25 words or so. The Federal Plain Language Guidelines ask for short "
          + "sentences that each express one idea; mix lengths, but keep the average near 20.")
      .guidance("https://www.plainlanguage.gov/guidelines/concise/write-short-sentences/",
          "https://digital.gov/resources/plain-language-web-writing-tips/")
      .options(
          OptionSpec.integer("max", 25, "Longest sentence in words before an info finding."),
          OptionSpec.integer("warningMax", 40,
              "Longest sentence in words before the finding is a warning."))
      .fixable(false)
      .examples("If you are a veteran, or the spouse or dependent of a veteran, and you have "
              + "not yet applied for the benefits described on this page, you can submit an "
              + "application online, by mail, or in person at any regional office.",
          "Veterans and their families can apply for these benefits. Apply online, by mail, or "
              + "at any regional office.")
      .languages("en", "es")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    int max = context.options().integer("max");
    int warningMax = context.options().integer("warningMax");
    for (Sentence s : TextAnalysis.of(document).sentences()) {
      if (TextAnalysis.of(document).unit(s.prose()).linkListing()) {
        continue; // a resource title the writer did not choose
      }
      int words = s.wordCount();
      if (words <= max && words <= warningMax) {
        continue;
      }
      boolean veryLong = words > warningMax;
      int limit = words > max ? max : warningMax;
      context.report(s.span(), veryLong ? Severity.WARNING : null,
          "This sentence has " + words + " words, " + (veryLong ? "far " : "")
              + "more than the limit of " + limit + ". Long sentences are hard to follow.",
          "Split it into shorter sentences with one idea each, or cut words that add nothing.");
    }
  }
}

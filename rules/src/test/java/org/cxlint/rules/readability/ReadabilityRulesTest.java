package org.cxlint.rules.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class ReadabilityRulesTest {
  private static String words(int n) {
    StringBuilder sb = new StringBuilder("We");
    for (int i = 1; i < n; i++) {
      sb.append(i % 7 == 0 ? " and" : " go");
    }
    return sb.append('.').toString();
  }

  private static final String HARD = "Comprehensive documentation substantiating organizational"
      + " eligibility determinations must accompany all applications that are submitted"
      + " electronically to the agency.";

  @Test
  void sentenceLengthInfoAboveMaxWarningAboveWarningMax() {
    String s26 = words(26);
    String s41 = words(41);
    RuleTester.of(new SentenceLengthRule())
        .valid("a.txt", words(25) + " " + words(10))
        .invalid("a.txt", "Short one. " + s26,
            Expect.at(1, 12, "26 words").endColumn(12 + s26.length()).severity(Severity.INFO))
        .invalid("a.txt", s41, Expect.at(1, 1, "41 words, far more than the limit of 25")
            .severity(Severity.WARNING).suggestion("Split it"));
    RuleTester.of(new SentenceLengthRule()).options(Map.of("max", 10))
        .invalid("a.txt", words(11), Expect.at(1, 1, "more than the limit of 10"));
  }

  @Test
  void listItemsAreSentencesOfTheirOwn() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      list.append("- an item of seven words each here\n");
    }
    RuleTester.of(new SentenceLengthRule()).valid("a.txt", list.toString());
  }

  @Test
  void hardSentenceNeedsLengthAndAHighGrade() {
    RuleTester.of(new HardSentenceRule())
        .invalid("a.txt", "Read this. " + HARD,
            Expect.at(1, 12, "Hard to read: this 17-word sentence scores grade")
                .endColumn(12 + HARD.length()))
        .valid("a.txt", "Comprehensive documentation substantiating eligibility is required.")
        .valid("a.txt", words(30));
  }

  @Test
  void aLongHardSentenceIsLeftToSentenceLength() {
    String longHard = HARD.substring(0, HARD.length() - 1)
        + " through the secure portal that the department maintains for organizational applicants.";
    RuleTester.of(new HardSentenceRule()).valid("a.txt", longHard);
    RuleTester.of(new SentenceLengthRule())
        .invalid("a.txt", longHard, Expect.at(1, 1, "28 words"));
    RuleTester.of(new HardSentenceRule()).options(Map.of("maxWords", 0))
        .invalid("a.txt", longHard, Expect.at(1, 1, "Hard to read: this 28-word sentence"));
  }

  @Test
  void paragraphLengthCountsWordsAndSentences() {
    String nine = String.join(" ", java.util.Collections.nCopies(9, "We go now."));
    RuleTester.of(new ParagraphLengthRule())
        .valid("a.txt", String.join(" ", java.util.Collections.nCopies(8, "We go now.")))
        .invalid("a.txt", "Intro.\n\n" + nine,
            Expect.at(3, 1, "9 sentences (limit: 8)").endColumn(nine.length() + 1))
        .invalid("a.txt", words(151), Expect.at(1, 1, "151 words (limit: 150)"));
  }

  @Test
  void readabilityGradeReportsThePageWithScoreAndCounts() {
    String hard = String.join(" ", java.util.Collections.nCopies(8, HARD));
    List<Finding> f = RuleTester.of(new ReadabilityGradeRule()).findings("a.txt", hard);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).startsWith("This page reads at grade ")
        .contains("(Flesch–Kincaid), above the target of 8: 136 words in 8 sentences, 17.0 words"
            + " per sentence");
    assertThat(f.get(0).line()).isEqualTo(1);
    assertThat(f.get(0).endColumn()).isEqualTo(HARD.length() + 1);
    RuleTester.of(new ReadabilityGradeRule())
        .valid("a.txt", String.join(" ", java.util.Collections.nCopies(30, "The cat sat on the mat.")))
        .valid("a.txt", HARD)
        .options(Map.of("minWords", 10))
        .invalid("a.txt", HARD, Expect.at(1, 1, "grade"));
    RuleTester.of(new ReadabilityGradeRule()).options(Map.of("target", 31))
        .valid("a.txt", hard);
    RuleTester.of(new ReadabilityGradeRule()).options(Map.of("formula", "smog"))
        .invalid("a.txt", hard, Expect.at(1, 1, "(SMOG)"));
  }

  @Test
  void readabilityGradeReportsEachHardSectionAtItsHeading() {
    String easy = String.join(" ", java.util.Collections.nCopies(5, "The cat sat on the mat."));
    String hard = String.join(" ", java.util.Collections.nCopies(8, HARD));
    String md = "---\ntitle: Grants\nsummary: " + HARD + "\n---\n\n" + easy + "\n\n## Easy part\n\n"
        + easy + "\n\n## Eligibility rules\n\n" + hard + "\n\n- [A report with a long and"
        + " complicated organizational title](https://x.gov/r.pdf) (PDF, 2 MB)\n";
    RuleTester.of(new ReadabilityGradeRule())
        .invalid("a.md", md,
            Expect.at(2, 8, "This page reads at grade").endColumn(14),
            Expect.at(3, 10, "The summary reads at grade").suggestion("one or two short sentences"),
            Expect.at(12, 4, "The section “Eligibility rules” reads at grade")
                .endColumn(21));
    RuleTester.of(new ReadabilityGradeRule()).options(Map.of("sections", false))
        .invalid("a.md", md, Expect.at(2, 8, "This page"), Expect.at(3, 10, "The summary"));
  }

  @Test
  void sentenceRulesSkipListedResources() {
    String item = "- [The CX Cookbook: A Collection of Key Ingredients and Recipes for Embedding"
        + " Customer Experience in Federal Services and Programs Across the Whole Government"
        + " of the United States](https://x.gov/c.pdf) (PDF, 1.8 MB, 34 pages) – Veterans Affairs\n";
    RuleTester.of(new SentenceLengthRule()).valid("a.md", item);
    RuleTester.of(new HardSentenceRule()).valid("a.md", item);
  }

  @Test
  void englishOnlyRulesNeverReportOnSpanishProse() {
    String page = "org/cxlint/rules/readability/english-rules-es.html";
    for (org.cxlint.core.rule.Rule rule : List.of(new HardSentenceRule(),
        new ReadabilityGradeRule(), new org.cxlint.rules.language.PassiveVoiceRule(),
        new org.cxlint.rules.language.ShallRule())) {
      assertThat(rule.meta().languages()).containsExactly("en");
      RuleTester.of(rule).fixture(page);
    }
    // The same sentence in an English paragraph is reported.
    RuleTester.of(new HardSentenceRule()).invalid("a.html",
        "<html lang=\"es\"><body><p lang=\"en\">" + HARD + "</p></body></html>",
        Expect.at(1, 36, "Hard to read"));
  }
}

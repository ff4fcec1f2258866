package org.cxlint.rules.readability;

import java.util.List;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.ReadabilityScores;
import org.cxlint.core.analysis.Sentence;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.analysis.TextCounts;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * A page, a section (each h2) or a front-matter summary that reads above the target grade. The
 * page is reported at its title (the front-matter title, else the first heading, else its first
 * words), each section at its heading, with the score and the counts behind it. Text too short
 * to score meaningfully (under {@code minWords}) is skipped: grade formulas were built on
 * samples of 100 words or more and swing wildly on a few sentences.
 */
public final class ReadabilityGradeRule implements Rule {
  private static final String FIX = "Split long sentences and prefer short, everyday words.";

  private static final RuleMeta META = RuleMeta.builder("readability-grade")
      .category(Category.READABILITY)
      .severity(Severity.WARNING)
      .summary("A page or section above the target grade level (default 8).")
      .rationale("Most adults in the United States read comfortably at about an 8th-grade "
          + "level, and everyone, experts included, reads plain text faster and understands "
          + "more of it. A grade score counts two things that make text hard: long sentences "
          + "and long words. It cannot judge meaning, so treat it as a signal to look again, "
          + "not as a target to game.")
      .guidance("https://www.plainlanguage.gov/guidelines/concise/",
          "https://www.plainlanguage.gov/guidelines/words/use-simple-words-phrases/",
          "https://digital.gov/resources/plain-language-web-writing-tips/",
          "https://www.w3.org/WAI/WCAG22/Understanding/reading-level.html")
      .wcag("3.1.5 Reading Level, Level AAA")
      .options(
          OptionSpec.number("target", 8, "The highest acceptable grade level."),
          OptionSpec.oneOf("formula", "flesch-kincaid", GradeFormula.ids(),
              "Which grade formula to judge by."),
          OptionSpec.integer("minWords", 100,
              "Pages and sections with fewer words are not scored (too short to mean much)."),
          OptionSpec.integer("summaryMinWords", 12,
              "A front-matter summary or description with fewer words is not scored."),
          OptionSpec.bool("sections", true, "Also score each h2 section on its own."))
      .fixable(false)
      .examples("## Eligibility\n\nIndividuals who are desirous of obtaining assistance are "
              + "required to demonstrate, through the submission of appropriate documentation, "
              + "that their household income does not exceed the applicable threshold "
              + "established pursuant to program regulations. ...",
          "## Who can get help\n\nYou can get help if your household income is below the "
              + "limit. Send us a pay stub or a tax return to show your income. ...")
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
    double target = context.options().number("target");
    GradeFormula formula = GradeFormula.of(context.options().string("formula"));
    int minWords = context.options().integer("minWords");
    Metrics page = ReadabilityScores.document(document);
    if (page.words() >= minWords && formula.grade(page) > target) {
      context.report(pageStart(document), message("This page", formula, page, target), FIX);
    }
    if (context.options().bool("sections")) {
      List<ContentDocument.Section> sections = document.sections();
      boolean split = sections.stream().anyMatch(s -> s.heading() != null);
      for (ContentDocument.Section s : sections) {
        if (!split) {
          break;
        }
        Metrics m = ReadabilityScores.of(ReadabilityScores.countsOf(document, s.prose()));
        if (m.words() < minWords || !(formula.grade(m) > target)) {
          continue;
        }
        Heading h = s.heading();
        if (h != null) {
          context.report(h.textSpan() != null ? h.textSpan() : h.span(),
              message("The section “" + h.text() + "”", formula, m, target), FIX);
        } else {
          Prose first = s.prose().stream().filter(ReadabilityScores::isScored).findFirst()
              .orElse(s.prose().get(0));
          context.report(firstSentence(document, first),
              message("The introduction (before the first section)", formula, m, target), FIX);
        }
      }
    }
    int summaryMin = context.options().integer("summaryMinWords");
    TextAnalysis analysis = TextAnalysis.of(document);
    for (Prose p : document.prose()) {
      if (p.kind() != Prose.Kind.FRONT_MATTER
          || !("summary".equals(p.field()) || "description".equals(p.field()))) {
        continue;
      }
      TextCounts c = ReadabilityScores.counts(analysis.sentences(p));
      Metrics m = ReadabilityScores.of(c);
      if (c.words() >= summaryMin && formula.grade(m) > target) {
        context.report(p.sourceSpan(0, p.text().length()),
            message("The " + p.field(), formula, m, target),
            "Say what the page offers in one or two short sentences with everyday words.");
      }
    }
  }

  private static String message(String what, GradeFormula formula, Metrics m, double target) {
    return AsciiFormat.format(
        "%s reads at grade %.1f (%s), above the target of %s: %d words in %d sentence%s, "
            + "%.1f words per sentence, %.2f syllables per word.",
        what, formula.grade(m), formula.label(), fmt(target), m.words(), m.sentences(),
        m.sentences() == 1 ? "" : "s",
        (double) m.words() / m.sentences(), (double) m.syllables() / m.words());
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** The front-matter title, else the first heading, else the first line of prose. */
  private static Span pageStart(ContentDocument document) {
    for (Prose p : document.prose()) {
      if (p.kind() == Prose.Kind.FRONT_MATTER && "title".equals(p.field()) && !p.text().isEmpty()) {
        return p.sourceSpan(0, p.text().length());
      }
    }
    if (!document.headings().isEmpty()) {
      Heading h = document.headings().get(0);
      return h.textSpan() != null ? h.textSpan() : h.span();
    }
    for (Prose p : document.prose()) {
      if (!p.text().isEmpty()) {
        return firstSentence(document, p);
      }
    }
    return new Span(0, 0);
  }

  /** The unit's first sentence (the unit when it has none). */
  private static Span firstSentence(ContentDocument document, Prose p) {
    List<Sentence> sentences = TextAnalysis.of(document).sentences(p);
    return sentences.isEmpty() ? p.span() : sentences.get(0).span();
  }
}

package org.cxlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.FilePipeline;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.Source;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

/** The lint-and-fix loop: passes until stable, and no fix that makes a new finding. */
class FixLoopTest {
  /** Reports {@code word} with a safe fix writing {@code replacement}. */
  record Swap(String id, String word, String replacement) implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder(id).category(Category.LANGUAGE).summary("Swaps.").fixable(true)
          .build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      String text = document.source().text();
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        Span at = new Span(i, i + word.length());
        context.report(at, null, "Write " + replacement + ".", null,
            List.of(Fix.replacing(at, replacement)));
      }
    }
  }

  /** Reports a line of more than three words. */
  record LongLine() implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("long-line").category(Category.READABILITY).summary("Long.")
          .build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      String text = document.source().text();
      int start = 0;
      for (String line : text.split("\n", -1)) {
        int words = line.isBlank() ? 0 : line.trim().split(" +").length;
        if (words > 3) {
          context.report(new Span(start, start + line.length()),
              "This line has " + words + " words.", null);
        }
        start += line.length() + 1;
      }
    }
  }

  private static FixApplier.Result fix(String text, Rule... rules) {
    FilePipeline pipeline = new FilePipeline(Config.defaults(RuleRegistry.of(List.of(rules))),
        LinterSettings.defaults().withThreads(1));
    Source source = Source.text(null, "a.txt", text);
    return new FixApplier(pipeline, null).fix(source, pipeline.lint(source));
  }

  @Test
  void repeatsUntilNothingChanges() {
    // aaa -> bb, then bb -> c: two passes
    FixApplier.Result r = fix("x aaa y\n", new Swap("one", "aaa", "bb"),
        new Swap("two", "bb", "c"));
    assertThat(r.text()).isEqualTo("x c y\n");
    assertThat(r.passes()).isEqualTo(2);
    assertThat(r.fixesByRule()).containsEntry("one", 1).containsEntry("two", 1);
    assertThat(r.outcome().findings()).isEmpty();
  }

  @Test
  void stopsAfterTenPasses() {
    FixApplier.Result r = fix("a\n", new Swap("grow", "a", "aa"));
    assertThat(r.passes()).isEqualTo(FixApplier.MAX_PASSES);
    assertThat(r.text()).isEqualTo("a".repeat(1 << FixApplier.MAX_PASSES) + "\n");
  }

  @Test
  void aFixThatWouldMakeANewFindingIsHeldBack() {
    // On line 1 the fix makes four words (a new long-line finding); on line 2 three.
    FixApplier.Result r = fix("one two aaa\nfour aaa\n", new Swap("split", "aaa", "b b"),
        new LongLine());
    assertThat(r.text()).isEqualTo("one two aaa\nfour b b\n");
    assertThat(r.heldBack()).isEqualTo(1);
    assertThat(r.fixesByRule()).containsEntry("split", 1);
    Finding left = r.outcome().findings().get(0);
    assertThat(left.line()).isEqualTo(1);
    assertThat(left.safeFix()).isNull(); // here it is only a suggestion
    assertThat(left.fixes()).hasSize(1);
  }

  @Test
  void aFindingThatOnlyRestatesItsNumbersIsNotNew() {
    // "has 4 words" becomes "has 5 words": the same finding, so the fix goes ahead.
    FixApplier.Result r = fix("one two three aaa\n", new Swap("split", "aaa", "b b"),
        new LongLine());
    assertThat(r.text()).isEqualTo("one two three b b\n");
    assertThat(r.heldBack()).isZero();
    assertThat(r.outcome().findings()).extracting(Finding::message)
        .containsExactly("This line has 5 words.");
  }

  @Test
  void nothingToFixLeavesTheOutcomeAlone() {
    FixApplier.Result r = fix("plain\n", new Swap("one", "aaa", "b"));
    assertThat(r.changed()).isFalse();
    assertThat(r.passes()).isZero();
    FileOutcome o = r.outcome();
    assertThat(o.findings()).isEmpty();
  }
}

package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file pipeline: one source in, one outcome with everything later stages need. */
class FilePipelineTest {
  @TempDir Path dir;

  /** Reports "utilize" with a fix to "use" and separate advice. */
  private record Utilize(RuleMeta meta) implements Rule {
    Utilize() {
      this(RuleMeta.builder("utilize").category(Category.LANGUAGE).severity(Severity.INFO)
          .summary("utilize").fixable(true).build());
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      String text = document.source().text();
      for (int i = text.indexOf("utilize"); i >= 0; i = text.indexOf("utilize", i + 1)) {
        Span at = new Span(i, i + 7);
        context.report(at, null, "Write “use”.", "Plain words are read faster.",
            List.of(Fix.replacing(at, "use")));
      }
    }
  }

  private FilePipeline pipeline(LinterSettings settings) {
    RuleRegistry registry = RuleRegistry.of(List.of(new Utilize()));
    return new FilePipeline(Config.defaults(registry), settings);
  }

  @Test
  void aFileBecomesAnOutcomeWithFormatOutlineFindingsFixesAndMetrics() throws IOException {
    Path file = Files.writeString(dir.resolve("page.md"),
        "---\ntitle: A page\n---\n# Apply\n\nWe utilize the form. It is short.\n\n## Next\n");
    FileOutcome o = pipeline(LinterSettings.defaults().withMetrics(true))
        .lint(Source.file(file, "page.md", Format.MARKDOWN));
    assertThat(o.error()).isNull();
    assertThat(o.format()).isEqualTo(Format.MARKDOWN);
    assertThat(o.outline().frontMatter()).isEqualTo(new Span(0, 21)); // the fences, not the last line break
    assertThat(o.outline().headings()).extracting(h -> h.level() + " " + h.text())
        .containsExactly("1 Apply", "2 Next");
    Finding f = o.findings().get(0);
    assertThat(f.rule()).isEqualTo("utilize");
    assertThat(f.line()).isEqualTo(6);
    assertThat(f.advice()).isEqualTo("Plain words are read faster.");
    assertThat(f.suggestion()).isEqualTo("Plain words are read faster.");
    assertThat(f.safeFix().edits()).singleElement().satisfies(e -> {
      assertThat(o.source().text().substring(e.start(), e.end())).isEqualTo("utilize");
      assertThat(e.replacement()).isEqualTo("use");
    });
    assertThat(o.metrics().words()).isEqualTo(7);
  }

  @Test
  void textAndBytesWithoutAFileGoThroughTheSamePipeline() {
    FilePipeline p = pipeline(LinterSettings.defaults());
    FileOutcome fromText = p.lint(Source.text(null, "draft", "We utilize it.\n"));
    FileOutcome fromBytes = p.lint(Source.bytes("draft",
        "We utilize it.\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(fromText.format()).isEqualTo(Format.MARKDOWN); // unknown extension: Markdown
    assertThat(fromText.findings()).isEqualTo(fromBytes.findings());
    assertThat(fromText.findings()).hasSize(1);
  }

  @Test
  void aFileOverTheLimitOrMissingIsAnOutcomeWithAnErrorNamingIt() throws IOException {
    Path big = Files.write(dir.resolve("big.txt"), new byte[2 * 1024 * 1024]);
    FilePipeline p = pipeline(LinterSettings.defaults().withMaxFileBytes(1024 * 1024));
    assertThat(p.lint(Source.file(big, "big.txt", Format.TEXT)).error())
        .isEqualTo("cannot lint big.txt: it is 2.0 MB, over the 1.0 MB limit for one file"
            + " (raise it with --max-file-size)");
    assertThat(p.lint(Source.file(dir.resolve("gone.md"), "gone.md", Format.MARKDOWN)).error())
        .isEqualTo("cannot read gone.md: no such file or directory");
  }

  /** Counts the documents it has checked, to see how far linting runs ahead of the sink. */
  private record Counting(RuleMeta meta, AtomicInteger checked) implements Rule {
    @Override
    public void check(ContentDocument document, RuleContext context) {
      checked.incrementAndGet();
    }
  }

  @Test
  void outcomesStreamInPathOrderAndLintingStaysWithinAWindowOfTheSink() throws IOException {
    for (int i = 0; i < 300; i++) {
      Files.writeString(dir.resolve(String.format("p%03d.txt", 299 - i)), "Text " + i + ".\n");
    }
    AtomicInteger checked = new AtomicInteger();
    RuleRegistry registry = RuleRegistry.of(List.of(new Counting(
        RuleMeta.builder("counting").category(Category.CUSTOM).summary("c").build(), checked)));
    Linter linter = new Linter(Config.defaults(registry),
        LinterSettings.defaults().withThreads(2), WarmUp.NONE);
    List<String> seen = new ArrayList<>();
    int[] furthestAhead = {0};
    RunSummary summary = linter.run(linter.finder().find(List.of(dir), dir), o -> {
      seen.add(o.path());
      furthestAhead[0] = Math.max(furthestAhead[0], checked.get() - seen.size());
    }, false);
    assertThat(seen).hasSize(300).isSorted();
    assertThat(summary.files()).isEqualTo(300);
    // With every file started at once this would reach about 300.
    assertThat(furthestAhead[0]).isLessThanOrEqualTo(2 * 8 + 2);
  }
}

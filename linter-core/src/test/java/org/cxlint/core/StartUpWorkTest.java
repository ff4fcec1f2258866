package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up work done ahead of time: {@link WarmUp} and {@link Rule#prepare}. */
class StartUpWorkTest {

  @TempDir Path dir;

  private Linter linter() {
    return linter(WarmUp.NONE);
  }

  private Linter linter(WarmUp warmUp) {
    return new Linter(Config.defaults(FakeRules.registry()), LinterSettings.defaults(), warmUp);
  }

  @Test
  void aNamedFileIsParsedAheadAndTheLinterUsesThatDocument() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "# Title\n\nWe shall go.\n");
    WarmUp warmUp = WarmUp.of(List.of("a.md", "missing.md", ".", "--format", "json"), dir);
    warmUp.run();
    ContentDocument early = warmUp.take(file, "a.md", Files.readAllBytes(file), Format.MARKDOWN);
    assertThat(early).isNotNull();
    LintResult r = linter(warmUp).lint(List.of(Path.of("a.md")), dir);
    assertThat(r.files().get(0).source()).isSameAs(early.source());
    assertThat(r.files().get(0).findings()).hasSize(1);
  }

  @Test
  void aFileChangedSinceTheWarmUpIsParsedAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("b.md"), "# Title\n\nWe go.\n");
    WarmUp warmUp = WarmUp.of(List.of(file.toString()), dir);
    warmUp.run();
    Files.writeString(file, "# Title\n\nWe shall go.\n");
    LintResult r = linter(warmUp).lint(List.of(file), dir);
    assertThat(r.files().get(0).findings()).singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    assertThat(warmUp.take(file, "b.md", Files.readAllBytes(file), Format.MARKDOWN)).isNull();
  }

  @Test
  void aWarmUpNoThreadRunsIsRunByTheLinterInsteadOfHoldingItUp() throws Exception {
    Path file = Files.writeString(dir.resolve("c.txt"), "We shall go.\n");
    WarmUp warmUp = WarmUp.of(List.of("c.txt"), dir); // never handed to a thread
    LintResult r = CompletableFuture.supplyAsync(() -> linter(warmUp).lint(List.of(file), dir))
        .get(10, TimeUnit.SECONDS);
    assertThat(r.files().get(0).findings()).hasSize(1);
    assertThat(r.files().get(0).source()).isSameAs(
        warmUp.take(file, "c.txt", Files.readAllBytes(file), Format.TEXT).source());
  }

  @Test
  void directoriesAndLongListsAreNotWarmedUpAndNothingWaits() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= WarmUp.MAX_FILES; i++) {
      Files.writeString(dir.resolve(i + ".md"), "x\n");
      many.add(i + ".md");
    }
    assertThat(WarmUp.of(many, dir)).isSameAs(WarmUp.NONE);
    assertThat(WarmUp.of(List.of("."), dir)).isSameAs(WarmUp.NONE);
    assertThat(CompletableFuture.supplyAsync(() -> linter().lintText("a.txt", "shall\n"))
        .get(10, TimeUnit.SECONDS).files()).hasSize(1);
  }

  /** Records its prepare calls; prepare blocks until released, to show it is off the caller. */
  private record Preparing(RuleMeta meta, ConcurrentLinkedQueue<String> calls,
      CountDownLatch release) implements Rule {
    @Override
    public void check(ContentDocument document, RuleContext context) {}

    @Override
    public void prepare() {
      calls.add(meta.id() + "@" + Thread.currentThread().getName());
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void enabledRulesArePreparedOnceInTheBackgroundAtTheFirstLintedDocument() throws Exception {
    ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    CountDownLatch release = new CountDownLatch(1);
    Rule on = new Preparing(RuleMeta.builder("on-rule").category(Category.LANGUAGE)
        .summary("On.").build(), calls, release);
    Rule off = new Preparing(RuleMeta.builder("off-rule").category(Category.LANGUAGE)
        .summary("Off.").recommended(false).build(), calls, release);
    RuleRegistry registry = RuleRegistry.of(List.of(on, off));
    Linter linter = new Linter(registry, Config.defaults(registry), LinterSettings.defaults());

    // The caller does not wait for prepare (it is blocked until released).
    linter.lintText("a.txt", "one\n");
    linter.lintText("b.txt", "two\n");
    release.countDown();
    for (int i = 0; i < 100 && calls.isEmpty(); i++) {
      Thread.sleep(20);
    }
    Thread.sleep(100);
    assertThat(calls).containsExactly("on-rule@cxlint-prepare");
  }

  @Test
  void aFailingPrepareIsLeftToCheck() {
    Rule failing = new Rule() {
      private final RuleMeta meta = RuleMeta.builder("failing").category(Category.LANGUAGE)
          .summary("Fails.").build();

      @Override
      public RuleMeta meta() {
        return meta;
      }

      @Override
      public void prepare() {
        throw new IllegalStateException("no table");
      }

      @Override
      public void check(ContentDocument document, RuleContext context) {
        throw new IllegalStateException("no table");
      }
    };
    RuleRegistry registry = RuleRegistry.of(List.of(failing));
    LintResult r = new Linter(registry, Config.defaults(registry), LinterSettings.defaults())
        .lintText("a.txt", "text\n");
    assertThat(r.files().get(0).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("failing").contains("no table"));
  }
}

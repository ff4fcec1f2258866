package org.cxlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.SiteRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with {@code --cache}: unchanged files are not linted again, changed ones are. */
class LinterCacheTest {
  @TempDir Path dir;

  /** Reports "foo" and counts how many documents it was asked to check. */
  static final class CountingRule implements Rule {
    final AtomicInteger checked = new AtomicInteger();

    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("no-foo").category(Category.LANGUAGE).summary("no foo").build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      checked.incrementAndGet();
      for (Prose p : document.prose()) {
        int i = p.text().indexOf("foo");
        if (i >= 0) {
          context.report(p.sourceSpan(i, i + 3), "Avoid “foo”.", "bar");
        }
      }
    }
  }

  /** Site rule: when no page of the run says "privacy", reports it on the first page seen. */
  static final class PrivacySomewhereRule implements SiteRule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("privacy-somewhere").category(Category.LINKS)
          .summary("some page mentions privacy").build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {}

    @Override
    public String facts(ContentDocument document, RuleOptions options) {
      return document.source().text().contains("privacy") ? "privacy" : "-";
    }

    @Override
    public void finish(java.util.List<Observed> files, SiteReport report) {
      boolean mentioned = files.stream().anyMatch(f -> f.facts().equals("privacy"));
      files.stream().map(Observed::path).filter(p -> p.endsWith("a.txt")).findFirst()
          .filter(p -> !mentioned)
          .ifPresent(p -> report.report(p, "No page mentions privacy.", null));
    }
  }

  private LintResult run(CountingRule rule, Path cache, String configYaml) throws Exception {
    Path cfg = dir.resolve(".cxlint.yml");
    Files.writeString(cfg, configYaml);
    RuleRegistry registry = RuleRegistry.of(List.of(rule));
    Config config = Config.load(cfg, registry);
    return new Linter(registry, config, LinterSettings.defaults().withCacheFile(cache))
        .lint(List.of(dir.resolve("content")), dir);
  }

  @Test
  void secondRunOverUnchangedFilesChecksNothingAndGivesTheSameFindings() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.txt"), "one foo here\n");
    Files.writeString(content.resolve("b.txt"), "clean\n");
    Files.writeString(content.resolve("c.txt"), "foo again\n");
    Path cache = dir.resolve("cache");
    CountingRule rule = new CountingRule();

    LintResult first = run(rule, cache, "rules: {no-foo: warning}\n");
    assertThat(rule.checked).hasValue(3);
    assertThat(Files.exists(cache)).isTrue();

    LintResult second = run(rule, cache, "rules: {no-foo: warning}\n");
    assertThat(rule.checked).hasValue(3); // nothing linted again
    assertThat(second.files()).usingRecursiveComparison().ignoringFields("source").isEqualTo(first.files());
    assertThat(second.files().get(0).source().text()).isEqualTo("one foo here\n");

    Files.writeString(content.resolve("b.txt"), "now foo\n");
    LintResult third = run(rule, cache, "rules: {no-foo: warning}\n");
    assertThat(rule.checked).hasValue(4); // only the changed file
    assertThat(third.files().get(1).findings()).hasSize(1);

    run(rule, cache, "rules: {no-foo: error}\n");
    assertThat(rule.checked).hasValue(7); // another config: everything again
  }

  @Test
  void siteFindingsFollowTheWholeRunEvenForFilesTakenFromTheCache() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("a.txt"), "home\n");
    Files.writeString(content.resolve("b.txt"), "about\n");
    Path cache = dir.resolve("cache");
    Path cfg = dir.resolve(".cxlint.yml");
    Files.writeString(cfg, "rules: {privacy-somewhere: warning}\n");
    RuleRegistry registry = RuleRegistry.of(List.of(new PrivacySomewhereRule()));
    Config config = Config.load(cfg, registry);
    java.util.function.Supplier<LintResult> lint = () -> new Linter(registry, config,
        LinterSettings.defaults().withCacheFile(cache)).lint(List.of(content), dir);

    assertThat(lint.get().files().get(0).findings()).hasSize(1);
    assertThat(lint.get().files().get(0).findings()).hasSize(1); // a.txt from the cache

    // Only b.txt changes; a.txt comes from the cache, yet its site finding goes away.
    Files.writeString(content.resolve("b.txt"), "about our privacy policy\n");
    assertThat(lint.get().files().get(0).findings()).isEmpty();

    Files.writeString(content.resolve("b.txt"), "about\n");
    assertThat(lint.get().files().get(0).findings()).hasSize(1);
  }
}

package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRunTest {
  /** Reports once per run, at the first file by path, how many files it saw. */
  static final class CountingRule implements SiteRule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("count-files").category(Category.CUSTOM)
          .severity(Severity.INFO).summary("counts").build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {}

    @Override
    public String facts(ContentDocument document, RuleOptions options) {
      return "seen";
    }

    @Override
    public void finish(List<Observed> files, SiteReport report) {
      report.report(files.get(0).path(), "saw " + files.size() + " files", null);
    }
  }

  @Test
  void siteFindingsLandOnTheirFileAfterEveryFileWasSeen(@TempDir Path dir) throws IOException {
    for (String name : List.of("b.txt", "a.txt", "c.txt", "d.txt")) {
      Files.writeString(dir.resolve(name), "Some text in " + name + ".\n");
    }
    RuleRegistry registry = RuleRegistry.of(List.of(new CountingRule()));
    Linter linter = new Linter(registry, Config.defaults(registry),
        LinterSettings.defaults().withThreads(2).withMetrics(false)
            .withCacheFile(dir.resolve("cache.bin")));
    // The second run starts from a fresh SiteCheck and must see every file although all are
    // cached.
    for (int run = 0; run < 2; run++) {
      LintResult result = linter.lint(List.of(dir), dir);
      List<Finding> all = result.files().stream().flatMap(f -> f.findings().stream()).toList();
      assertThat(all).hasSize(1);
      Finding f = all.get(0);
      assertThat(f.message()).isEqualTo("saw 4 files");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.line()).isEqualTo(1);
      assertThat(f.column()).isEqualTo(1);
      assertThat(result.files().get(0).path()).isEqualTo("a.txt");
      assertThat(result.files().get(0).findings()).containsExactly(f);
    }
  }
}

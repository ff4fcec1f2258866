package org.cxlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
  @TempDir Path dir;

  private static final Finding F = new Finding("link-text", Severity.WARNING, 3, 7, 3, 17,
      "Link text “click here” does not say where the link goes.", null, 40, 50);
  private static final Metrics M = new Metrics(10, 2, 14, 40, 1, 1, 80.5, 4.2, 6.0, Double.NaN, 7.1, 3.3);

  @Test
  void roundTripsFindingsAndMetricsForAnUnchangedKey() throws Exception {
    Path file = dir.resolve(".cxlint-cache");
    String key = ResultCache.key("hello".getBytes(StandardCharsets.UTF_8), "cfg1");
    ResultCache first = ResultCache.open(file, "v1");
    first.store("a.md", new ResultCache.Entry(key, List.of(F), M, List.of(new SectionMetrics("Intro", 5, M))));
    first.store("b.md", new ResultCache.Entry(key, List.of(), null, List.of()));
    first.save(org.cxlint.core.report.TempFiles.NONE);

    ResultCache second = ResultCache.open(file, "v1");
    ResultCache.Entry e = second.lookup("a.md", key);
    assertThat(e).isNotNull();
    assertThat(e.findings()).containsExactly(F);
    assertThat(e.metrics().fleschReadingEase()).isEqualTo(80.5);
    assertThat(e.metrics().smogIndex()).isNaN();
    assertThat(e.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("Intro"));
    // A changed file or a changed per-file config gives another key: no reuse.
    assertThat(second.lookup("a.md", ResultCache.key("hello!".getBytes(StandardCharsets.UTF_8), "cfg1"))).isNull();
    assertThat(second.lookup("a.md", ResultCache.key("hello".getBytes(StandardCharsets.UTF_8), "cfg2"))).isNull();
  }

  @Test
  void anotherRunKeyDropsEverything() throws Exception {
    Path file = dir.resolve("c");
    ResultCache first = ResultCache.open(file, "v1");
    first.store("a.md", new ResultCache.Entry("k", List.of(F), null, List.of()));
    first.save(org.cxlint.core.report.TempFiles.NONE);
    assertThat(ResultCache.open(file, "v2").lookup("a.md", "k")).isNull();
  }

  @Test
  void filesNotSeenInARunDropOutOfTheCache() throws Exception {
    Path file = dir.resolve("c");
    ResultCache first = ResultCache.open(file, "v1");
    first.store("a.md", new ResultCache.Entry("k", List.of(), null, List.of()));
    first.store("gone.md", new ResultCache.Entry("k", List.of(), null, List.of()));
    first.save(org.cxlint.core.report.TempFiles.NONE);
    ResultCache second = ResultCache.open(file, "v1");
    assertThat(second.lookup("a.md", "k")).isNotNull();
    second.save(org.cxlint.core.report.TempFiles.NONE);
    assertThat(ResultCache.open(file, "v1").lookup("gone.md", "k")).isNull();
  }

  @Test
  void aCorruptCacheIsIgnored() throws Exception {
    Path file = dir.resolve("c");
    Files.writeString(file, "{\"format\":1,\"run\":\"v1\",\"files\":{\"a.md\":{\"key\":\"k\",\"findings\":[[1,2");
    ResultCache cache = ResultCache.open(file, "v1");
    assertThat(cache.lookup("a.md", "k")).isNull();
    Files.write(file, new byte[] {0, 1, 2, (byte) 0xff});
    assertThat(ResultCache.open(file, "v1").lookup("a.md", "k")).isNull();
  }
}

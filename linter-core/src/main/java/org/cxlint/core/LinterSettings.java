package org.cxlint.core;

import java.nio.file.Path;

/**
 * How a {@link Linter} runs (not what it checks: that is the config).
 *
 * @param threads worker threads for linting files in parallel (at least 1)
 * @param metrics compute readability metrics for each {@link FileResult} (the HTML and JSON
 *     reports show them; rules compute what they need themselves)
 * @param cacheFile where to keep results of unchanged files between runs, or null for no cache
 *     (reserved for the cache; see the README's "Speed" section)
 */
public record LinterSettings(int threads, boolean metrics, Path cacheFile) {
  public LinterSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /** All cores, no metrics, no cache. */
  public static LinterSettings defaults() {
    return new LinterSettings(Runtime.getRuntime().availableProcessors(), false, null);
  }

  public LinterSettings withThreads(int n) {
    return new LinterSettings(n, metrics, cacheFile);
  }

  public LinterSettings withMetrics(boolean on) {
    return new LinterSettings(threads, on, cacheFile);
  }

  public LinterSettings withCacheFile(Path file) {
    return new LinterSettings(threads, metrics, file);
  }
}

package org.cxlint.core;

import java.nio.file.Path;

/**
 * How a {@link Linter} runs (not what it checks: that is the config).
 *
 * @param threads worker threads for linting files in parallel (at least 1)
 * @param metrics compute readability metrics for each {@link FileOutcome} (the HTML and JSON
 *     reports show them; rules compute what they need themselves)
 * @param cacheFile where to keep results of unchanged files between runs, or null for no cache
 * @param maxFileBytes files larger than this are not linted (a clear error names them), so one
 *     stray dump cannot take the memory a whole-site run needs
 */
public record LinterSettings(int threads, boolean metrics, Path cacheFile, long maxFileBytes) {
  /** The default size limit for one file: 100 times the largest page of the digital.gov corpus, well below trouble. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

  public LinterSettings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive, not " + maxFileBytes);
    }
  }

  /** All cores, no metrics, no cache, the default size limit. */
  public static LinterSettings defaults() {
    return new LinterSettings(Runtime.getRuntime().availableProcessors(), false, null,
        DEFAULT_MAX_FILE_BYTES);
  }

  public LinterSettings withThreads(int n) {
    return new LinterSettings(n, metrics, cacheFile, maxFileBytes);
  }

  public LinterSettings withMetrics(boolean on) {
    return new LinterSettings(threads, on, cacheFile, maxFileBytes);
  }

  public LinterSettings withCacheFile(Path file) {
    return new LinterSettings(threads, metrics, file, maxFileBytes);
  }

  public LinterSettings withMaxFileBytes(long bytes) {
    return new LinterSettings(threads, metrics, cacheFile, bytes);
  }
}

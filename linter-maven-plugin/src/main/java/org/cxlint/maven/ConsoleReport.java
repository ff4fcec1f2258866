package org.cxlint.maven;

import org.apache.maven.plugin.logging.Log;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.report.Visible;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * Prints findings to the Maven log the way the Checkstyle and PMD plugins do, one line each at
 * the log level of its severity: {@code [ERROR] content/a.md:[12,5] (link-text) Link text …}.
 */
final class ConsoleReport {
  private ConsoleReport() {}

  static void findings(LintResult result, Log log) {
    for (FileOutcome file : result.files()) {
      for (Finding f : file.findings()) {
        String line = line(file.path(), f);
        switch (f.severity()) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          default -> log.info(line);
        }
      }
    }
  }

  /** {@code content/a.md:[12,5] (link-text) message Suggestion: …}. */
  static String line(String path, Finding f) {
    StringBuilder s = new StringBuilder()
        .append(path).append(":[").append(f.line()).append(',').append(f.column()).append("] (")
        .append(f.rule()).append(") ").append(f.message());
    if (f.suggestion() != null && !f.suggestion().isBlank()) {
      s.append(" Suggestion: ").append(f.suggestion());
    }
    return Visible.of(s.toString()); // a build log is read at a terminal too
  }

  /** "cxlint checked 12 files: 2 errors, 3 warnings, 1 info." */
  static String summary(LintResult result) {
    return "cxlint checked " + plural(result.files().size(), "file", "files") + ": "
        + plural(result.count(Severity.ERROR), "error", "errors") + ", "
        + plural(result.count(Severity.WARNING), "warning", "warnings") + ", "
        + plural(result.count(Severity.INFO), "info", "infos") + baselined(result) + ".";
  }

  /** "; 84 baselined" when a baseline held findings back. */
  private static String baselined(LintResult result) {
    long n = result.files().stream().mapToLong(f -> f.baselinedCount()).sum();
    return n == 0 ? "" : "; " + n + " baselined (not listed)";
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}

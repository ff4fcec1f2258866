package org.cxlint.core;

import java.util.List;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * The outcome of one run: every file in a deterministic order (sorted by path), and the rules
 * that were enabled (for reporters that describe rules, such as SARIF).
 */
public record LintResult(String toolVersion, List<RuleMeta> rules, List<FileOutcome> files) {
  public LintResult {
    rules = List.copyOf(rules);
    files = List.copyOf(files);
  }

  public long count(Severity severity) {
    return files.stream().mapToLong(f -> f.count(severity)).sum();
  }

  /** Files that could not be linted at all. */
  public List<FileOutcome> failures() {
    return files.stream().filter(f -> f.error() != null).toList();
  }

  /** True when some finding is at or above {@code threshold}; null threshold means never. */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    if (threshold == null) {
      return false;
    }
    return files.stream()
        .flatMap(f -> f.findings().stream())
        .anyMatch(f -> f.severity().atLeast(threshold));
  }
}

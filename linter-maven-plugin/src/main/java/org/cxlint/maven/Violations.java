package org.cxlint.maven;

import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;

/**
 * The findings that count against the build: those at or above the {@code failOn} threshold.
 *
 * @param count how many findings
 * @param files in how many files
 */
record Violations(long count, long files) {
  static Violations of(LintResult result, Severity threshold) {
    long count = 0;
    long files = 0;
    for (var file : result.files()) {
      long inFile = file.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
      count += inFile;
      files += inFile > 0 ? 1 : 0;
    }
    return new Violations(count, files);
  }

  /** True when the build must fail: more violations than allowed, and failing is on. */
  boolean failBuild(int maxAllowed, boolean failOnViolation) {
    return failOnViolation && count > Math.max(0, maxAllowed);
  }
}

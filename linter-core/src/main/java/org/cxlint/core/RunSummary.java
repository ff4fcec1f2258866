package org.cxlint.core;

import org.cxlint.core.rule.Severity;

/**
 * The totals of a run, counted as its outcomes stream past (nothing else is kept).
 *
 * @param files files linted or tried
 * @param failed files that could not be linted
 * @param baselined findings a baseline held back (not in errors, warnings, infos)
 */
public record RunSummary(int files, long errors, long warnings, long infos, int failed,
    long baselined) {
  public static final RunSummary EMPTY = new RunSummary(0, 0, 0, 0, 0, 0);

  /** Totals of a run without a baseline. */
  public RunSummary(int files, long errors, long warnings, long infos, int failed) {
    this(files, errors, warnings, infos, failed, 0);
  }

  /** These totals plus one file's outcome. */
  public RunSummary plus(FileOutcome o) {
    return new RunSummary(files + 1, errors + o.count(Severity.ERROR),
        warnings + o.count(Severity.WARNING), infos + o.count(Severity.INFO),
        failed + (o.error() != null ? 1 : 0), baselined + o.baselinedCount());
  }

  public long count(Severity s) {
    return switch (s) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }

  /** True when some finding is at or above {@code threshold}; a null threshold means never. */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    if (threshold == null) {
      return false;
    }
    return switch (threshold) {
      case ERROR -> errors > 0;
      case WARNING -> errors + warnings > 0;
      case INFO -> errors + warnings + infos > 0;
    };
  }
}

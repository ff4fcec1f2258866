package org.cxlint.cli;

/** The process exit codes DESIGN.md fixes. */
final class ExitCode {
  /** Nothing at or above the --fail-on threshold. */
  static final int CLEAN = 0;
  /** Findings at or above the threshold. */
  static final int FINDINGS = 1;
  /** The run itself failed: bad option, bad config, unreadable input. */
  static final int FAILED = 2;

  private ExitCode() {}
}

package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.RunSummary;

/**
 * Writes a run's outcomes in one format, as they stream in: {@link #open} once, then
 * {@link ReportWriter#file} for each file in path order, then {@link ReportWriter#finish}. A
 * reporter keeps only what its format needs in total (summary counts, an index), never every
 * finding. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.cxlint.core.report.Reporter}) and chosen by {@link #name()}:
 * text, json, sarif, junit, checkstyle, github, html.
 */
public interface Reporter {
  /** The format name used with {@code --format} and {@code --report NAME=FILE}. */
  String name();

  /** Starts a report of one run on {@code out}. */
  ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) throws IOException;

  /**
   * Starts a report of one run on {@code out}, a report file that has {@code folder} beside it
   * for more pages. Formats that are always one file ignore the folder (the default).
   */
  default ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out,
      ReportFolder folder) throws IOException {
    return open(run, settings, out);
  }

  /** Whether the format shows readability metrics, so front ends compute them when it is used. */
  default boolean showsMetrics() {
    return false;
  }

  /** Whether the format shows each file's text, so outcomes held back keep it. */
  default boolean showsText() {
    return false;
  }

  /** Writes a whole collected run (tests, small runs). */
  default void write(LintResult result, ReportSettings settings, OutputStream out)
      throws IOException {
    ReportWriter w = open(new ReportRun(result.toolVersion(), result.rules(),
        result.files().stream().anyMatch(f -> f.baseline() != null)), settings, out);
    RunSummary summary = RunSummary.EMPTY;
    for (FileOutcome f : result.files()) {
      w.file(f);
      summary = summary.plus(f);
    }
    w.finish(summary);
  }
}

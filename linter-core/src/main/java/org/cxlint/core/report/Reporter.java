package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import org.cxlint.core.LintResult;

/**
 * Writes a {@link LintResult} in one format. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.cxlint.core.report.Reporter})
 * and chosen by {@link #name()}: text, json, sarif, junit, checkstyle, github, html.
 */
public interface Reporter {
  /** The format name used with {@code --format} and {@code --report NAME=FILE}. */
  String name();

  void write(LintResult result, ReportSettings settings, OutputStream out) throws IOException;
}

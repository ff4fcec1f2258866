package org.cxlint.core.report;

import java.nio.file.Path;

/**
 * What a reporter may need beyond the result.
 *
 * @param color ANSI colour in text output (only on a terminal, never with NO_COLOR)
 * @param baseDirectory the directory paths are relative to (for repo-relative URIs), or null
 */
public record ReportSettings(boolean color, Path baseDirectory) {
  public static ReportSettings plain() {
    return new ReportSettings(false, null);
  }
}

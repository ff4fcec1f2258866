package org.cxlint.core.report;

import java.nio.file.Path;
import org.cxlint.core.FileOutcome;

/**
 * Paths as CI tools want them: relative to the report's base directory (the repository root),
 * '/'-separated. Falls back to the display path when the file has no place on disk or lies
 * outside the base directory.
 */
final class ReportPaths {
  private ReportPaths() {}

  /** The '/'-separated path of {@code file} relative to the base directory, when it is inside. */
  static String relative(FileOutcome file, ReportSettings settings) {
    Path base = settings == null ? null : settings.baseDirectory();
    Path onDisk = file.source() == null ? null : file.source().path();
    if (base != null && onDisk != null) {
      Path b = base.toAbsolutePath().normalize();
      Path p = onDisk.toAbsolutePath().normalize();
      if (p.startsWith(b)) {
        return b.relativize(p).toString().replace('\\', '/');
      }
    }
    return file.path().replace('\\', '/');
  }
}

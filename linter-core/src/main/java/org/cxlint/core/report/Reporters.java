package org.cxlint.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.RunSummary;

/** Finds reporters by name (through {@link ServiceLoader}) and writes report files safely. */
public final class Reporters {
  private Reporters() {}

  /** The reporter registered under {@code name} (text, json, sarif, …). */
  public static Optional<Reporter> find(String name) {
    for (Reporter r : ServiceLoader.load(Reporter.class, loader())) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Every registered reporter name, sorted. */
  public static Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (Reporter r : ServiceLoader.load(Reporter.class, loader())) {
      names.add(r.name());
    }
    return names;
  }

  private static ClassLoader loader() {
    ClassLoader l = Thread.currentThread().getContextClassLoader();
    return l != null ? l : Reporters.class.getClassLoader();
  }

  /**
   * Writes a report file whole or not at all: into a temporary file next to {@code target},
   * then moved over it in one step. On failure the temporary file is removed and
   * {@code target} is left as it was. Missing parent directories are created. A symbolic link
   * is written through to its target; a directory, device, FIFO or socket is refused (see
   * {@link ReportTarget}).
   */
  public static void writeAtomically(Reporter reporter, LintResult result,
      ReportSettings settings, Path target) throws IOException {
    boolean baseline = result.files().stream().anyMatch(f -> f.baseline() != null);
    FileReport report = FileReport.open(reporter,
        new ReportRun(result.toolVersion(), result.rules(), baseline), settings, target,
        TempFiles.NONE);
    try {
      RunSummary summary = RunSummary.EMPTY;
      for (FileOutcome f : result.files()) {
        report.file(f);
        summary = summary.plus(f);
      }
      report.finish(summary);
    } finally {
      report.discard();
    }
  }
}

package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.cxlint.core.LintResult;

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
   * {@code target} is left as it was. Missing parent directories are created.
   */
  public static void writeAtomically(Reporter reporter, LintResult result,
      ReportSettings settings, Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        reporter.write(result, settings, out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}

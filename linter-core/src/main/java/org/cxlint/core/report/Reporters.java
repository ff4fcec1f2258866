package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    // Not Files.createTempFile: its files are private (0600), and a report is for others to read
    // (a CI artifact, a web server). A new file made here gets the usual permissions (umask).
    Path tmp = null;
    OutputStream stream = null;
    for (int attempt = 0; stream == null; attempt++) {
      tmp = dir.resolve("." + abs.getFileName() + "."
          + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
          + ".tmp");
      try {
        stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
    boolean moved = false;
    try {
      try (OutputStream out = stream) {
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

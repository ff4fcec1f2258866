package org.cxlint.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;

/**
 * A report file written as the run streams, whole or not at all: into a temporary file next to
 * the target, moved over it in one step by {@link #finish}. {@link #discard} removes the
 * temporary file of a report that did not finish (a failed run, an interrupted one), leaving the
 * target as it was.
 */
public final class FileReport implements ReportWriter {
  private final Path target;
  private final Path tmp;
  private final OutputStream stream;
  private final ReportWriter writer;
  private boolean done;

  private FileReport(Path target, Path tmp, OutputStream stream, ReportWriter writer) {
    this.target = target;
    this.tmp = tmp;
    this.stream = stream;
    this.writer = writer;
  }

  /** Starts a report in {@code target}'s directory (created when missing). */
  public static FileReport open(Reporter reporter, ReportRun run, ReportSettings settings,
      Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its files are private (0600), and a report is for others to read
    // (a CI artifact, a web server). A new file made here gets the usual permissions (umask).
    Path tmp = null;
    OutputStream stream = null;
    for (int attempt = 0; stream == null; attempt++) {
      tmp = dir.resolve("." + abs.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
    OutputStream out = new BufferedOutputStream(stream, 1 << 16);
    try {
      return new FileReport(abs, tmp, out, reporter.open(run, settings, out));
    } catch (IOException | RuntimeException e) {
      out.close();
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  public Path target() {
    return target;
  }

  @Override
  public void file(FileOutcome outcome) throws IOException {
    writer.file(outcome);
  }

  /** Ends the report and moves it into place. */
  @Override
  public void finish(RunSummary summary) throws IOException {
    try (OutputStream out = stream) {
      writer.finish(summary);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Removes the temporary file unless the report finished; safe to call more than once. */
  public void discard() {
    if (done) {
      return;
    }
    try {
      stream.close();
    } catch (IOException e) {
      // closing only to delete
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // nothing more to do: a stray temp file is named after its report
    }
  }
}

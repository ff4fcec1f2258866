package org.cxlint.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;

/**
 * A report file written as the run streams, whole or not at all: into a temporary file next to
 * the target (see {@link ReportTarget}), moved over it in one step by {@link #finish}. {@link #discard} removes the
 * temporary file of a report that did not finish (a failed run, an interrupted one), leaving the
 * target as it was.
 */
public final class FileReport implements ReportWriter {
  private final Path target;
  private final Path tmp;
  private final OutputStream stream;
  private final ReportWriter writer;
  private final TempFiles temps;
  private boolean done;

  private FileReport(Path target, Path tmp, OutputStream stream, ReportWriter writer,
      TempFiles temps) {
    this.target = target;
    this.tmp = tmp;
    this.stream = stream;
    this.writer = writer;
    this.temps = temps;
  }

  /**
   * Starts a report at {@code target} (through a symbolic link to the file it names; refused
   * for a directory, device, FIFO or socket), in a temporary file registered with {@code temps}.
   */
  public static FileReport open(Reporter reporter, ReportRun run, ReportSettings settings,
      Path target, TempFiles temps) throws IOException {
    Path file = ReportTarget.resolve(target);
    ReportTarget.Temp tmp = ReportTarget.createTemp(file, temps);
    OutputStream out = new BufferedOutputStream(tmp.stream(), 1 << 16);
    try {
      return new FileReport(file, tmp.path(), out, reporter.open(run, settings, out), temps);
    } catch (IOException | RuntimeException e) {
      out.close();
      ReportTarget.discard(tmp.path(), temps);
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
    ReportTarget.replace(tmp, target, temps);
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
      ReportTarget.discard(tmp, temps);
    } catch (IOException e) {
      // nothing more to do: a stray temp file is named after its report
    }
  }
}

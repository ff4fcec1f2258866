package org.cxlint.core.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;

/**
 * A report file written as the run streams, whole or not at all: into a temporary file next to
 * the target (see {@link ReportTarget}), moved over it in one step by {@link #finish}. {@link #discard} removes the
 * temporary file of a report that did not finish (a failed run, an interrupted one), leaving the
 * target as it was.
 *
 * <p>A reporter may also write pages into a folder beside the target ({@link ReportFolder}):
 * {@code report.html} gets {@code report-pages/}. The pages go into a temporary folder, which
 * {@link #finish} renames into place (replacing the folder of an earlier run) just before the
 * main file; a report that does not finish leaves both as they were. A run whose report needs no
 * folder removes the stale folder of an earlier one. Only a folder that cxlint wrote (it holds the
 * marker file {@value #MARKER}) is ever replaced or removed.
 */
public final class FileReport implements ReportWriter {
  private final Path target;
  private final Path tmp;
  private final OutputStream stream;
  private final ReportWriter writer;
  private final TempFiles temps;
  private final Pages pages;
  private boolean done;

  /** The file in a folder of pages that says cxlint wrote it (and may replace it). */
  static final String MARKER = ".cxlint-pages";

  private FileReport(Path target, Path tmp, OutputStream stream, ReportWriter writer,
      TempFiles temps, Pages pages) {
    this.target = target;
    this.tmp = tmp;
    this.stream = stream;
    this.writer = writer;
    this.temps = temps;
    this.pages = pages;
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
    Pages pages = new Pages(file);
    try {
      return new FileReport(file, tmp.path(), out, reporter.open(run, settings, out, pages),
          temps, pages);
    } catch (IOException | RuntimeException e) {
      out.close();
      ReportTarget.discard(tmp.path(), temps);
      pages.discard();
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
    boolean withPages = pages.used();
    Path old = withPages ? pages.install() : null;
    ReportTarget.replace(tmp, target, temps);
    done = true;
    if (old != null) {
      Pages.delete(old);
    } else if (!withPages && Pages.ours(pages.target())) {
      // The pages of an earlier, larger run: the new report no longer links them.
      Pages.delete(pages.target());
    }
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
    pages.discard();
  }

  /** The folder of pages: made as a temporary folder on first use, renamed into place. */
  private static final class Pages implements ReportFolder {
    private final Path dir;
    private final String mainName;
    private final String name;
    private Path tmp;

    Pages(Path target) {
      this.dir = target.getParent();
      this.mainName = target.getFileName().toString();
      String base = mainName.replaceFirst("(?i)\\.html?$", "");
      this.name = (base.isEmpty() ? mainName : base) + "-pages";
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String mainName() {
      return mainName;
    }

    @Override
    public OutputStream create(String fileName) throws IOException {
      if (fileName.isEmpty() || fileName.startsWith(".") || fileName.contains("/")
          || fileName.contains("\\")) {
        throw new IllegalArgumentException("not a plain file name: " + fileName);
      }
      if (tmp == null) {
        Path made = null;
        for (int attempt = 0; made == null; attempt++) {
          Path p = dir.resolve("." + name + "."
              + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
          try {
            made = Files.createDirectory(p);
          } catch (FileAlreadyExistsException e) {
            if (attempt > 100) {
              throw e;
            }
          }
        }
        Files.writeString(made.resolve(MARKER), "This folder holds the pages of the cxlint report "
            + mainName + ". cxlint replaces it whenever it writes that report again.\n");
        tmp = made;
      }
      return Files.newOutputStream(tmp.resolve(fileName), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    }

    boolean used() {
      return tmp != null;
    }

    Path target() {
      return dir.resolve(name);
    }

    /**
     * Renames the new folder into place; returns the folder of an earlier run it replaced (to be
     * deleted once the main file is in place), or null.
     */
    Path install() throws IOException {
      Path target = target();
      Path old = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!ours(target)) {
          throw new IOException(target + " already exists and cxlint did not write it; move it"
              + " away or give the report another name");
        }
        old = dir.resolve("." + name + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (old != null) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      tmp = null;
      return old;
    }

    void discard() {
      if (tmp != null) {
        delete(tmp);
        tmp = null;
      }
    }

    /** A real folder (not a link) holding the marker: one cxlint wrote. */
    static boolean ours(Path folder) {
      return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Deletes a folder of pages (flat: files only); what cannot be deleted stays. */
    static void delete(Path folder) {
      try (Stream<Path> entries = Files.list(folder)) {
        for (Path p : (Iterable<Path>) entries::iterator) {
          Files.deleteIfExists(p);
        }
        Files.deleteIfExists(folder);
      } catch (IOException e) {
        // nothing more to do: the folder is named after its report
      }
    }
  }
}

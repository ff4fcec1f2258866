package org.cxlint.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.parse.SourceReader;

/**
 * Start-up work done ahead of time. A writer's one-file run is mostly first-time costs: the
 * first Markdown parse takes 140 ms where the next takes 20, because flexmark, jsoup and
 * SnakeYAML load and initialize some 900 classes on the way (issue 7). The command line starts
 * {@link #parsing} on a background thread before it even reads its arguments: the files it names
 * are read, parsed and split into sentences there, overlapping picocli's own start-up on the
 * second core, and the {@link Linter} takes the parsed document instead of parsing again when
 * the file's path and bytes are still the same.
 *
 * <p>The warm-up is registered before it runs, and the {@link Linter} waits for it (or runs it
 * itself when no thread has started it) before it parses anything ({@link #await}): on a
 * two-core machine a second thread initializing the same parser classes would only compete for
 * the same core, and the named files are parsed once.
 */
public final class WarmUp {
  /** At most this many named files are parsed ahead (a writer's few files; more is a batch). */
  static final int MAX_FILES = 4;

  /** A file parsed ahead of the run. */
  private record Parsed(Path file, String displayPath, byte[] bytes, Format format,
      ContentDocument document) {}

  private static volatile FutureTask<List<Parsed>> pending;

  private WarmUp() {}

  /**
   * A task that reads and parses {@code files} (as named on a command line, relative to
   * {@code baseDirectory}), registered now: linting waits for it to finish (or runs it, when no
   * thread has started it yet) and takes its documents. Run it on any thread; it never throws.
   * Directories, missing and unreadable files, files over the default size limit and binary
   * files are left to the linter; when no file qualifies, or there are more than
   * {@link #MAX_FILES}, the task does nothing and nothing waits for it.
   */
  public static Runnable parsing(List<String> files, Path baseDirectory) {
    List<Path> todo = new ArrayList<>();
    Path base = baseDirectory.toAbsolutePath().normalize();
    for (String name : files) {
      try {
        Path abs = base.resolve(name).normalize();
        if (Files.isRegularFile(abs)) {
          todo.add(abs);
        }
      } catch (InvalidPathException e) {
        // not a file name: the linter says so
      }
    }
    if (todo.isEmpty() || todo.size() > MAX_FILES) {
      return () -> {};
    }
    long limit = LinterSettings.defaults().maxFileBytes();
    FutureTask<List<Parsed>> task = new FutureTask<>(() -> {
      List<Parsed> out = new ArrayList<>();
      for (Path abs : todo) {
        try {
          if (Files.size(abs) > limit) {
            continue;
          }
          byte[] bytes = Files.readAllBytes(abs);
          String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
          Format format = Format.forFileName(name);
          format = format == null ? Format.TEXT : format;
          String display = Linter.display(base, abs);
          SourceFile source = SourceReader.decode(bytes, abs, display);
          if (source.unreadable()) {
            continue; // binary: the linter reports it
          }
          ContentDocument document = Parsers.parse(source, format);
          TextAnalysis.of(document).sentences();
          out.add(new Parsed(abs, display, bytes, format, document));
        } catch (IOException | RuntimeException | StackOverflowError e) {
          // the linter meets the same problem and reports it for the file
        }
      }
      return out;
    });
    pending = task;
    return task;
  }

  /**
   * The registered warm-up's documents: runs the task here when no thread has started it (so a
   * warm-up registered but never handed to a thread cannot hold linting up), else waits for it.
   */
  private static List<Parsed> awaitParsed() {
    FutureTask<List<Parsed>> task = pending;
    if (task == null) {
      return List.of();
    }
    task.run(); // returns at once when another thread runs it or ran it
    try {
      return task.get();
    } catch (ExecutionException e) {
      return List.of(); // the linter parses for itself and meets the failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** Waits for a registered warm-up, if any, before the caller parses. */
  static void await() {
    awaitParsed();
  }

  /**
   * The document parsed ahead for this file, when its path, display path, format and bytes are
   * the ones the linter has now; otherwise null. Documents are immutable, so one may be handed
   * out again (the same file linted twice in one process).
   */
  static ContentDocument take(Path file, String displayPath, byte[] bytes, Format format) {
    for (Parsed p : awaitParsed()) {
      if (p.file.equals(file) && p.displayPath.equals(displayPath) && p.format == format
          && Arrays.equals(p.bytes, bytes)) {
        return p.document;
      }
    }
    return null;
  }
}

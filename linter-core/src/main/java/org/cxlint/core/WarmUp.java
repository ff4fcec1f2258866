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
 * Files read and parsed ahead of time, an object a front end makes and hands to its
 * {@link FilePipeline}. A writer's one-file run is mostly first-time costs: the first Markdown
 * parse takes 140 ms where the next takes 20, because flexmark, jsoup and SnakeYAML load some 900
 * classes on the way. The command line makes a warm-up of the files it is about to lint and runs
 * it on a background thread while picocli reads the arguments; the pipeline takes a parsed
 * document instead of parsing again when the file's path, format and bytes are still the same.
 *
 * <p>The pipeline waits for the warm-up (or runs it itself when no thread has started it) before
 * it parses anything ({@link #await}): on a two-core machine a second thread initialising the
 * same parser classes would only compete for the same core.
 */
public final class WarmUp implements Runnable {
  /** A warm-up that parsed nothing. */
  public static final WarmUp NONE = new WarmUp(null);

  /** At most this many files are parsed ahead (a writer's few files; more is a batch). */
  static final int MAX_FILES = 4;

  /** A file parsed ahead of the run. */
  private record Parsed(Path file, String displayPath, byte[] bytes, Format format,
      ContentDocument document) {}

  private final FutureTask<List<Parsed>> task;

  private WarmUp(FutureTask<List<Parsed>> task) {
    this.task = task;
  }

  /**
   * A warm-up of the files among {@code candidates} (words of a command line, relative to
   * {@code baseDirectory}) that are regular files cxlint lints by their extension. A candidate
   * that is no such file is passed over, so the words may include options and their values:
   * parsing a file the run does not lint costs time, never a wrong result. When no candidate
   * qualifies, or more than {@link #MAX_FILES} do, the warm-up does nothing.
   */
  public static WarmUp of(List<String> candidates, Path baseDirectory) {
    List<Path> todo = new ArrayList<>();
    Path base = baseDirectory.toAbsolutePath().normalize();
    for (String name : candidates) {
      try {
        Path abs = base.resolve(name).normalize();
        Path fileName = abs.getFileName();
        if (fileName != null && Format.forFileName(fileName.toString()) != null
            && Files.isRegularFile(abs) && !todo.contains(abs)) {
          todo.add(abs);
        }
      } catch (InvalidPathException e) {
        // not a file name
      }
    }
    if (todo.isEmpty() || todo.size() > MAX_FILES) {
      return NONE;
    }
    long limit = LinterSettings.DEFAULT_MAX_FILE_BYTES;
    return new WarmUp(new FutureTask<>(() -> {
      List<Parsed> out = new ArrayList<>();
      for (Path abs : todo) {
        try {
          if (Files.size(abs) > limit) {
            continue;
          }
          byte[] bytes = Files.readAllBytes(abs);
          Format format = Format.forFileName(abs.getFileName().toString());
          String display = InputFinder.display(base, abs);
          SourceFile source = SourceReader.decode(bytes, abs, display);
          if (source.unreadable()) {
            continue; // binary: the pipeline reports it
          }
          ContentDocument document = Parsers.parse(source, format);
          TextAnalysis.of(document).sentences();
          out.add(new Parsed(abs, display, bytes, format, document));
        } catch (IOException | RuntimeException | StackOverflowError e) {
          // the pipeline meets the same problem and reports it for the file
        }
      }
      return out;
    }));
  }

  /** Does the work; call it on any thread. Returns at once when another thread did it. */
  @Override
  public void run() {
    if (task != null) {
      task.run();
    }
  }

  private List<Parsed> parsed() {
    if (task == null) {
      return List.of();
    }
    task.run(); // returns at once when another thread runs it or ran it
    try {
      return task.get();
    } catch (ExecutionException e) {
      return List.of(); // the pipeline parses for itself and meets the failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** Waits for the warm-up, if it has work, before the caller parses. */
  void await() {
    parsed();
  }

  /**
   * The document parsed ahead for this file, when its path, display path, format and bytes are
   * the ones the pipeline has now; otherwise null. Documents are immutable, so one may be
   * handed out again (the same file linted twice).
   */
  ContentDocument take(Path file, String displayPath, byte[] bytes, Format format) {
    for (Parsed p : parsed()) {
      if (p.file.equals(file) && p.displayPath.equals(displayPath) && p.format == format
          && Arrays.equals(p.bytes, bytes)) {
        return p.document;
      }
    }
    return null;
  }
}

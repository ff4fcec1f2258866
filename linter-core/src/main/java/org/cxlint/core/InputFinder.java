package org.cxlint.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.Glob;
import org.cxlint.core.model.Format;

/**
 * Turns the paths a user names into the files to lint, for every front end (the command line,
 * the Maven plugin, a watch loop): directories are searched recursively for
 * {@code .md .markdown .html .htm .txt}, skipping hidden entries and the config's {@code ignore}
 * globs; symbolic links are followed, loops are not. A file named explicitly is always linted (as
 * plain text when its extension is unknown). An input that cannot be linted is still returned,
 * with a {@link Input#failure() failure} that names it and the cause.
 */
public final class InputFinder {
  private final Config config;
  private final List<Glob> includes;
  private final List<Glob> excludes;

  /** One file to lint; {@code failure} says why it cannot be, or is null. */
  public record Input(Path file, String displayPath, Format format, String failure) {
    /** The source to hand the pipeline. */
    public Source source() {
      return Source.file(file, displayPath, format);
    }
  }

  public InputFinder(Config config) {
    this(config, List.of(), List.of());
  }

  private InputFinder(Config config, List<Glob> includes, List<Glob> excludes) {
    this.config = Objects.requireNonNull(config, "config");
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  /**
   * This finder, keeping only the files found in directories whose path relative to that
   * directory matches one of {@code include} (when any is given) and none of {@code exclude}
   * (Ant-style patterns such as {@code **&#47;*.md}, as in the Maven plugin's includes and excludes). Files named
   * explicitly are not filtered.
   */
  public InputFinder filtered(List<String> include, List<String> exclude) {
    List<Glob> in = new ArrayList<>();
    List<Glob> ex = new ArrayList<>();
    if (include != null) {
      include.stream().filter(s -> !s.isBlank()).map(InputFinder::glob).forEach(in::add);
    }
    if (exclude != null) {
      exclude.stream().filter(s -> !s.isBlank()).map(InputFinder::glob).forEach(ex::add);
    }
    return new InputFinder(config, in, ex);
  }

  /** Ant patterns are anchored at the scanned directory. */
  private static Glob glob(String antPattern) {
    String p = antPattern.strip().replace('\\', '/');
    return Glob.of(p.contains("/") ? p : "/" + p);
  }

  /**
   * The files {@code inputs} name, sorted by display path, each once.
   *
   * @param inputs files and directories, absolute or relative to {@code baseDirectory}
   * @param baseDirectory the directory display paths are relative to (usually the working one)
   */
  public List<Input> find(List<Path> inputs, Path baseDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Map<Path, Input> found = new LinkedHashMap<>();
    for (Path given : inputs) {
      Path abs = base.resolve(given).normalize();
      if (Files.isDirectory(abs)) {
        walk(abs, base, found);
        continue;
      }
      String display = display(base, abs);
      String failure = null;
      if (!Files.exists(abs)) {
        failure = Files.isSymbolicLink(abs)
            ? "cannot read " + display + ": broken symbolic link"
            : "cannot read " + display + ": no such file or directory";
      } else if (!Files.isRegularFile(abs)) {
        // A pipe, socket or device: reading it could block forever or never end.
        failure = "cannot read " + display + ": not a regular file (a pipe, socket or device)";
      }
      Path name = abs.getFileName();
      found.putIfAbsent(abs, new Input(abs, display,
          Format.forName(name == null ? "" : name.toString(), Format.TEXT), failure));
    }
    List<Input> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing(Input::displayPath));
    return out;
  }

  private void walk(Path root, Path base, Map<Path, Input> found) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && (hidden(dir) || ignored(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              Format f = Format.forFileName(file.getFileName().toString());
              if (f == null || hidden(file) || ignored(file) || !selected(root, file)) {
                return FileVisitResult.CONTINUE;
              }
              String display = display(base, file);
              String failure = null;
              if (attrs.isSymbolicLink()) {
                failure = "cannot read " + display + ": broken symbolic link";
              } else if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              found.putIfAbsent(file, new Input(file, display, f, failure));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException || hidden(file) || ignored(file)) {
                return FileVisitResult.CONTINUE; // a link back up the tree: already visited
              }
              String display = display(base, file);
              found.putIfAbsent(file, new Input(file, display, Format.TEXT,
                  "cannot read " + display + ": " + ioCause(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      String display = display(base, root);
      found.putIfAbsent(root, new Input(root, display, Format.TEXT,
          "cannot read " + display + ": " + ioCause(e)));
    }
  }

  private boolean selected(Path root, Path file) {
    if (includes.isEmpty() && excludes.isEmpty()) {
      return true;
    }
    String rel = slashes(root.relativize(file));
    if (!includes.isEmpty() && includes.stream().noneMatch(g -> g.matches(rel))) {
      return false;
    }
    return excludes.stream().noneMatch(g -> g.matches(rel));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".") && !name.toString().equals(".")
        && !name.toString().equals("..");
  }

  private boolean ignored(Path abs) {
    Path dir = config.directory();
    if (dir == null) {
      return false;
    }
    return abs.startsWith(dir) && !abs.equals(dir) && config.isIgnored(slashes(dir.relativize(abs)));
  }

  /**
   * How a file is shown: relative to {@code base} when it lies inside it, else absolute (as
   * ESLint does), so that "../../tmp/x.md" never appears in a report.
   */
  static String display(Path base, Path abs) {
    if (abs.equals(base)) {
      return ".";
    }
    if (abs.startsWith(base)) {
      return slashes(base.relativize(abs));
    }
    return slashes(abs);
  }

  static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** A reader's words for why a file could not be read. */
  static String ioCause(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    String m = e.getMessage();
    if (m != null && m.toLowerCase(Locale.ROOT).contains("is a directory")) {
      return "is a directory";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}

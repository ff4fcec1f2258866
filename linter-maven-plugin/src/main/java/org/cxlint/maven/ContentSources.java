package org.cxlint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Which content files a project asks cxlint to check: the source directories that exist, and
 * in them the files that Ant-style {@code includes} match and {@code excludes} do not.
 *
 * @param directories directories that were scanned (existing ones only)
 * @param files the files found, sorted, each once
 * @param filtered true when includes or excludes were given, so the files are a selection the
 *     engine's own directory walk would not make
 */
public record ContentSources(List<Path> directories, List<Path> files, boolean filtered) {
  /** Where content usually lives in a Maven project, in the order they are tried. */
  public static final List<String> DEFAULT_DIRECTORIES =
      List.of("src/site", "src/main/content", "content", "docs");

  /** Every format cxlint reads. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt");

  public ContentSources {
    directories = List.copyOf(directories);
    files = List.copyOf(files);
  }

  /**
   * Scans {@code configured} directories (relative ones against {@code baseDirectory}), or the
   * {@link #DEFAULT_DIRECTORIES} when none are configured. Configured directories that do not
   * exist are skipped, as the Checkstyle and PMD plugins do.
   */
  public static ContentSources scan(Path baseDirectory, List<File> configured,
      List<String> includes, List<String> excludes) {
    List<Path> candidates = new ArrayList<>();
    if (configured == null || configured.isEmpty()) {
      DEFAULT_DIRECTORIES.forEach(d -> candidates.add(baseDirectory.resolve(d)));
    } else {
      configured.forEach(f -> candidates.add(baseDirectory.resolve(f.toPath())));
    }
    List<Path> existing = candidates.stream()
        .map(p -> p.toAbsolutePath().normalize())
        .filter(Files::isDirectory)
        .distinct()
        .toList();
    String[] include = (includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes)
        .toArray(String[]::new);
    String[] exclude = excludes == null ? new String[0] : excludes.toArray(String[]::new);
    TreeSet<Path> found = new TreeSet<>();
    for (Path dir : existing) {
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(dir.toFile());
      scanner.setIncludes(include);
      scanner.setExcludes(exclude);
      scanner.addDefaultExcludes();
      scanner.setCaseSensitive(true);
      scanner.scan();
      for (String relative : scanner.getIncludedFiles()) {
        found.add(dir.resolve(relative).normalize());
      }
    }
    boolean filtered = (includes != null && !includes.isEmpty())
        || (excludes != null && !excludes.isEmpty());
    return new ContentSources(existing, new ArrayList<>(found), filtered);
  }

  /** The scanned directory {@code file} was found in. */
  Path directoryOf(Path file) {
    return directories.stream().filter(file::startsWith).findFirst().orElse(file.getParent());
  }

  /** True when some name in {@code relative} starts with a dot (the engine skips those). */
  static boolean hidden(Path relative) {
    for (Path name : relative) {
      String s = name.toString();
      if (s.startsWith(".") && !s.equals(".") && !s.equals("..")) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}

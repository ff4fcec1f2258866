package org.cxlint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.InputFinder;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;

/**
 * Which content a project asks cxlint to check: the source directories that exist, and the
 * Ant-style {@code includes} and {@code excludes} to apply in them. The files themselves are found
 * by the engine's own {@link InputFinder}, exactly as {@code cxlint check DIR} finds them (hidden
 * entries and the config's {@code ignore} globs are skipped).
 *
 * @param directories directories to scan (existing ones only, absolute)
 * @param includes patterns a file must match (relative to its directory); empty means every
 *     format cxlint reads
 * @param excludes patterns a file must not match
 */
public record ContentSources(List<Path> directories, List<String> includes, List<String> excludes) {
  /** Where content usually lives in a Maven project, in the order they are tried. */
  public static final List<String> DEFAULT_DIRECTORIES =
      List.of("src/site", "src/main/content", "content", "docs");

  /** Every format cxlint reads. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt");

  public ContentSources {
    directories = List.copyOf(directories);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
  }

  /**
   * The {@code configured} directories (relative ones against {@code baseDirectory}) that exist,
   * or the {@link #DEFAULT_DIRECTORIES} that exist when none are configured. Configured
   * directories that do not exist are skipped, as the Checkstyle and PMD plugins do.
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
    return new ContentSources(existing, includes, excludes);
  }

  /** The engine's finder for these directories' patterns, with {@code config}'s ignore globs. */
  InputFinder finder(Config config) {
    InputFinder finder = new InputFinder(config);
    return includes.isEmpty() && excludes.isEmpty() ? finder
        : finder.filtered(includes.isEmpty() ? DEFAULT_INCLUDES : includes, excludes);
  }

  /** The files to check with {@code config}, sorted by path. */
  List<InputFinder.Input> inputs(Config config, Path baseDirectory) {
    return finder(config).find(directories, baseDirectory);
  }

  /** The files to check when no config ignores anything (tests, a quick look). */
  public List<Path> files() {
    RuleRegistry none = RuleRegistry.of(List.of());
    Path root = directories.isEmpty() ? Path.of("").toAbsolutePath() : directories.get(0);
    return inputs(Config.defaults(none), root).stream().map(InputFinder.Input::file).sorted()
        .toList();
  }

  /** True when includes or excludes select among the files. */
  public boolean filtered() {
    return !includes.isEmpty() || !excludes.isEmpty();
  }

  /** True when there is no directory to scan. */
  public boolean isEmpty() {
    return directories.isEmpty();
  }
}

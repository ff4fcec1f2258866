package org.cxlint.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.InputFinder;
import org.cxlint.core.LintResult;
import org.cxlint.core.Version;
import org.cxlint.core.baseline.Baseline;
import org.cxlint.core.baseline.BaselineCheck;
import org.cxlint.core.baseline.BaselineException;
import org.cxlint.core.WarmUp;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.report.ReportSettings;
import org.cxlint.core.report.Reporter;
import org.cxlint.core.report.ReportTarget;
import org.cxlint.core.report.Reporters;

/**
 * The plugin's one call into the cxlint engine: the same rules (found by ServiceLoader), the
 * same {@code .cxlint.yml} and the same runner as the CLI, so both give identical findings for
 * the same files. Failures of the run itself become {@link MojoExecutionException}s with a
 * message naming the file and the cause, never a stack trace.
 */
final class ProjectLinter {
  private final Path baseDirectory;

  ProjectLinter(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /**
   * The config file to use: {@code configLocation} when given (relative to the project), else
   * {@code .cxlint.yml} in the project directory or the nearest parent, as the CLI finds it.
   */
  Optional<Path> configFile(String configLocation) throws MojoExecutionException {
    if (configLocation != null && !configLocation.isBlank()) {
      Path file = baseDirectory.resolve(configLocation.trim()).normalize();
      if (Files.isDirectory(file)) {
        throw new MojoExecutionException("cxlint: the config file " + file
            + " (configLocation) is a directory, not a file. Name the .cxlint.yml inside it, or"
            + " remove configLocation to use .cxlint.yml from the project directory or a parent.");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new MojoExecutionException("cxlint: the config file " + file
            + " (configLocation) is not a regular file (a device, a pipe or a socket). Name a"
            + " .cxlint.yml file.");
      }
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException("cxlint: the config file " + file
            + " (configLocation) does not exist. Fix the path, or remove configLocation to use"
            + " .cxlint.yml from the project directory or a parent.");
      }
      return Optional.of(file);
    }
    return Config.discover(baseDirectory);
  }

  /**
   * Lints the content with the given config file (or the recommended defaults): the files the
   * engine's {@link InputFinder} finds in the source directories, as {@code cxlint check DIR}
   * would, filtered by the includes and excludes.
   *
   * @param formats the report formats asked for; readability is computed when one shows it,
   *     as the CLI decides
   * @param siteReport whether the site report (which always shows readability) is being made
   */
  LintResult lint(ContentSources sources, Optional<Path> configFile, List<String> formats,
      boolean siteReport) throws MojoExecutionException {
    return lint(sources, configFile, formats, siteReport, Optional.empty());
  }

  /**
   * {@link #lint(ContentSources, Optional, List, boolean)} against a baseline: each outcome's
   * findings are those the baseline does not hold; the others are in its {@code baseline()}.
   */
  LintResult lint(ContentSources sources, Optional<Path> configFile, List<String> formats,
      boolean siteReport, Optional<Baseline> baseline) throws MojoExecutionException {
    return withPluginClassLoader(
        () -> lintInPlugin(sources, configFile, formats, siteReport, baseline));
  }

  /**
   * The baseline file named by {@code <baseline>} (relative to the project), read; empty when
   * none is named. A missing or malformed file is an error naming it and the cause.
   */
  Optional<Baseline> baseline(String location) throws MojoExecutionException {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Baseline.read(baseDirectory.resolve(location.trim()).normalize()));
    } catch (BaselineException e) {
      throw new MojoExecutionException("cxlint: " + e.getMessage()
          + " (<baseline> of the cxlint plugin)", e);
    }
  }

  private LintResult lintInPlugin(ContentSources sources, Optional<Path> configFile,
      List<String> formats, boolean siteReport, Optional<Baseline> baseline)
      throws MojoExecutionException {
    RuleRegistry registry;
    try {
      registry = RuleRegistry.load(ProjectLinter.class.getClassLoader());
    } catch (IllegalStateException e) {
      throw new MojoExecutionException("cxlint: " + e.getMessage());
    }
    Config config;
    try {
      config = configFile.isPresent()
          ? Config.load(configFile.get(), registry)
          : Config.defaults(registry);
    } catch (ConfigException e) {
      throw new MojoExecutionException("cxlint: the config file " + location(e) + " is not valid: "
          + e.reason());
    }
    boolean metrics = siteReport;
    for (String format : formats) {
      metrics |= Reporters.find(format).map(Reporter::showsMetrics).orElse(false);
    }
    LinterSettings settings = LinterSettings.defaults().withMetrics(metrics);
    Linter linter = new Linter(config, settings, WarmUp.NONE);
    List<FileOutcome> files = new ArrayList<>();
    try {
      BaselineCheck check = baseline.map(b -> new BaselineCheck(b, baseDirectory)).orElse(null);
      linter.run(sources.inputs(config, baseDirectory),
          o -> files.add(check == null ? o : check.apply(o)), true);
    } catch (IOException e) {
      throw new IllegalStateException(e); // the sink above never throws
    } catch (OutOfMemoryError e) {
      long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      throw new MojoExecutionException("cxlint: out of memory: the build's " + mb + " MB of heap"
          + " is too small for this content. Give Maven more with MAVEN_OPTS=-Xmx"
          + Math.max(512, mb * 2) + "m.");
    }
    return new LintResult(Version.current(), config.enabledRules(), files);
  }

  /** Throws when some file could not be read or parsed, naming each file and its cause. */
  static void requireAllLinted(LintResult result) throws MojoExecutionException {
    if (result.failures().isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder("cxlint could not check ")
        .append(result.failures().size() == 1 ? "one file" : result.failures().size() + " files")
        .append(':');
    // Each error already names its file and the cause.
    result.failures().forEach(f -> message.append(System.lineSeparator())
        .append("  ").append(f.error()));
    throw new MojoExecutionException(message.toString());
  }

  /**
   * The report formats asked for, trimmed and lower-cased; an unknown one is an error before
   * anything is linted.
   */
  static List<String> formats(List<String> requested) throws MojoExecutionException {
    List<String> names = new ArrayList<>();
    if (requested == null) {
      return names;
    }
    for (String format : requested) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    for (String name : names) {
      if (!hasFormat(name)) {
        throw new MojoExecutionException("cxlint: there is no \"" + name + "\" report format."
            + " Use some of " + String.join(", ", withPluginClassLoader(Reporters::names))
            + " in <formats>.");
      }
    }
    return names;
  }

  /**
   * Writes one file per format into {@code outputDirectory} ({@code cxlint.json},
   * {@code cxlint.sarif}, …), each whole or not at all; returns the files written.
   */
  List<Path> writeReports(LintResult result, List<String> formats, File outputDirectory)
      throws MojoExecutionException {
    List<Path> written = new ArrayList<>();
    MojoExecutionException failed = null;
    for (String name : formats) {
      Path file = outputDirectory.toPath().resolve(fileName(name));
      try {
        write(result, name, file);
        written.add(file);
      } catch (MojoExecutionException e) {
        // One report failing does not keep the others from being written.
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
    return written;
  }

  /** Writes {@code result} as {@code format} to {@code file}, creating its directory. */
  void write(LintResult result, String format, Path file) throws MojoExecutionException {
    withPluginClassLoader(() -> {
      writeInPlugin(result, format, file);
      return null;
    });
  }

  private void writeInPlugin(LintResult result, String format, Path file)
      throws MojoExecutionException {
    Reporter reporter = Reporters.find(format).orElseThrow(() -> new MojoExecutionException(
        "cxlint: there is no \"" + format + "\" report format."));
    try {
      Files.createDirectories(file.getParent());
      Reporters.writeAtomically(reporter, result, new ReportSettings(false, baseDirectory), file);
    } catch (IOException e) {
      throw new MojoExecutionException("cxlint: cannot write the " + format + " report to "
          + file + ": " + ReportTarget.describe(e), e);
    }
  }

  static boolean hasFormat(String format) throws MojoExecutionException {
    return withPluginClassLoader(() -> Reporters.find(format).isPresent());
  }

  /** Work that may fail with a message for the user. */
  interface PluginWork<T> {
    T run() throws MojoExecutionException;
  }

  /**
   * Runs {@code work} with the plugin's class loader as the thread's context class loader: the
   * engine finds reporters and config extensions through it, and a site build calls reports
   * with another plugin's loader in place.
   */
  static <T> T withPluginClassLoader(PluginWork<T> work) throws MojoExecutionException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ProjectLinter.class.getClassLoader());
    try {
      return work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** {@code cxlint.json}, {@code cxlint.sarif}, {@code cxlint.html}, {@code cxlint-junit.xml}… */
  static String fileName(String format) {
    return switch (format) {
      case "junit" -> "cxlint-junit.xml";
      case "checkstyle" -> "cxlint-checkstyle.xml";
      case "text" -> "cxlint.txt";
      case "github" -> "cxlint-github.txt";
      default -> "cxlint." + format;
    };
  }

  private String location(ConfigException e) {
    String shown = e.file() == null ? ".cxlint.yml" : display(e.file());
    if (e.line() > 0) {
      shown += ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "");
    }
    return shown;
  }

  private static String slashes(Path p) {
    return p.toString().replace(File.separatorChar, '/');
  }

  /** A path relative to the project when it is inside it, else absolute. */
  String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(baseDirectory) ? slashes(baseDirectory.relativize(abs)) : abs.toString();
  }
}

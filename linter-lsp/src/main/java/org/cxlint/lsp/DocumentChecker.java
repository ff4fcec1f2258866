package org.cxlint.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.FilePipeline;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.Source;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.ReadabilityScores;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Finding;

/**
 * The one place where the long-lived front ends ({@code cxlint lsp}, {@code check --watch})
 * call the engine: a document (a file on disk, or an editor's text) in, its findings out, with
 * the nearest {@code .cxlint.yml} above it. One {@link FilePipeline} per config stays warm for
 * the session. Configs are read once and kept until
 * {@link #forgetConfigs} or until the file's size or date changes ({@link #refreshConfigs}).
 *
 * <p>Thread-safe: any number of threads may check documents at the same time.
 */
public final class DocumentChecker {
  /**
   * The config that applies to a directory.
   *
   * @param file the config file, or null for the defaults
   * @param config what is used: the file's config, or the defaults when it is broken
   * @param error why the file could not be used, or null
   */
  public record ConfigState(Path file, Config config, ConfigException error, FileStamp stamp) {}

  /** A file's size and date, to notice that it changed. */
  record FileStamp(long size, FileTime modified) {
    static FileStamp of(Path file) {
      try {
        return new FileStamp(Files.size(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        return new FileStamp(-1, FileTime.fromMillis(0));
      }
    }
  }

  /**
   * A document's outcome.
   *
   * @param findings in order of line, column, rule id; positions are in the text as given
   *     (1-based lines and UTF-16 columns)
   * @param failure why the document could not be checked at all (names the cause), or null
   * @param config the config that was used
   */
  public record Checked(List<Finding> findings, String failure, ConfigState config) {}

  private final RuleRegistry registry;
  private final Config fixedConfig;
  private final Map<Path, ConfigState> configsByDirectory = new ConcurrentHashMap<>();
  private final Map<Config, FilePipeline> pipelines = new ConcurrentHashMap<>();

  /** A checker that reads the nearest {@code .cxlint.yml} above each document. */
  public DocumentChecker(RuleRegistry registry) {
    this(registry, null);
  }

  /** A checker that uses {@code config} for every document (null: the nearest file's). */
  public DocumentChecker(RuleRegistry registry, Config config) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.fixedConfig = config;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /**
   * Checks text that may differ from the file on disk (an editor's buffer).
   *
   * @param file where the document is, or null when it has none (an untitled buffer)
   * @param name the name to report it under; its extension chooses the format when
   *     {@code format} is null
   * @param format the format, or null to go by the name (Markdown when the name says nothing)
   */
  public Checked check(Path file, String name, Format format, String text) {
    ConfigState state = configFor(file);
    Path abs = file == null ? null : file.toAbsolutePath().normalize();
    Format f = format != null ? format : Format.forName(name, Format.MARKDOWN);
    try {
      FileOutcome o = pipeline(state.config()).lint(new Source(abs, name, f, null, text));
      return new Checked(o.findings(), o.error(), state);
    } catch (RuntimeException | StackOverflowError e) {
      return new Checked(List.of(), "cxlint could not check " + name + ": " + e, state);
    }
  }

  /** Checks a file as it is on disk (what {@code cxlint check FILE} reports for it). */
  public FileOutcome checkFile(Path file, String displayPath) {
    ConfigState state = configFor(file);
    Format f = Format.forName(file.getFileName() == null ? "" : file.getFileName().toString(),
        Format.TEXT);
    return pipeline(state.config()).lint(Source.file(file.toAbsolutePath().normalize(),
        displayPath, f));
  }

  /**
   * Checks files and directories as {@code cxlint check} does (directories searched, ignored
   * and hidden paths skipped, site rules run), with the config of the first input's directory.
   */
  public LintResult checkAll(List<Path> inputs, Path baseDirectory) {
    Path first = inputs.isEmpty() ? baseDirectory : baseDirectory.resolve(inputs.get(0));
    ConfigState state = configFor(java.nio.file.Files.isDirectory(first) ? first.resolve("x") : first);
    return new Linter(registry, state.config(), settings()).lint(inputs, baseDirectory);
  }

  /** True when the document's config ignores it (its {@code ignore:} globs). */
  public boolean ignored(Path file) {
    if (file == null) {
      return false;
    }
    Config c = configFor(file).config();
    Path dir = c.directory();
    Path abs = file.toAbsolutePath().normalize();
    if (dir == null || !abs.startsWith(dir)) {
      return false;
    }
    return c.isIgnored(dir.relativize(abs).toString().replace('\\', '/'));
  }

  /** The parsed document, for edits that must know its structure. */
  public ContentDocument parse(String name, Format format, String text) {
    Format f = format != null ? format : Format.forFileName(name);
    return Parsers.parse(SourceFile.of(name, text), f == null ? Format.MARKDOWN : f);
  }

  /** Page readability and one entry per section. */
  public record Readability(Metrics page, List<SectionMetrics> sections) {}

  public Readability readability(String name, Format format, String text) {
    ContentDocument d = parse(name, format, text);
    return new Readability(ReadabilityScores.document(d), ReadabilityScores.sections(d));
  }

  /** The config for a document at {@code file} (null: the working directory's). */
  public ConfigState configFor(Path file) {
    if (fixedConfig != null) {
      return new ConfigState(fixedConfig.file().orElse(null), fixedConfig, null, null);
    }
    Path dir = file == null ? Path.of("").toAbsolutePath()
        : file.toAbsolutePath().normalize().getParent();
    if (dir == null) {
      dir = Path.of("").toAbsolutePath();
    }
    return configsByDirectory.computeIfAbsent(dir, this::load);
  }

  private ConfigState load(Path dir) {
    Optional<Path> found = Config.discover(dir);
    if (found.isEmpty()) {
      return new ConfigState(null, Config.defaults(registry), null, null);
    }
    Path file = found.get();
    FileStamp stamp = FileStamp.of(file);
    try {
      return new ConfigState(file, Config.load(file, registry), null, stamp);
    } catch (ConfigException e) {
      return new ConfigState(file, Config.defaults(registry), e, stamp);
    } catch (RuntimeException e) {
      return new ConfigState(file, Config.defaults(registry),
          new ConfigException(file, 0, 0, "cannot read the config: " + e), stamp);
    }
  }

  /** Forgets every config read so far: the next document reads them again. */
  public void forgetConfigs() {
    configsByDirectory.clear();
    pipelines.clear();
  }

  /**
   * Forgets the configs whose file changed, appeared or went away since it was read; true when
   * one did. Costs a few file look-ups per directory seen.
   */
  public boolean refreshConfigs() {
    boolean changed = false;
    for (Map.Entry<Path, ConfigState> e : configsByDirectory.entrySet()) {
      ConfigState s = e.getValue();
      Path now = Config.discover(e.getKey()).orElse(null);
      if (!Objects.equals(now, s.file()) || (now != null && !FileStamp.of(now).equals(s.stamp()))) {
        configsByDirectory.remove(e.getKey());
        changed = true;
      }
    }
    if (changed) {
      pipelines.clear();
    }
    return changed;
  }

  /** Every config read so far, one per config file (broken ones included). */
  public List<ConfigState> configs() {
    Map<Path, ConfigState> byFile = new java.util.LinkedHashMap<>();
    for (ConfigState s : configsByDirectory.values()) {
      if (s.file() != null) {
        byFile.putIfAbsent(s.file(), s);
      }
    }
    return List.copyOf(byFile.values());
  }

  private FilePipeline pipeline(Config config) {
    return pipelines.computeIfAbsent(config, c -> new FilePipeline(c, settings()));
  }

  private static LinterSettings settings() {
    return LinterSettings.defaults().withMetrics(false).withThreads(1);
  }
}

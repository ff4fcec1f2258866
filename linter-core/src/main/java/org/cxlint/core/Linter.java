package org.cxlint.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.ReadabilityScores;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.cache.ResultCache;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.parse.SourceReader;
import org.cxlint.core.model.Problem;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;

/**
 * The runner: expands inputs into files, lints them in parallel and returns one
 * {@link FileResult} per file, sorted by display path, so output never depends on thread
 * timing. The CLI and the Maven plugin both call this; there is no second code path.
 *
 * <p>Directories are searched recursively for {@code .md .markdown .html .htm .txt}, skipping
 * hidden entries and the config's {@code ignore} globs; symbolic links are followed, loops are
 * not. A file named explicitly is always linted (as plain text when its extension is unknown).
 * A file that cannot be read or parsed gets a result whose {@code error} names it and the cause;
 * the other files are still linted.
 */
public final class Linter {
  private final Config config;
  private final LinterSettings settings;
  private final List<String> knownIds;
  /** Results of unchanged files from earlier runs, or null when the cache is off. */
  private final ResultCache cache;
  /** Set once the enabled rules' {@link Rule#prepare} has been started. */
  private final AtomicBoolean prepared = new AtomicBoolean();

  public Linter(RuleRegistry registry, Config config, LinterSettings settings) {
    Objects.requireNonNull(registry, "registry");
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    // The config's registry holds the given rules plus any rules the config defines.
    this.knownIds = config.registry().ids();
    this.cache = settings.cacheFile() == null ? null
        : ResultCache.open(settings.cacheFile(), runKey(config, settings),
            id -> knownIds.contains(id) || id.equals(Problem.RULE_ID)
                || id.equals(Suppressions.RULE_ID));
  }

  /**
   * What decides every file's findings besides its own bytes and path: the cxlint version, the
   * effective config, whether metrics are computed, and the rule code itself (the jars the rules
   * come from, by size and date, so a rebuilt snapshot does not reuse stale results).
   */
  private static String runKey(Config config, LinterSettings settings) {
    StringBuilder sb = new StringBuilder(Version.current()).append('|').append(config.fingerprint())
        .append("|metrics=").append(settings.metrics());
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (org.cxlint.core.rule.Rule r : config.registry().rules()) {
      seen.add(codeStamp(r.getClass()));
    }
    seen.add(codeStamp(Linter.class));
    seen.forEach(s -> sb.append('|').append(s));
    return sb.toString();
  }

  private static String codeStamp(Class<?> type) {
    try {
      java.security.CodeSource cs = type.getProtectionDomain().getCodeSource();
      if (cs == null || cs.getLocation() == null) {
        return type.getName();
      }
      Path p = Path.of(cs.getLocation().toURI());
      if (Files.isRegularFile(p)) {
        return p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
      }
      Path cls = p.resolve(type.getName().replace('.', '/') + ".class");
      return Files.isRegularFile(cls) ? cls + ":" + Files.getLastModifiedTime(cls).toMillis() : p.toString();
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return type.getName();
    }
  }

  /** One file to lint. */
  private record Input(Path file, String displayPath, Format format, String failure) {}

  /**
   * Lints files and directories.
   *
   * @param inputs files and directories, absolute or relative to {@code baseDirectory}
   * @param baseDirectory the directory display paths are relative to (usually the working one)
   */
  public LintResult lint(List<Path> inputs, Path baseDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    List<Input> files = expand(inputs, base);
    if (cache == null && !files.isEmpty()) {
      prepareOnce(); // every file will be linted: load the rules' tables while the first is read
    }
    // SITE HOOK: rules that judge the run as a whole (SiteRule) see it once every file is done.
    List<FileResult> results = SiteRun.apply(config.registry().rules(), run(files),
        r -> config.rulesFor(configPath(r.source().path(), r.path())));
    if (cache != null) {
      try {
        cache.save();
      } catch (IOException | RuntimeException e) {
        // The cache only saves time: a run whose cache cannot be written is still complete.
      }
    }
    return new LintResult(Version.current(), config.enabledRules(), results);
  }

  /**
   * Lints bytes that have no file, such as standard input, decoded as files are (see
   * {@link SourceReader}). The name chooses format and config; it is taken relative to
   * {@code baseDirectory} when the config's globs are matched.
   */
  public LintResult lintBytes(String displayPath, byte[] bytes, Path baseDirectory) {
    Format format = Format.forFileName(displayPath);
    FileResult r = lintRead(SourceReader.decode(bytes, null, displayPath),
        format == null ? Format.MARKDOWN : format,
        configPath(where(baseDirectory, displayPath), displayPath));
    return new LintResult(Version.current(), config.enabledRules(), List.of(r));
  }

  /** Where a name without a file would be, for config globs; null when it is no path here. */
  private static Path where(Path baseDirectory, String displayPath) {
    try {
      return baseDirectory.toAbsolutePath().resolve(displayPath).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null; // a name such as "<stdin>" that is no path on this system
    }
  }

  /** Lints text that has no file, such as standard input; the name chooses format and config. */
  public LintResult lintText(String displayPath, String text) {
    return lintText(displayPath, text, Path.of(""));
  }

  /**
   * Lints text that has no file; {@code displayPath} is taken relative to {@code baseDirectory}
   * when the config's globs are matched.
   */
  public LintResult lintText(String displayPath, String text, Path baseDirectory) {
    Format format = Format.forFileName(displayPath);
    SourceFile source = SourceFile.of(displayPath, text);
    FileResult r = lintSource(source, format == null ? Format.MARKDOWN : format,
        configPath(where(baseDirectory, displayPath), displayPath));
    return new LintResult(Version.current(), config.enabledRules(), List.of(r));
  }

  private List<FileResult> run(List<Input> files) {
    int threads = Math.min(settings.threads(), files.size());
    if (threads <= 1) {
      List<FileResult> out = new ArrayList<>(files.size());
      for (Input in : files) {
        out.add(lintInput(in));
      }
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cxlint-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<FileResult>> futures = new ArrayList<>(files.size());
      for (Input in : files) {
        futures.add(pool.submit(() -> lintInput(in)));
      }
      List<FileResult> out = new ArrayList<>(files.size());
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(futures.get(i), files.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileResult await(Future<FileResult> future, Input in) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FileResult.failed(in.displayPath(), "cannot lint " + in.displayPath()
          + ": the run was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return FileResult.failed(in.displayPath(), "cannot lint " + in.displayPath() + ": "
          + describe(cause));
    }
  }

  private FileResult lintInput(Input in) {
    if (in.failure() != null) {
      return FileResult.failed(in.displayPath(), in.failure());
    }
    SourceFile source;
    ContentDocument early; // parsed ahead by WarmUp, or null
    String cacheKey = null;
    try {
      long size = Files.size(in.file());
      if (size > settings.maxFileBytes()) {
        return FileResult.failed(in.displayPath(), "cannot lint " + in.displayPath() + ": it is "
            + megabytes(size) + ", over the " + megabytes(settings.maxFileBytes())
            + " limit for one file (raise it with --max-file-size)");
      }
      byte[] bytes = Files.readAllBytes(in.file());
      if (cache != null) {
        String configPath = configPath(in.file(), in.displayPath());
        cacheKey = ResultCache.key(bytes, in.displayPath() + '\n' + configPath + '\n' + in.format());
        ResultCache.Entry hit = cache.lookup(in.displayPath(), cacheKey);
        if (hit != null) {
          return new FileResult(in.displayPath(),
              SourceReader.decode(bytes, in.file(), in.displayPath()),
              hit.findings(), hit.metrics(), hit.sections(), null);
        }
      }
      early = WarmUp.take(in.file(), in.displayPath(), bytes, in.format());
      source = early != null ? null : SourceReader.decode(bytes, in.file(), in.displayPath());
    } catch (IOException e) {
      return FileResult.failed(in.displayPath(), "cannot read " + in.displayPath() + ": "
          + ioCause(e));
    } catch (OutOfMemoryError e) {
      return FileResult.failed(in.displayPath(), "cannot read " + in.displayPath()
          + ": the file is too large for the memory available");
    }
    FileResult result = early != null
        ? lintDocument(early, configPath(in.file(), in.displayPath()))
        : lintRead(source, in.format(), configPath(in.file(), in.displayPath()));
    if (cache != null && result.error() == null) {
      cache.store(in.displayPath(),
          new ResultCache.Entry(cacheKey, result.findings(), result.metrics(), result.sections()));
    }
    return result;
  }

  /** Lints a decoded source; a binary file is not linted, its read problem says why. */
  private FileResult lintRead(SourceFile source, Format format, String configPath) {
    if (source.unreadable()) {
      // A binary file: nothing to lint. Its read problem says why, instead of rules guessing.
      List<Finding> findings = new ArrayList<>();
      for (Problem p : source.readProblems()) {
        findings.add(DocumentLinter.finding(source, Problem.RULE_ID, Severity.ERROR, p.span(),
            p.message(), null));
      }
      return new FileResult(source.displayPath(), source, findings, null, List.of(), null);
    }
    return lintSource(source, format, configPath);
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /**
   * Lints one source that is already in memory.
   *
   * @param configPath the path the config's globs are matched against
   */
  private FileResult lintSource(SourceFile source, Format format, String configPath) {
    String path = source.displayPath();
    prepareOnce();
    WarmUp.await();
    ContentDocument document;
    try {
      document = Parsers.parse(source, format);
    } catch (RuntimeException | StackOverflowError e) {
      return FileResult.failed(path, "cannot parse " + path + ": " + describe(e));
    }
    return lintDocument(document, configPath);
  }

  /** Runs the rules on a parsed document. */
  private FileResult lintDocument(ContentDocument document, String configPath) {
    prepareOnce();
    SourceFile source = document.source();
    String path = source.displayPath();
    List<Finding> findings = DocumentLinter.lint(document, config.rulesFor(configPath));
    findings = Suppressions.apply(document, findings, knownIds);

    Metrics metrics = null;
    List<SectionMetrics> sections = List.of();
    if (settings.metrics()) {
      // READABILITY HOOK: the single place where page and per-section readability metrics are
      // computed for a FileResult (org.cxlint.core.analysis, from the readability work).
      metrics = ReadabilityScores.document(document);
      sections = ReadabilityScores.sections(document);
    }
    return new FileResult(path, source, findings, metrics, sections, null);
  }

  /**
   * Once per linter, starts the enabled rules' {@link Rule#prepare} (and the syllable data when
   * metrics are on) on one background thread, so loading their tables overlaps reading and
   * parsing: when a run without cache starts, or else at the first document really linted (not
   * a cached or unreadable one), so that a run served from the cache loads nothing. For one file
   * on two cores that is most of the loading off the critical path (issue 7). Failures are left
   * to {@code check}, which meets them again and reports them for the file.
   */
  private void prepareOnce() {
    if (!prepared.compareAndSet(false, true)) {
      return;
    }
    List<Rule> rules = new ArrayList<>();
    for (RuleMeta meta : config.enabledRules()) {
      config.registry().find(meta.id()).ifPresent(rules::add);
    }
    boolean metrics = settings.metrics();
    if (rules.isEmpty() && !metrics) {
      return;
    }
    Thread t = new Thread(() -> {
      if (metrics) {
        prepare(SyllableCounter::preload);
      }
      for (Rule r : rules) {
        prepare(r::prepare);
      }
    }, "cxlint-prepare");
    t.setDaemon(true);
    t.start();
  }

  private static void prepare(Runnable step) {
    try {
      step.run();
    } catch (Throwable e) {
      // Loading ahead is only for speed: check() meets the same failure and reports it for the
      // file, and a background thread must not print a stack trace of its own.
    }
  }

  private String configPath(Path absoluteFile, String displayPath) {
    Path dir = config.directory();
    if (dir != null && absoluteFile != null && absoluteFile.startsWith(dir)) {
      return slashes(dir.relativize(absoluteFile));
    }
    return displayPath;
  }

  private List<Input> expand(List<Path> inputs, Path base) {
    Map<Path, Input> found = new LinkedHashMap<>();
    for (Path given : inputs) {
      Path abs = base.resolve(given).normalize();
      if (Files.isDirectory(abs)) {
        walk(abs, base, found);
      } else {
        Format f = Format.forFileName(abs.getFileName() == null ? "" : abs.getFileName().toString());
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
        found.putIfAbsent(abs, new Input(abs, display, f == null ? Format.TEXT : f, failure));
      }
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
              if (f == null || hidden(file) || ignored(file)) {
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

  static String display(Path base, Path abs) {
    if (abs.equals(base)) {
      return ".";
    }
    try {
      return slashes(base.relativize(abs));
    } catch (IllegalArgumentException e) {
      return slashes(abs); // another root (Windows drive): keep it absolute
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace('\\', '/');
  }

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
    if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("is a directory")) {
      return "is a directory";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private static String describe(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the content is nested too deeply";
    }
    if (e instanceof OutOfMemoryError) {
      return "the file is too large for the memory available";
    }
    if (e instanceof IOException io) {
      return ioCause(io);
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}

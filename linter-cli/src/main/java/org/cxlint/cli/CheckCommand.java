package org.cxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cxlint.core.FileResult;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.NearestName;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.report.ReportSettings;
import org.cxlint.core.report.Reporter;
import org.cxlint.core.report.ReportTarget;
import org.cxlint.core.report.Reporters;
import org.cxlint.core.report.Visible;
import org.cxlint.core.rule.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cxlint check [PATH…]}: lint files and directories, or standard input. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Lint Markdown, HTML and text files for accessibility and plain language.",
      "Directories are searched for .md .markdown .html .htm .txt files; \"-\" reads standard"
          + " input.",
      "",
      "Exit status: 0 no findings at or above --fail-on, 1 findings at or above it, 2 the run"
          + " failed (bad option or config, unreadable input).",
    })
final class CheckCommand implements Callable<Integer> {
  private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");
  /** --threads above this many per processor is capped: files are linted on the CPU. */
  static final int MAX_THREADS_PER_PROCESSOR = 4;

  @ParentCommand Main main;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to lint (default: the current directory), or - for"
          + " standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "The name to report standard input under; its extension chooses the format"
          + " (default: Markdown).")
  String stdinFilename;

  @Option(names = {"-f", "--format"}, paramLabel = "NAME", defaultValue = "text",
      description = "Output format on standard output: text (default), json, or any installed"
          + " reporter.")
  String format;

  @Option(names = "--report", paramLabel = "NAME=FILE",
      description = "Also write a report in format NAME to FILE (repeatable), e.g."
          + " --report json=target/cxlint.json.")
  List<String> reports = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit with 1 when a finding is at or above LEVEL: error (default), warning,"
          + " info, or never.")
  String failOn;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Use this config file instead of the nearest .cxlint.yml.")
  Path configFile;

  @Option(names = "--no-config", description = "Ignore .cxlint.yml files; use the defaults.")
  boolean noConfig;

  @Option(names = "--threads", paramLabel = "N",
      description = "Lint N files at a time (default: the number of processors).")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "Report errors only.")
  boolean quiet;

  @Option(names = "--color", negatable = true,
      description = "Colour the text output (default: only on a terminal without NO_COLOR).")
  Boolean color;

  @Option(names = "--metrics", negatable = true,
      description = "Compute readability metrics per file (default: on for json and html"
          + " output).")
  Boolean metrics;

  @Option(names = "--max-file-size", paramLabel = "MB",
      description = "Skip files larger than this many megabytes, with an error naming them"
          + " (default: 10).")
  Integer maxFileSizeMb;

  @Option(names = "--cache",
      description = "Keep results between runs and skip files whose content, config and cxlint"
          + " version are unchanged.")
  boolean cache;

  @Option(names = "--cache-location", paramLabel = "FILE",
      description = "Where --cache keeps results (default: .cxlint-cache in the working directory).")
  Path cacheLocation;

  @Override
  public Integer call() throws UsageError, IOException {
    Terminal terminal = main.terminal();
    Severity threshold = threshold();
    Reporter primary = reporter(format);
    Map<Path, Reporter> files = reportFiles(terminal.workingDirectory());
    if (threads != null && threads < 1) {
      throw new UsageError("--threads must be at least 1, not " + threads + ".");
    }
    int processors = Runtime.getRuntime().availableProcessors();
    int maxThreads = MAX_THREADS_PER_PROCESSOR * processors;
    if (threads != null && threads > maxThreads) {
      PrintWriter w = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8));
      w.println("cxlint: --threads " + threads + " is more than " + MAX_THREADS_PER_PROCESSOR
          + " per processor (" + processors + (processors == 1 ? " processor" : " processors")
          + " here); using " + maxThreads + ". More threads only take memory.");
      w.flush();
      threads = maxThreads;
    }
    boolean stdin = paths.contains("-");
    if (stdin && paths.size() > 1) {
      throw new UsageError("\"-\" (standard input) cannot be combined with other paths.");
    }
    if (stdinFilename != null && !stdin) {
      throw new UsageError("--stdin-filename needs \"-\" as the path to read standard input.");
    }

    RuleRegistry registry = main.rules();
    Config config = config(registry, terminal.workingDirectory());
    boolean wantMetrics = metrics != null ? metrics
        : format.equals("json") || format.equals("html")
            || files.values().stream().anyMatch(r -> r.name().equals("json") || r.name().equals("html"));
    LinterSettings settings = LinterSettings.defaults().withMetrics(wantMetrics);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    if (maxFileSizeMb != null) {
      if (maxFileSizeMb < 1) {
        throw new UsageError("--max-file-size must be at least 1 (megabyte), not " + maxFileSizeMb + ".");
      }
      settings = settings.withMaxFileBytes(maxFileSizeMb * 1024L * 1024L);
    }
    Map<Path, String> outputs = new LinkedHashMap<>();
    files.forEach((target, r) -> {
      if (target != null) {
        outputs.put(target, "the " + r.name() + " report");
      }
    });
    if (cache || cacheLocation != null) {
      Path where = cacheLocation != null ? cacheLocation : Path.of(".cxlint-cache");
      settings = settings.withCacheFile(terminal.workingDirectory().resolve(where));
      outputs.put(settings.cacheFile(), "the cache (--cache-location)");
    }
    List<Path> inputs = new ArrayList<>();
    if (!stdin) {
      for (String p : paths.isEmpty() ? List.of(".") : paths) {
        inputs.add(Path.of(p));
      }
    }
    String clash = ReportTarget.checkDistinct(outputs,
        inputs.stream().map(p -> terminal.workingDirectory().resolve(p)).toList());
    if (clash != null) {
      throw new UsageError(clash);
    }
    Linter linter = new Linter(registry, config, settings);

    LintResult result;
    if (stdin) {
      String name = stdinFilename != null ? stdinFilename.replace('\\', '/') : "<stdin>";
      byte[] bytes = readStdin(terminal.in(), settings.maxFileBytes());
      result = bytes.length > settings.maxFileBytes()
          ? new LintResult(org.cxlint.core.Version.current(), config.enabledRules(),
              List.of(FileResult.failed(name, "cannot lint " + name + ": it is more than the "
                  + String.format(Locale.ROOT, "%.1f MB", settings.maxFileBytes() / (1024.0 * 1024.0))
                  + " limit for one file (raise it with --max-file-size)")))
          : linter.lintBytes(name, bytes, terminal.workingDirectory());
    } else {
      result = linter.lint(inputs, terminal.workingDirectory());
      if (!files.isEmpty()) {
        // A directory's files are known only now: no report may replace one of them.
        String overwrites = ReportTarget.checkDistinct(outputs, result.files().stream()
            .filter(f -> f.source() != null)
            .map(f -> terminal.workingDirectory().resolve(f.path())).toList());
        if (overwrites != null) {
          throw new UsageError(overwrites);
        }
      }
    }
    if (result.files().isEmpty()) {
      PrintWriter w = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8));
      w.println("cxlint: no files to lint in " + Visible.of(String.join(", ", paths.isEmpty()
          ? List.of(".") : paths)) + " (cxlint reads .md .markdown .html .htm .txt; hidden and ignored paths"
          + " are skipped).");
      w.flush();
    }
    if (quiet) {
      result = errorsOnly(result);
    }

    boolean useColor = color != null ? color : terminal.colorByDefault();
    OutputStream out = terminal.out();
    // Each report is written on its own: one failing (a bug in a reporter, a full disk) does not
    // keep the others from being written; the run then fails with every reason.
    List<String> failed = new ArrayList<>();
    try {
      primary.write(result, new ReportSettings(useColor, terminal.workingDirectory()), out);
    } catch (RuntimeException ex) {
      failed.add("the " + primary.name() + " output failed: " + ex);
    }
    out.flush();
    for (Map.Entry<Path, Reporter> e : files.entrySet()) {
      try {
        if (e.getKey() == null) {
          e.getValue().write(result, new ReportSettings(false, terminal.workingDirectory()), out);
          out.flush();
        } else {
          Reporters.writeAtomically(e.getValue(), result,
              new ReportSettings(false, terminal.workingDirectory()), e.getKey());
        }
      } catch (IOException ex) {
        failed.add("cannot write the " + e.getValue().name() + " report to "
            + (e.getKey() == null ? "standard output" : e.getKey()) + ": "
            + ReportTarget.describe(ex));
      } catch (RuntimeException ex) {
        failed.add("the " + e.getValue().name() + " report failed: " + ex);
      }
    }
    if (!failed.isEmpty()) {
      throw new UsageError(String.join("; ", failed));
    }

    if (!result.failures().isEmpty()) {
      return ExitCode.FAILED;
    }
    return result.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private Severity threshold() throws UsageError {
    String v = failOn.trim().toLowerCase(Locale.ROOT);
    if (!FAIL_ON.contains(v)) {
      throw new UsageError("--fail-on must be error, warning, info or never, not \"" + failOn
          + "\"." + NearestName.hint(v, FAIL_ON));
    }
    return v.equals("never") ? null : Severity.parse(v);
  }

  private static Reporter reporter(String name) throws UsageError {
    Optional<Reporter> r = Reporters.find(name);
    if (r.isEmpty()) {
      var names = Reporters.names();
      throw new UsageError("unknown format \"" + name + "\"." + NearestName.hint(name, names)
          + " The formats are: " + String.join(", ", names) + ".");
    }
    return r.get();
  }

  private Map<Path, Reporter> reportFiles(Path workingDirectory) throws UsageError {
    Map<Path, Reporter> out = new LinkedHashMap<>();
    for (String spec : reports) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new UsageError("--report needs NAME=FILE, e.g. --report json=target/cxlint.json,"
            + " not \"" + spec + "\".");
      }
      String file = spec.substring(eq + 1);
      // "-" is standard output; any other path must be (or become) a regular file.
      Path target = file.equals("-") ? null : workingDirectory.resolve(file);
      if (out.containsKey(target)) {
        throw new UsageError("two reports are written to " + (target == null ? "standard output"
            : file) + ": give each --report its own file.");
      }
      out.put(target, reporter(spec.substring(0, eq)));
    }
    return out;
  }

  private Config config(RuleRegistry registry, Path workingDirectory) throws UsageError {
    if (noConfig && configFile != null) {
      throw new UsageError("--config and --no-config contradict each other; use one.");
    }
    if (noConfig) {
      return Config.defaults(registry);
    }
    Optional<Path> file = configFile != null
        ? Optional.of(configFile)
        : Config.discover(workingDirectory).map(p -> shorten(workingDirectory, p));
    if (file.isEmpty()) {
      return Config.defaults(registry);
    }
    Path f = file.get();
    Path loaded = f.isAbsolute() ? f : workingDirectory.resolve(f);
    try {
      // Load through a path the user recognises; resolve it against the working directory.
      return Config.load(loaded, registry);
    } catch (ConfigException e) {
      // A mistake in a file this one extends is named with that file's own path.
      Path where = e.file() == null || e.file().toAbsolutePath().normalize()
          .equals(loaded.toAbsolutePath().normalize()) ? f : shorten(workingDirectory, e.file());
      throw new UsageError(new ConfigException(where, e.line(), e.column(), e.reason()).getMessage(), e);
    }
  }

  /** The config path relative to the working directory when that is shorter to read. */
  private static Path shorten(Path workingDirectory, Path p) {
    try {
      Path rel = workingDirectory.toAbsolutePath().relativize(p.toAbsolutePath());
      return rel.toString().isEmpty() ? p : rel;
    } catch (IllegalArgumentException e) {
      return p;
    }
  }

  /** Standard input, at most {@code limit} + 1 bytes: one more than the limit says it is over. */
  private static byte[] readStdin(InputStream in, long limit) throws UsageError {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new UsageError("cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static LintResult errorsOnly(LintResult r) {
    List<FileResult> files = new ArrayList<>();
    for (FileResult f : r.files()) {
      files.add(new FileResult(f.path(), f.source(),
          f.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList(),
          f.metrics(), f.sections(), f.error()));
    }
    return new LintResult(r.toolVersion(), r.rules(), files);
  }
}

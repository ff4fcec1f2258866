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
import org.cxlint.core.FileOutcome;
import org.cxlint.core.InputFinder;
import org.cxlint.core.OutcomeSink;
import org.cxlint.core.RunSummary;
import org.cxlint.core.baseline.Baseline;
import org.cxlint.core.baseline.BaselineCheck;
import org.cxlint.core.baseline.BaselineEntry;
import org.cxlint.core.baseline.BaselineException;
import org.cxlint.core.baseline.BaselineRecorder;
import org.cxlint.core.baseline.FileBaseline;
import org.cxlint.core.changes.ChangedLines;
import org.cxlint.core.changes.ChangesException;
import org.cxlint.core.changes.GitChanges;
import org.cxlint.core.report.FileReport;
import org.cxlint.core.report.ReportRun;
import org.cxlint.core.report.ReportWriter;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.NearestName;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.report.ReportSettings;
import org.cxlint.core.report.Reporter;
import org.cxlint.core.report.Reporters;
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

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report and fail on only the findings that are not in this baseline file"
          + " (made with --baseline-write); count the others as baselined.")
  Path baselineFile;

  @Option(names = "--baseline-write", paramLabel = "FILE",
      description = "Record every current finding in FILE, a baseline to commit; this run then"
          + " reports them all as baselined.")
  Path baselineWrite;

  @Option(names = "--baseline-prune",
      description = "With --baseline: drop from the baseline file the entries that no longer"
          + " occur (fixed findings, deleted pages) and list them.")
  boolean baselinePrune;

  @Option(names = "--changed-since", paramLabel = "REF",
      description = "Lint only the files changed since the git ref REF (committed, staged,"
          + " unstaged or untracked) and report only findings on added or changed lines, plus"
          + " page-level findings, e.g. --changed-since origin/main.")
  String changedSince;

  @Option(names = "--watch",
      description = "Keep running: lint the paths, then lint a file again each time it changes"
          + " and print its findings (clearing the screen on a terminal). Ctrl-C stops.")
  boolean watch;

  @Override
  public Integer call() throws UsageError, IOException {
    Terminal terminal = main.terminal();
    Severity threshold = threshold();
    Reporter primary = reporter(format);
    Map<Path, Reporter> files = reportFiles(terminal.workingDirectory());
    if (threads != null && threads < 1) {
      throw new UsageError("--threads must be at least 1, not " + threads + ".");
    }
    boolean stdin = paths.contains("-");
    if (stdin && paths.size() > 1) {
      throw new UsageError("\"-\" (standard input) cannot be combined with other paths.");
    }
    if (stdinFilename != null && !stdin) {
      throw new UsageError("--stdin-filename needs \"-\" as the path to read standard input.");
    }

    checkBaselineOptions(stdin);
    Baseline baseline = readBaseline(terminal.workingDirectory());

    RuleRegistry registry = main.rules();
    Config config = config(registry, terminal.workingDirectory());
    if (watch) {
      return watch(registry, config, terminal);
    }
    boolean wantMetrics = metrics != null ? metrics
        : primary.showsMetrics() || files.values().stream().anyMatch(Reporter::showsMetrics);
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
    if (cache || cacheLocation != null) {
      Path where = cacheLocation != null ? cacheLocation : Path.of(".cxlint-cache");
      settings = settings.withCacheFile(terminal.workingDirectory().resolve(where));
    }
    Linter linter = new Linter(config, settings, terminal.warmUp());
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);

    List<InputFinder.Input> inputs = List.of();
    ChangedLines changes = null;
    LintResult single = null;
    if (stdin) {
      String name = stdinFilename != null ? stdinFilename.replace('\\', '/') : "<stdin>";
      single = linter.lintBytes(name, readStdin(terminal.in()), terminal.workingDirectory());
    } else {
      List<Path> named = new ArrayList<>();
      for (String p : paths.isEmpty() ? List.of(".") : paths) {
        named.add(Path.of(p));
      }
      inputs = linter.finder().find(named, terminal.workingDirectory());
      if (changedSince != null) {
        changes = changedLines(named, terminal.workingDirectory());
        inputs = changedOnly(inputs, changes);
      }
      // A mistyped path is said first, before any report; the other files are still linted.
      for (InputFinder.Input in : inputs) {
        if (in.failure() != null) {
          err.println("cxlint: " + in.failure());
        }
      }
      if (inputs.isEmpty() && changes != null) {
        err.println("cxlint: no files to lint: none of the files in " + String.join(", ",
            paths.isEmpty() ? List.of(".") : paths) + " changed since " + changedSince + ".");
      } else if (inputs.isEmpty()) {
        err.println("cxlint: no files to lint in " + String.join(", ", paths.isEmpty()
            ? List.of(".") : paths) + " (cxlint reads .md .markdown .html .htm .txt; hidden and"
            + " ignored paths are skipped).");
      }
    }

    boolean useColor = color != null ? color : terminal.colorByDefault();
    BaselineCheck check = baseline == null ? null
        : new BaselineCheck(baseline, terminal.workingDirectory());
    BaselineRecorder recorder = baselineWrite == null ? null
        : new BaselineRecorder(terminal.workingDirectory().resolve(baselineWrite),
            terminal.workingDirectory());
    ReportRun run = new ReportRun(org.cxlint.core.Version.current(), config.enabledRules(),
        check != null || recorder != null);
    ChangedLines changed = changes;
    Map<FileReport, Reporter> reportFiles = new LinkedHashMap<>();
    RunSummary[] shownTotals = {RunSummary.EMPTY};
    try {
      for (Map.Entry<Path, Reporter> e : files.entrySet()) {
        try {
          reportFiles.put(FileReport.open(e.getValue(), run,
              new ReportSettings(false, terminal.workingDirectory()), e.getKey()), e.getValue());
        } catch (IOException ex) {
          throw cannotWrite(e.getValue(), e.getKey(), ex);
        }
      }
      OutputStream out = terminal.out();
      ReportWriter console = primary.open(run,
          new ReportSettings(useColor, terminal.workingDirectory()), out);
      boolean keepText = primary.showsText()
          || files.values().stream().anyMatch(Reporter::showsText);
      OutcomeSink sink = found -> {
        FileOutcome outcome = found;
        if (changed != null) {
          outcome = changed.keepChanged(outcome,
              terminal.workingDirectory().resolve(outcome.path()));
        }
        if (check != null) {
          outcome = check.apply(outcome);
        }
        if (recorder != null) {
          recorder.add(outcome);
          // Everything found is now in the baseline being written.
          outcome = outcome.withBaseline(List.of(),
              new FileBaseline(outcome.findings(), List.of()));
        }
        FileOutcome shown = quiet ? errorsOnly(outcome) : outcome;
        shownTotals[0] = shownTotals[0].plus(shown);
        console.file(shown);
        for (FileReport r : reportFiles.keySet()) {
          try {
            r.file(shown);
          } catch (IOException ex) {
            throw new ReportFailure(r, ex);
          }
        }
      };
      try {
        if (single != null) {
          for (FileOutcome f : single.files()) {
            sink.accept(f);
          }
        } else {
          linter.run(inputs, sink, keepText);
        }
      } catch (ReportFailure ex) {
        throw cannotWrite(reportFiles.get(ex.report), ex.report.target(), ex.failure);
      }
      console.finish(shownTotals[0]);
      out.flush();
      for (Map.Entry<FileReport, Reporter> r : reportFiles.entrySet()) {
        try {
          r.getKey().finish(shownTotals[0]);
        } catch (IOException ex) {
          throw cannotWrite(r.getValue(), r.getKey().target(), ex);
        }
      }
    } finally {
      for (FileReport r : reportFiles.keySet()) {
        r.discard();
      }
    }
    RunSummary summary = shownTotals[0];
    if (recorder != null) {
      Baseline written = recorder.baseline();
      try {
        written.write();
      } catch (BaselineException e) {
        throw new UsageError(e.getMessage(), e);
      }
      err.println("cxlint: wrote " + plural(written.findingCount(), "finding") + " ("
          + plural(written.entries().size(), "entry", "entries") + ") to the baseline "
          + baselineWrite + ".");
    }
    if (check != null) {
      List<BaselineEntry> absent = check.absent();
      if (baselinePrune) {
        try {
          check.pruned().write();
        } catch (BaselineException e) {
          throw new UsageError(e.getMessage(), e);
        }
        long gone = absent.stream().mapToLong(BaselineEntry::count).sum();
        err.println("cxlint: removed " + plural(gone, "finding") + " that no longer occur"
            + (gone == 1 ? "s" : "") + " from the baseline " + baselineFile
            + (absent.isEmpty() ? "." : ":"));
        for (BaselineEntry e : absent) {
          err.println("  removed " + e.path() + "  " + e.rule()
              + (e.count() > 1 ? " (" + e.count() + "x)" : "")
              + (e.message() == null ? "" : "  " + e.message()));
        }
      } else if (!absent.isEmpty()) {
        long gone = absent.stream().mapToLong(BaselineEntry::count).sum();
        err.println("cxlint: " + plural(gone, "baselined finding") + " no longer occur"
            + (gone == 1 ? "s" : "") + "; --baseline-prune drops "
            + (gone == 1 ? "it" : "them") + " from " + baselineFile + ".");
      }
    }

    if (summary.failed() > 0) {
      return ExitCode.FAILED;
    }
    return summary.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private void checkBaselineOptions(boolean stdin) throws UsageError {
    if (watch && (baselineFile != null || baselineWrite != null || changedSince != null)) {
      throw new UsageError("--watch lints every change as it is saved; it cannot be combined"
          + " with --baseline, --baseline-write or --changed-since.");
    }
    if (baselinePrune && baselineFile == null) {
      throw new UsageError("--baseline-prune needs --baseline FILE: the baseline to prune.");
    }
    if (baselineWrite != null && baselineFile != null) {
      throw new UsageError("--baseline-write records every finding and --baseline checks"
          + " against one; use one of them (--baseline-prune updates a baseline in place).");
    }
    if (changedSince != null && (baselineWrite != null || baselinePrune)) {
      throw new UsageError("--changed-since lints only changed files, so it cannot "
          + (baselinePrune ? "prune" : "write") + " a baseline for the whole site; run without"
          + " --changed-since.");
    }
    if (changedSince != null && stdin) {
      throw new UsageError("--changed-since reads files from a git repository, not standard"
          + " input.");
    }
  }

  /** The --baseline file, read before any file is linted; null without the option. */
  private Baseline readBaseline(Path workingDirectory) throws UsageError {
    if (baselineFile == null) {
      return null;
    }
    try {
      return Baseline.read(workingDirectory.resolve(baselineFile));
    } catch (BaselineException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  /** Asks git what changed; every named path must be in the repository found. */
  private static ChangedLines changedLinesIn(List<Path> named, Path workingDirectory, String ref)
      throws UsageError {
    Path first = workingDirectory.resolve(named.get(0)).toAbsolutePath().normalize();
    Path from = java.nio.file.Files.isDirectory(first) ? first
        : first.getParent() != null && java.nio.file.Files.isDirectory(first.getParent())
            ? first.getParent() : workingDirectory;
    ChangedLines changes;
    try {
      changes = GitChanges.since(from, ref);
    } catch (ChangesException e) {
      throw new UsageError(e.getMessage(), e);
    }
    for (Path p : named) {
      Path abs = workingDirectory.resolve(p).toAbsolutePath().normalize();
      Path real = abs;
      try {
        real = abs.toRealPath();
      } catch (IOException e) {
        // a path that does not exist is said by the finder
      }
      if (!real.startsWith(changes.root())) {
        throw new UsageError("--changed-since: " + p + " is outside the git repository at "
            + changes.root() + "; name paths inside it.");
      }
    }
    return changes;
  }

  private ChangedLines changedLines(List<Path> named, Path workingDirectory) throws UsageError {
    return changedLinesIn(named, workingDirectory, changedSince);
  }

  /** The inputs that changed; inputs that cannot be read stay, so their cause is still said. */
  private static List<InputFinder.Input> changedOnly(List<InputFinder.Input> inputs,
      ChangedLines changes) {
    List<InputFinder.Input> kept = new ArrayList<>();
    for (InputFinder.Input in : inputs) {
      if (in.failure() != null || (in.file() != null && changes.contains(in.file()))) {
        kept.add(in);
      }
    }
    return kept;
  }

  private static String plural(long n, String word) {
    return plural(n, word, word + "s");
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private int watch(RuleRegistry registry, Config first, Terminal terminal)
      throws UsageError, IOException {
    if (paths.contains("-")) {
      throw new UsageError("--watch needs files or directories to watch, not \"-\" (standard input).");
    }
    if (!reports.isEmpty() || !format.equals("text")) {
      throw new UsageError("--watch prints text as files change; it cannot be combined with"
          + " --format or --report.");
    }
    List<Path> inputs = new ArrayList<>();
    for (String p : paths.isEmpty() ? List.of(".") : paths) {
      inputs.add(Path.of(p));
    }
    boolean[] firstRead = {true};
    java.util.function.Supplier<Config> configs = () -> {
      if (firstRead[0]) {
        firstRead[0] = false;
        return first;
      }
      try {
        return config(registry, terminal.workingDirectory());
      } catch (UsageError e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    };
    return new CheckWatch(registry, configs, inputs, terminal, reporter("text"),
        color != null ? color : terminal.colorByDefault(), quiet).run();
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
      Path target = workingDirectory.resolve(spec.substring(eq + 1));
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
    try {
      // Load through a path the user recognises; resolve it against the working directory.
      return Config.load(f.isAbsolute() ? f : workingDirectory.resolve(f), registry);
    } catch (ConfigException e) {
      throw new UsageError(new ConfigException(f, e.line(), e.column(), e.reason()).getMessage(), e);
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

  private static byte[] readStdin(InputStream in) throws UsageError {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UsageError("cannot read standard input: " + e.getMessage(), e);
    }
  }

  private static FileOutcome errorsOnly(FileOutcome f) {
    return f.withFindings(f.findings().stream().filter(x -> x.severity() == Severity.ERROR)
        .toList());
  }

  private static UsageError cannotWrite(Reporter reporter, Path target, IOException e) {
    return new UsageError("cannot write the " + reporter.name() + " report to " + target + ": "
        + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
  }

  /** A report file that failed while the run streamed into it. */
  private static final class ReportFailure extends IOException {
    final transient FileReport report;
    final IOException failure;

    ReportFailure(FileReport report, IOException failure) {
      super(failure);
      this.report = report;
      this.failure = failure;
    }
  }
}

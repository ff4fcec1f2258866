package org.cxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.Source;
import org.cxlint.core.fix.FixApplier;
import org.cxlint.core.fix.FixRun;
import org.cxlint.core.fix.UnifiedDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.cxlint.core.report.ReportTarget;
import org.cxlint.core.report.PendingTempFiles;
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
      completionCandidates = FormatNames.class,
      description = "Output format on standard output: ${COMPLETION-CANDIDATES} (default:"
          + " text; installed reporter plug-ins add theirs).")
  String format;

  /** The formats of every installed reporter, for {@code check --help}; read only when asked. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Reporters.names().iterator();
    }
  }

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

  @Option(names = "--fix",
      description = "Apply the safe fixes to the files, lint again until nothing more changes"
          + " (at most 10 passes), and report what remains.")
  boolean fix;

  @Option(names = "--fix-dry-run",
      description = "Print the changes --fix would make as a unified diff; change no file.")
  boolean fixDryRun;

  @Option(names = "--fix-rule", paramLabel = "RULE",
      description = "With --fix or --fix-dry-run: apply only this rule's fixes (repeatable).")
  List<String> fixRules = new ArrayList<>();

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

    checkBaselineOptions(stdin);
    Baseline baseline = readBaseline(terminal.workingDirectory());
    if (fix && fixDryRun) {
      throw new UsageError("--fix and --fix-dry-run contradict each other; use one.");
    }
    if (!fixRules.isEmpty() && !fix && !fixDryRun) {
      throw new UsageError("--fix-rule limits --fix or --fix-dry-run; add one of them.");
    }
    if (fix && stdin) {
      throw new UsageError("--fix changes files, and standard input is no file; use"
          + " --fix-dry-run to see the changes as a diff.");
    }

    RuleRegistry registry = main.rules();
    Set<String> onlyRules = fixRules(registry);
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
    List<Path> named = new ArrayList<>();
    if (!stdin) {
      for (String p : paths.isEmpty() ? List.of(".") : paths) {
        named.add(Path.of(p));
      }
    }
    String clash = ReportTarget.checkDistinct(outputs,
        named.stream().map(p -> terminal.workingDirectory().resolve(p)).toList());
    if (clash != null) {
      throw new UsageError(clash);
    }
    // Temporary files of reports and the cache are removed if the run is stopped (Ctrl-C,
    // SIGTERM); the JVM then exits with 130 or 143 as usual.
    PendingTempFiles temps = new PendingTempFiles();
    Thread cleanup = new Thread(temps::removeAll, "cxlint-remove-temp-files");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      return lint(config, settings, temps, primary, files, outputs, named, stdin, threshold,
          baseline, onlyRules);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is stopping: the hook runs
      }
    }
  }

  /** The run itself, once options and config are checked. */
  private int lint(Config config, LinterSettings settings, PendingTempFiles temps,
      Reporter primary, Map<Path, Reporter> files, Map<Path, String> outputs, List<Path> named,
      boolean stdin, Severity threshold, Baseline baseline, Set<String> onlyRules)
      throws UsageError, IOException {
    Terminal terminal = main.terminal();
    Linter linter = new Linter(config, settings, terminal.warmUp(), temps);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
    FixApplier applier = fix || fixDryRun ? new FixApplier(linter.pipeline(),
        onlyRules.isEmpty() ? null : f -> onlyRules.contains(f.rule())) : null;
    FixRun fixRun = applier == null ? null : new FixRun(applier, fixDryRun);
    Map<String, String> stdinDiff = new LinkedHashMap<>();
    Map<String, Integer> stdinFixes = new java.util.TreeMap<>();

    List<InputFinder.Input> inputs = List.of();
    ChangedLines changes = null;
    LintResult single = null;
    if (stdin) {
      String name = stdinFilename != null ? stdinFilename.replace('\\', '/') : "<stdin>";
      byte[] bytes = readStdin(terminal.in(), settings.maxFileBytes());
      single = bytes.length > settings.maxFileBytes()
          ? new LintResult(org.cxlint.core.Version.current(), config.enabledRules(),
              List.of(FileOutcome.failed(name, "cannot lint " + name + ": it is more than the "
                  + AsciiFormat.format("%.1f MB", settings.maxFileBytes() / (1024.0 * 1024.0))
                  + " limit for one file (raise it with --max-file-size)")))
          : linter.lintBytes(name, bytes, terminal.workingDirectory());
      if (applier != null && single.files().get(0).error() == null) {
        single = dryRunStdin(applier, single, stdinDiff, stdinFixes);
      }
    } else {
      inputs = linter.finder().find(named, terminal.workingDirectory());
      if (changedSince != null) {
        changes = changedLines(named, terminal.workingDirectory());
        inputs = changedOnly(inputs, changes);
      }
      // A mistyped path is said first, before any report; the other files are still linted.
      for (InputFinder.Input in : inputs) {
        if (in.failure() != null) {
          err.println("cxlint: " + Visible.of(in.failure()));
        }
      }
      if (inputs.isEmpty() && changes != null) {
        err.println("cxlint: no files to lint: none of the files in " + Visible.of(String.join(", ",
            paths.isEmpty() ? List.of(".") : paths)) + " changed since " + changedSince + ".");
      } else if (inputs.isEmpty()) {
        err.println("cxlint: no files to lint in " + Visible.of(String.join(", ", paths.isEmpty()
            ? List.of(".") : paths)) + " (cxlint reads .md .markdown .html .htm .txt; hidden and"
            + " ignored paths are skipped).");
      }
      if (!outputs.isEmpty()) {
        // A directory's files are known now, before anything is written: no report or cache
        // may replace one of them.
        String overwrites = ReportTarget.checkDistinct(outputs,
            inputs.stream().map(InputFinder.Input::file).toList());
        if (overwrites != null) {
          throw new UsageError(overwrites);
        }
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
    OutputStream out = terminal.out();
    // Each report is written on its own: one failing (a full disk, a bug in a reporter) does not
    // keep the others from being written; the run then fails with every reason.
    List<ReportOutput> reportOutputs = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    RunSummary[] shownTotals = {RunSummary.EMPTY};
    try {
      for (Map.Entry<Path, Reporter> e : files.entrySet()) {
        try {
          reportOutputs.add(ReportOutput.open(e.getValue(), run,
              new ReportSettings(false, terminal.workingDirectory()), e.getKey(), temps));
        } catch (IOException ex) {
          failed.add(cannotWrite(e.getValue(), e.getKey(), ex));
        }
      }
      ReportWriter console = primary.open(run,
          new ReportSettings(useColor, terminal.workingDirectory()), out);
      boolean keepText = primary.showsText()
          || files.values().stream().anyMatch(Reporter::showsText);
      Writer diffOut = new OutputStreamWriter(out, StandardCharsets.UTF_8);
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
        if (fixRun != null) {
          FixRun.FileFix done = fixRun.take(outcome.path());
          if (done != null && done.problem() != null) {
            err.println("cxlint: " + Visible.of(outcome.path()) + " was not fixed: "
                + done.problem() + ".");
          } else if (done != null && fixDryRun) {
            diffOut.write(done.diff());
          }
        }
        String diff = stdinDiff.remove(outcome.path());
        if (diff != null) {
          diffOut.write(diff);
        }
        if (fixDryRun) {
          diffOut.flush();
        } else {
          console.file(shown);
        }
        for (ReportOutput r : reportOutputs) {
          r.file(shown, failed);
        }
      };
      if (single != null) {
        for (FileOutcome f : single.files()) {
          sink.accept(f);
        }
      } else {
        linter.run(inputs, sink, keepText, fixRun);
      }
      if (!fixDryRun) {
        console.finish(shownTotals[0]);
      }
      out.flush();
      if (fixRun != null) {
        err.println(fixSummary(fixRun, stdinFixes));
      }
      for (ReportOutput r : reportOutputs) {
        r.finish(shownTotals[0], out, failed);
      }
    } finally {
      for (ReportOutput r : reportOutputs) {
        r.discard();
      }
    }
    if (!failed.isEmpty()) {
      throw new UsageError(String.join("; ", failed));
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

  private static FileOutcome errorsOnly(FileOutcome f) {
    return f.withFindings(f.findings().stream().filter(x -> x.severity() == Severity.ERROR)
        .toList());
  }

  private static String cannotWrite(Reporter reporter, Path target, IOException e) {
    return "cannot write the " + reporter.name() + " report to "
        + (target == null ? "standard output" : Visible.of(target.toString())) + ": "
        + ReportTarget.describe(e);
  }

  /**
   * One {@code --report}: a file written whole or not at all, or, for {@code NAME=-}, standard
   * output after the main format (spooled to a temporary file meanwhile, so the two do not mix).
   * A report that fails is dropped with its reason; the others go on.
   */
  private static final class ReportOutput {
    private final Reporter reporter;
    private final Path target;
    private final FileReport report;
    private boolean broken;

    private ReportOutput(Reporter reporter, Path target, FileReport report) {
      this.reporter = reporter;
      this.target = target;
      this.report = report;
    }

    static ReportOutput open(Reporter reporter, ReportRun run, ReportSettings settings,
        Path target, PendingTempFiles temps) throws IOException {
      Path file = target != null ? target
          : Files.createTempFile("cxlint-" + reporter.name(), ".out");
      return new ReportOutput(reporter, target,
          FileReport.open(reporter, run, settings, file, temps));
    }

    void file(FileOutcome outcome, List<String> failed) {
      if (broken) {
        return;
      }
      try {
        report.file(outcome);
      } catch (IOException e) {
        fail(failed, cannotWrite(reporter, target, e));
      } catch (RuntimeException e) {
        fail(failed, "the " + reporter.name() + " report failed: " + Visible.of(e.toString()));
      }
    }

    void finish(RunSummary summary, OutputStream stdout, List<String> failed) {
      if (broken) {
        return;
      }
      try {
        report.finish(summary);
        if (target == null) {
          Files.copy(report.target(), stdout);
          stdout.flush();
          Files.deleteIfExists(report.target());
        }
      } catch (IOException e) {
        fail(failed, cannotWrite(reporter, target, e));
      } catch (RuntimeException e) {
        fail(failed, "the " + reporter.name() + " report failed: " + Visible.of(e.toString()));
      }
    }

    private void fail(List<String> failed, String reason) {
      broken = true;
      failed.add(reason);
      report.discard();
    }

    void discard() {
      report.discard();
      if (target == null) {
        try {
          Files.deleteIfExists(report.target());
        } catch (IOException e) {
          // a temporary file in the system's temp folder
        }
      }
    }
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

  /** The rule ids --fix-rule names, checked against the installed rules. */
  private Set<String> fixRules(RuleRegistry registry) throws UsageError {
    Set<String> out = new LinkedHashSet<>();
    List<String> ids = registry.ids();
    for (String r : fixRules) {
      String id = r.trim();
      if (!ids.contains(id)) {
        throw new UsageError("--fix-rule: there is no rule \"" + r + "\"."
            + NearestName.hint(id, ids) + " See cxlint rules.");
      }
      out.add(id);
    }
    return out;
  }

  /** Standard input with --fix-dry-run: fixed in memory, its diff kept for the sink. */
  private static LintResult dryRunStdin(FixApplier applier, LintResult linted,
      Map<String, String> diffs, Map<String, Integer> fixes) {
    FileOutcome first = linted.files().get(0);
    if (first.source() == null || first.findings().stream().noneMatch(applier::applies)) {
      return linted;
    }
    FixApplier.Result r = applier.fix(Source.text(first.source().path(), first.path(),
        first.source().text()), first);
    if (!r.changed()) {
      return linted;
    }
    diffs.put(first.path(), UnifiedDiff.of(first.path(), r.original(), r.text()));
    fixes.putAll(r.fixesByRule());
    return new LintResult(linted.toolVersion(), linted.rules(), List.of(r.outcome()));
  }

  private String fixSummary(FixRun run, Map<String, Integer> stdinFixes) {
    Map<String, Integer> byRule = run.fixesByRule();
    stdinFixes.forEach((k, v) -> byRule.merge(k, v, Integer::sum));
    int stdinFiles = stdinFixes.isEmpty() ? 0 : 1;
    int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
    int files = run.filesChanged() + stdinFiles;
    if (total == 0 && stdinFiles == 0 && run.heldBack() == 0) {
      return "cxlint: nothing to fix" + (fixRules.isEmpty() ? "" : " for " + String.join(", ",
          fixRules)) + ".";
    }
    StringBuilder sb = new StringBuilder("cxlint: ");
    if (total == 0 && stdinFiles == 0) {
      sb.append("nothing ").append(fixDryRun ? "to fix" : "fixed");
    } else {
      sb.append(fixDryRun ? "would fix " : "fixed ").append(total)
          .append(total == 1 ? " problem" : " problems").append(" in ").append(files)
          .append(files == 1 ? " file" : " files");
    }
    if (!byRule.isEmpty()) {
      sb.append(" (");
      boolean first = true;
      for (Map.Entry<String, Integer> e : byRule.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        first = false;
      }
      sb.append(')');
    }
    if (run.heldBack() > 0) {
      sb.append("; ").append(run.heldBack()).append(run.heldBack() == 1 ? " fix was" : " fixes were")
          .append(" held back: each would have made a new problem (such as a sentence over the"
              + " length limit); they are shown as suggestions");
    }
    return sb.append('.').toString();
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
}

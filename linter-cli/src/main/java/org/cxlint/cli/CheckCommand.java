package org.cxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cxlint.core.Source;
import org.cxlint.core.fix.FixApplier;
import org.cxlint.core.fix.FixRun;
import org.cxlint.core.fix.UnifiedDiff;
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
    boolean stdin = paths.contains("-");
    if (stdin && paths.size() > 1) {
      throw new UsageError("\"-\" (standard input) cannot be combined with other paths.");
    }
    if (stdinFilename != null && !stdin) {
      throw new UsageError("--stdin-filename needs \"-\" as the path to read standard input.");
    }

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
    FixApplier applier = fix || fixDryRun ? new FixApplier(linter.pipeline(),
        onlyRules.isEmpty() ? null : f -> onlyRules.contains(f.rule())) : null;
    FixRun fixRun = applier == null ? null : new FixRun(applier, fixDryRun);
    Map<String, String> stdinDiff = new LinkedHashMap<>();
    Map<String, Integer> stdinFixes = new java.util.TreeMap<>();

    List<InputFinder.Input> inputs = List.of();
    LintResult single = null;
    if (stdin) {
      String name = stdinFilename != null ? stdinFilename.replace('\\', '/') : "<stdin>";
      single = linter.lintBytes(name, readStdin(terminal.in()), terminal.workingDirectory());
      if (applier != null) {
        single = dryRunStdin(applier, single, stdinDiff, stdinFixes);
      }
    } else {
      List<Path> named = new ArrayList<>();
      for (String p : paths.isEmpty() ? List.of(".") : paths) {
        named.add(Path.of(p));
      }
      inputs = linter.finder().find(named, terminal.workingDirectory());
      // A mistyped path is said first, before any report; the other files are still linted.
      for (InputFinder.Input in : inputs) {
        if (in.failure() != null) {
          err.println("cxlint: " + in.failure());
        }
      }
      if (inputs.isEmpty()) {
        err.println("cxlint: no files to lint in " + String.join(", ", paths.isEmpty()
            ? List.of(".") : paths) + " (cxlint reads .md .markdown .html .htm .txt; hidden and"
            + " ignored paths are skipped).");
      }
    }

    boolean useColor = color != null ? color : terminal.colorByDefault();
    ReportRun run = new ReportRun(org.cxlint.core.Version.current(), config.enabledRules());
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
      Writer diffOut = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      OutcomeSink sink = outcome -> {
        FileOutcome shown = quiet ? errorsOnly(outcome) : outcome;
        shownTotals[0] = shownTotals[0].plus(shown);
        if (fixRun != null) {
          FixRun.FileFix done = fixRun.take(outcome.path());
          if (done != null && done.problem() != null) {
            err.println("cxlint: " + outcome.path() + " was not fixed: " + done.problem() + ".");
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
          linter.run(inputs, sink, keepText, fixRun);
        }
      } catch (ReportFailure ex) {
        throw cannotWrite(reportFiles.get(ex.report), ex.report.target(), ex.failure);
      }
      if (!fixDryRun) {
        console.finish(shownTotals[0]);
      }
      out.flush();
      if (fixRun != null) {
        err.println(fixSummary(fixRun, stdinFixes));
      }
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

    if (summary.failed() > 0) {
      return ExitCode.FAILED;
    }
    return summary.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
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

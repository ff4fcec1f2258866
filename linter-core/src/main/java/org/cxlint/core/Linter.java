package org.cxlint.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.core.cache.ResultCache;
import org.cxlint.core.config.Config;
import org.cxlint.core.report.TempFiles;
import org.cxlint.core.parse.SourceReader;
import org.cxlint.core.rule.Finding;

/**
 * The batch runner: finds inputs ({@link InputFinder}), schedules them on worker threads through
 * one {@link FilePipeline}, and hands each {@link FileOutcome} to an {@link OutcomeSink} as soon
 * as it and every file before it are done, in sorted path order, so output never depends on
 * thread timing and memory does not grow with the number of files: at most a window of outcomes
 * a few times the thread count is held at once. The CLI and the Maven plugin both call this.
 *
 * <p>Two things change that. With the cache on, unchanged files are answered from it. When a
 * site rule takes part ({@link org.cxlint.core.rule.SiteRule}, e.g. required-links with scope:
 * site), its findings can land on any file once the last one is linted, so the outcomes are held
 * (without their text, unless a reporter shows text) until the end.
 */
public final class Linter {
  private final Config config;
  private final LinterSettings settings;
  private final FilePipeline pipeline;
  /** Results of unchanged files from earlier runs, or null when the cache is off. */
  private final ResultCache cache;
  private final TempFiles temps;

  public Linter(RuleRegistry registry, Config config, LinterSettings settings) {
    this(config, settings, WarmUp.NONE, TempFiles.NONE);
    Objects.requireNonNull(registry, "registry");
  }

  /** A runner whose pipeline takes the documents {@code warmUp} parsed ahead. */
  public Linter(Config config, LinterSettings settings, WarmUp warmUp) {
    this(config, settings, warmUp, TempFiles.NONE);
  }

  /**
   * A runner whose pipeline takes the documents {@code warmUp} parsed ahead, and whose cache
   * registers its temporary file with {@code temps} (removed if the process is stopped).
   */
  public Linter(Config config, LinterSettings settings, WarmUp warmUp, TempFiles temps) {
    this.temps = Objects.requireNonNull(temps, "temps");
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pipeline = new FilePipeline(config, settings, warmUp);
    this.cache = settings.cacheFile() == null ? null
        : ResultCache.open(settings.cacheFile(), runKey(config, settings),
            config.registry().ids()::contains); // the engine's rules are in the registry
  }

  public FilePipeline pipeline() {
    return pipeline;
  }

  /** The input finder for this run's config. */
  public InputFinder finder() {
    return new InputFinder(config);
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

  /**
   * Lints files and directories and collects every outcome (for callers that want the whole
   * run at once; front ends that write reports use {@link #run}).
   */
  public LintResult lint(List<Path> inputs, Path baseDirectory) {
    List<FileOutcome> all = new ArrayList<>();
    try {
      run(finder().find(inputs, baseDirectory), all::add, false);
    } catch (IOException e) {
      throw new IllegalStateException(e); // the sink above never throws
    }
    return new LintResult(Version.current(), config.enabledRules(), all);
  }

  /**
   * Lints {@code inputs} and hands each outcome to {@code sink} in their (sorted) order.
   *
   * @param keepText whether outcomes held for the site stage keep their text (a reporter that
   *     shows the source needs it)
   * @return the run's totals
   * @throws IOException when the sink fails; the run stops
   * @throws OutOfMemoryError when the heap is exhausted; the run cannot go on
   */
  public RunSummary run(List<InputFinder.Input> inputs, OutcomeSink sink, boolean keepText)
      throws IOException {
    return run(inputs, sink, keepText, null);
  }

  /**
   * Work on each file's outcome on the worker thread that linted it, before the outcome goes
   * on in path order: {@code check --fix} fixes the file there and lints it again.
   */
  @FunctionalInterface
  public interface FileStep {
    /** The outcome to hand on for {@code input}; never throws for a bad file. */
    FileOutcome after(InputFinder.Input input, FileOutcome outcome);
  }

  /**
   * Like {@link #run(List, OutcomeSink, boolean)}, with {@code step} (may be null) applied to
   * each outcome on its worker thread.
   */
  public RunSummary run(List<InputFinder.Input> inputs, OutcomeSink sink, boolean keepText,
      FileStep step) throws IOException {
    if (cache == null && !inputs.isEmpty()) {
      pipeline.prepare(); // every file will be linted: load the rules' tables while one is read
    }
    List<List<ConfiguredRule>> rules = new ArrayList<>(inputs.size());
    boolean site = false;
    for (InputFinder.Input in : inputs) {
      List<ConfiguredRule> r = config.rulesFor(pipeline.configPath(in.source()));
      rules.add(r);
      site |= SiteRun.observes(r);
    }
    SiteRun siteRun = site ? new SiteRun(config.registry().rules()) : null;
    List<FileOutcome> held = site ? new ArrayList<>() : null;
    RunSummary summary = RunSummary.EMPTY;
    int threads = Math.max(1, Math.min(settings.threads(), inputs.size()));
    // One file: its rules take the cores the files would have used.
    pipeline.spreadRules(inputs.size() == 1 && settings.threads() > 1);
    Window window = new Window(inputs, threads, step);
    try {
      for (int i = 0; i < inputs.size(); i++) {
        FileOutcome outcome = window.next(i);
        if (siteRun != null) {
          siteRun.note(outcome, rules.get(i));
          held.add(keepText ? outcome : outcome.withoutSource());
        } else {
          summary = summary.plus(outcome);
          sink.accept(outcome);
        }
      }
    } finally {
      window.close();
    }
    if (siteRun != null) {
      Map<String, List<Finding>> added = siteRun.finish();
      for (FileOutcome outcome : held) {
        List<Finding> more = added.get(outcome.path());
        if (more != null) {
          List<Finding> all = new ArrayList<>(outcome.findings());
          all.addAll(more);
          all.sort(DocumentLinter.ORDER);
          outcome = outcome.withFindings(all);
        }
        summary = summary.plus(outcome);
        sink.accept(outcome);
      }
    }
    if (cache != null) {
      try {
        cache.save(temps);
      } catch (IOException | RuntimeException e) {
        // The cache only saves time: a run whose cache cannot be written is still complete.
      }
    }
    return summary;
  }

  /**
   * The files being linted: input {@code i} is started once every input before {@code i - ahead}
   * has been handed out, so outcomes waiting for an earlier, slower file stay few.
   */
  private final class Window {
    private final List<InputFinder.Input> inputs;
    private final ExecutorService pool;
    private final List<Future<FileOutcome>> futures;
    private final int ahead;
    private final FileStep step;
    private int submitted;

    Window(List<InputFinder.Input> inputs, int threads, FileStep step) {
      this.inputs = inputs;
      this.step = step;
      this.ahead = threads * 8;
      if (threads <= 1) {
        this.pool = null;
        this.futures = null;
        return;
      }
      AtomicInteger n = new AtomicInteger();
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "cxlint-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      this.futures = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), null));
    }

    FileOutcome next(int i) {
      if (pool == null) {
        return process(inputs.get(i));
      }
      while (submitted < inputs.size() && submitted <= i + ahead) {
        InputFinder.Input in = inputs.get(submitted);
        futures.set(submitted++, pool.submit(() -> process(in)));
      }
      Future<FileOutcome> f = futures.set(i, null);
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FileOutcome.failed(inputs.get(i).displayPath(), "cannot lint "
            + inputs.get(i).displayPath() + ": the run was interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof OutOfMemoryError oom) {
          throw oom;
        }
        return FileOutcome.failed(inputs.get(i).displayPath(), "cannot lint "
            + inputs.get(i).displayPath() + ": " + FilePipeline.describe(cause));
      }
    }

    private FileOutcome process(InputFinder.Input in) {
      FileOutcome outcome = lintInput(in);
      return step == null ? outcome : step.after(in, outcome);
    }

    void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private FileOutcome lintInput(InputFinder.Input in) {
    if (in.failure() != null) {
      return FileOutcome.failed(in.displayPath(), in.failure());
    }
    if (cache == null) {
      return pipeline.lint(in.source());
    }
    byte[] bytes;
    try {
      bytes = pipeline.read(in.file(), in.displayPath());
    } catch (IOException e) {
      return pipeline.lint(in.source()); // the pipeline meets the same problem and says so
    }
    String key = ResultCache.key(bytes, in.displayPath() + '\n'
        + pipeline.configPath(in.source()) + '\n' + in.format() + '\n'
        + pipeline.sitePage(in.file()));
    ResultCache.Entry hit = cache.lookup(in.displayPath(), key);
    if (hit != null) {
      return new FileOutcome(in.displayPath(), SourceReader.decode(bytes, in.file(),
          in.displayPath()), in.format(), hit.findings(), hit.metrics(), hit.sections(),
          hit.outline(), hit.siteFacts(), null);
    }
    FileOutcome outcome = pipeline.lint(
        new Source(in.file(), in.displayPath(), in.format(), bytes, null));
    if (outcome.error() == null) {
      cache.store(in.displayPath(), new ResultCache.Entry(key, outcome.findings(),
          outcome.metrics(), outcome.sections(), outcome.outline(), outcome.siteFacts()));
    }
    return outcome;
  }

  /**
   * Lints bytes that have no file, such as standard input, decoded as files are. The name
   * chooses the format (Markdown when its extension is unknown) and, taken relative to
   * {@code baseDirectory}, the config that applies.
   */
  public LintResult lintBytes(String displayPath, byte[] bytes, Path baseDirectory) {
    Source s = Source.bytes(displayPath, bytes);
    return one(pipeline.lint(new Source(where(baseDirectory, displayPath), displayPath,
        s.format(), bytes, null)));
  }

  /** Lints text that has no file, such as an editor's buffer; the name chooses format and config. */
  public LintResult lintText(String displayPath, String text) {
    return lintText(displayPath, text, Path.of(""));
  }

  /**
   * Lints text that has no file; {@code displayPath} is taken relative to {@code baseDirectory}
   * when the config's globs are matched.
   */
  public LintResult lintText(String displayPath, String text, Path baseDirectory) {
    return one(pipeline.lint(Source.text(where(baseDirectory, displayPath), displayPath, text)));
  }

  private LintResult one(FileOutcome outcome) {
    return new LintResult(Version.current(), config.enabledRules(), List.of(outcome));
  }

  /** Where a name without a file would be, for config globs; null when it is no path here. */
  private static Path where(Path baseDirectory, String displayPath) {
    try {
      return baseDirectory.toAbsolutePath().resolve(displayPath).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null; // a name such as "<stdin>" that is no path on this system
    }
  }
}

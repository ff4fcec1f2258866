package org.cxlint.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.ReadabilityScores;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.parse.SourceReader;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;
import org.cxlint.core.site.SiteLayout;

/**
 * The per-file pipeline every front end calls: one {@link Source} in, one {@link FileOutcome}
 * out. It reads the file (within the size limit), decodes it, parses it once, runs the rules the
 * config enables for it, applies inline suppressions, computes readability when asked, and notes
 * what site rules need for their run-level check. Thread safe: one pipeline serves many files at
 * once, and lives as long as its front end (a run, a build, an editor session).
 *
 * <p>It never throws for a bad file: a file that cannot be read or parsed gets an outcome whose
 * {@code error} names it and the cause, and a rule that fails leaves an error finding. Only an
 * {@link OutOfMemoryError} goes up, because a run whose heap is exhausted cannot go on.
 */
public final class FilePipeline {
  private final Config config;
  private final LinterSettings settings;
  private final WarmUp warmUp;
  private final List<String> knownIds;
  /** Each file's site generator and whether it is a page or a partial. */
  private final SiteLayout site;
  private final AtomicBoolean prepared = new AtomicBoolean();
  /** Whether a document's rules are spread over two threads (see {@link #spreadRules}). */
  private volatile boolean spread;

  public FilePipeline(Config config, LinterSettings settings) {
    this(config, settings, WarmUp.NONE);
  }

  /**
   * @param warmUp documents a front end parsed ahead of time (see {@link WarmUp}); a document is
   *     taken only when the file's path and bytes are still the same
   */
  public FilePipeline(Config config, LinterSettings settings, WarmUp warmUp) {
    this.config = Objects.requireNonNull(config, "config");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.warmUp = Objects.requireNonNull(warmUp, "warmUp");
    this.knownIds = config.registry().ids();
    this.site = new SiteLayout(config.site(), config.directory());
  }

  public Config config() {
    return config;
  }

  public LinterSettings settings() {
    return settings;
  }

  /**
   * Runs each document's rules on two threads from now on (see
   * {@link DocumentLinter#lint(ContentDocument, List, boolean)}): for a front end that lints one
   * file at a time with cores to spare, such as a one-file check. A batch lints files in
   * parallel instead.
   */
  public void spreadRules(boolean spread) {
    this.spread = spread;
  }

  /** Lints one source. */
  public FileOutcome lint(Source source) {
    String path = source.displayPath();
    SitePage page = site.page(source.file()); // the site's conventions for this file, once
    SourceFile text;
    ContentDocument early = null;
    try {
      if (source.text() != null) {
        text = new SourceFile(path, source.file(), source.text());
      } else {
        byte[] bytes = source.bytes() != null ? source.bytes() : read(source.file(), path);
        // A document parsed ahead knows no site conventions: take it only for a plain file.
        early = source.file() == null || page != SitePage.NONE ? null
            : warmUp.take(source.file(), path, bytes, source.format());
        if (early != null && config.language() != null && !early.language().declared()) {
          early = null; // parsed ahead without the config's default language: parse again
        }
        text = early != null ? early.source() : SourceReader.decode(bytes, source.file(), path);
      }
    } catch (TooLarge e) {
      return FileOutcome.failed(path, e.getMessage());
    } catch (IOException e) {
      return FileOutcome.failed(path, "cannot read " + path + ": " + InputFinder.ioCause(e));
    }
    List<ConfiguredRule> rules = config.rulesFor(configPath(source));
    if (text.unreadable()) {
      // A binary file: nothing to lint. Its read problem says why, instead of rules guessing.
      List<Finding> findings = new ArrayList<>();
      Severity severity = DocumentLinter.engineSeverity(rules, Problem.RULE_ID);
      if (severity != null) {
        for (Problem p : text.readProblems()) {
          findings.add(DocumentLinter.finding(text, Problem.RULE_ID, severity, p.span(),
              p.message(), null));
        }
      }
      return new FileOutcome(path, text, source.format(), findings, null, List.of(),
          Outline.NONE, Map.of(), null);
    }
    prepareOnce();
    ContentDocument document = early;
    if (document == null) {
      warmUp.await(); // never two threads initialising the same parser classes on two cores
      try {
        document = Parsers.parse(text, source.format(), page,
            config.language());
      } catch (RuntimeException | StackOverflowError e) {
        return FileOutcome.failed(path, "cannot parse " + path + ": " + describe(e));
      }
    }
    return lint(document, rules);
  }

  /** Runs the rules, suppressions, metrics and site observations on a parsed document. */
  private FileOutcome lint(ContentDocument document, List<ConfiguredRule> rules) {
    List<Finding> findings = DocumentLinter.lint(document, rules, spread);
    findings = Suppressions.apply(document, findings, knownIds,
        DocumentLinter.engineSeverity(rules, Suppressions.RULE_ID));
    Metrics metrics = null;
    List<SectionMetrics> sections = List.of();
    if (settings.metrics()) {
      metrics = ReadabilityScores.document(document);
      sections = ReadabilityScores.sections(document);
    }
    return new FileOutcome(document.source().displayPath(), document.source(), document.format(),
        findings, metrics, sections, Outline.of(document), siteFacts(document, rules), null);
  }

  /** What each enabled site rule that observes this file notes about it. */
  private static Map<String, String> siteFacts(ContentDocument document,
      List<ConfiguredRule> rules) {
    Map<String, String> facts = null;
    for (ConfiguredRule cr : rules) {
      if (!(cr.rule() instanceof SiteRule site) || !site.observes(cr.options())
          || !site.meta().formats().contains(document.format())) {
        continue;
      }
      String noted;
      try {
        noted = site.facts(document, cr.options());
      } catch (RuntimeException | StackOverflowError e) {
        continue; // the run-level check reports what it can; a rule bug must not end the file
      }
      if (noted != null) {
        if (facts == null) {
          facts = new HashMap<>();
        }
        facts.put(cr.id(), noted);
      }
    }
    return facts == null ? Map.of() : facts;
  }

  /**
   * What the site generator makes of this file (its page or partial conventions), part of what
   * decides its findings besides its bytes; {@link SitePage#NONE} outside a known site.
   */
  SitePage sitePage(Path file) {
    return site.page(file);
  }

  /** The path the config's globs are matched against for this source. */
  String configPath(Source source) {
    Path dir = config.directory();
    Path file = source.file();
    if (dir != null && file != null) {
      Path abs = file.toAbsolutePath().normalize();
      if (abs.startsWith(dir)) {
        return InputFinder.slashes(dir.relativize(abs));
      }
    }
    return source.displayPath();
  }

  byte[] read(Path file, String path) throws IOException {
    long size = Files.size(file);
    if (size > settings.maxFileBytes()) {
      throw new TooLarge("cannot lint " + path + ": it is " + megabytes(size) + ", over the "
          + megabytes(settings.maxFileBytes()) + " limit for one file (raise it with"
          + " --max-file-size)");
    }
    return Files.readAllBytes(file);
  }

  private static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private static String megabytes(long bytes) {
    return AsciiFormat.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /**
   * Once per pipeline, starts the enabled rules' {@link Rule#prepare} (and the syllable data
   * when metrics are on) on one background thread, so loading their tables overlaps reading and
   * parsing. Called at the first document really linted, or by a batch front end as soon as it
   * knows files will be linted ({@link #prepare()}).
   */
  void prepareOnce() {
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

  /** Starts loading the rules' tables now, in the background (a batch that will lint files). */
  public void prepare() {
    prepareOnce();
  }

  private static void prepare(Runnable step) {
    try {
      step.run();
    } catch (Throwable e) {
      // Loading ahead is only for speed: check() meets the same failure and reports it, and a
      // background thread must not print a stack trace of its own.
    }
  }

  static String describe(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the content is nested too deeply";
    }
    if (e instanceof IOException io) {
      return InputFinder.ioCause(io);
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}

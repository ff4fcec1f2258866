package org.cxlint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.analysis.SpanishMetrics;
import org.cxlint.core.config.Config;
import org.cxlint.core.report.JsonReporter;
import org.cxlint.core.report.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cxlint score FILE…}: readability scores per file (and per h2 section with
 * {@code --sections}) as a table, or as JSON with the same names as the check report's
 * {@code metrics}. Runs no rules.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Show readability scores: Flesch Reading Ease, Flesch–Kincaid Grade, Gunning Fog, SMOG,"
          + " Coleman–Liau and the Automated Readability Index, with the counts behind them.",
      "Only body prose is scored (paragraphs, list items, block quotes), not headings or"
          + " table cells.",
      "",
      "Exit status: 0 scored, 2 a file could not be read or a bad option.",
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or directories to score.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--sections", description = "Also score each h2 section on its own.")
  boolean sections;

  @Option(names = {"-f", "--format"}, paramLabel = "NAME", defaultValue = "text",
      description = "text (a table per file, default) or json.")
  String format;

  @Option(names = "--threads", paramLabel = "N",
      description = "Score N files at a time (default: the number of processors).")
  Integer threads;

  @Override
  public Integer call() throws UsageError, IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageError("--format must be text or json, not \"" + format + "\".");
    }
    if (threads != null && threads < 1) {
      throw new UsageError("--threads must be at least 1, not " + threads + ".");
    }
    Terminal terminal = main.terminal();
    RuleRegistry none = RuleRegistry.of(List.of());
    LinterSettings settings = LinterSettings.defaults().withMetrics(true);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    Linter linter = new Linter(none, Config.defaults(none), settings);
    List<Path> inputs = new ArrayList<>();
    for (String p : paths) {
      inputs.add(Path.of(p));
    }
    LintResult result = linter.lint(inputs, terminal.workingDirectory());
    OutputStream out = terminal.out();
    if (format.equals("json")) {
      writeJson(result, out);
    } else {
      writeText(result, out);
    }
    out.flush();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
    for (FileOutcome f : result.failures()) {
      err.println("cxlint: " + Visible.of(f.error()));
    }
    err.flush();
    return result.failures().isEmpty() ? ExitCode.CLEAN : ExitCode.FAILED;
  }

  private void writeText(LintResult result, OutputStream stream) {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    boolean first = true;
    boolean english = false;
    boolean spanish = false;
    for (FileOutcome f : result.files()) {
      if (f.error() != null || f.metrics() == null) {
        continue;
      }
      if (!first) {
        w.println();
      }
      first = false;
      w.println(Visible.of(f.path()));
      boolean onlyThePage = f.sections().size() == 1 && f.sections().get(0).heading() == null;
      SpanishMetrics es = f.metrics().spanish();
      if (es != null) {
        spanish = true;
        w.printf(Locale.ROOT, "  %-32s %5s %6s %6s %6s %9s %9s  %s%n", "Spanish prose", "line",
            "words", "sent.", "syll.", "F-Huerta", "Szigriszt", "INFLESZ");
        spanishRow(w, "(whole page)", 1, es);
        if (sections && !onlyThePage) {
          for (SectionMetrics s : f.sections()) {
            if (s.metrics().spanish() != null) {
              spanishRow(w, s.heading() == null ? "(before the first h2)" : s.heading(), s.line(),
                  s.metrics().spanish());
            }
          }
        }
        if (es.words() >= f.metrics().words()) {
          continue; // all the scored prose is Spanish: the English scales say nothing of it
        }
        w.println("  English scales (all prose):");
      }
      english = true;
      w.printf(Locale.ROOT, "  %-32s %5s %6s %6s %6s %7s %7s %6s %6s %6s %6s %6s%n", "", "line",
          "words", "sent.", "syll.", "complex", "Flesch", "F-K", "Fog", "SMOG", "C-L", "ARI");
      row(w, "(whole page)", 1, f.metrics());
      if (sections && !onlyThePage) {
        for (SectionMetrics s : f.sections()) {
          row(w, s.heading() == null ? "(before the first h2)" : Visible.of(s.heading()), s.line(), s.metrics());
        }
      }
    }
    if (english) {
      w.println();
      w.println("Flesch: reading ease, 0-100, higher is easier (60-70 is plain English). The"
          + " others are US school grades: aim for 8 or lower.");
    }
    if (spanish) {
      w.println();
      w.println("Spanish: Fernández Huerta and Szigriszt-Pazos, 0-100, higher is easier. INFLESZ"
          + " reads Szigriszt-Pazos: under 40 muy difícil, 40-55 algo difícil, 55-65 normal,"
          + " 65-80 bastante fácil, 80 and over muy fácil. Aim for normal or easier.");
    }
    w.flush();
  }

  private static void spanishRow(PrintWriter w, String label, int line, SpanishMetrics m) {
    String name = label.length() > 32 ? label.substring(0, 31) + "…" : label;
    w.printf(Locale.ROOT, "  %-32s %5d %6d %6d %6d %9s %9s  %s%n", name, line, m.words(),
        m.sentences(), m.syllables(), one(m.fernandezHuerta()), one(m.szigrisztPazos()),
        m.inflesz() == null ? "-" : m.inflesz());
  }

  private static void row(PrintWriter w, String label, int line, Metrics m) {
    String name = label.length() > 32 ? label.substring(0, 31) + "…" : label;
    w.printf(Locale.ROOT, "  %-32s %5d %6d %6d %6d %7d %7s %6s %6s %6s %6s %6s%n", name, line,
        m.words(), m.sentences(), m.syllables(), m.complexWords(), one(m.fleschReadingEase()),
        one(m.fleschKincaidGrade()), one(m.gunningFog()), one(m.smogIndex()),
        one(m.colemanLiauIndex()), one(m.automatedReadabilityIndex()));
  }

  private static String one(double v) {
    return Double.isFinite(v) ? AsciiFormat.format("%.1f", v) : "-";
  }

  private void writeJson(LintResult result, OutputStream out) throws IOException {
    JsonReporter.Document d = new JsonReporter.Document(out, result.toolVersion(), true, (g, f) -> {
      if (sections && f.metrics() != null) {
        g.writeArrayFieldStart("sections");
        for (SectionMetrics s : f.sections()) {
          g.writeStartObject();
          g.writeStringField("heading", s.heading());
          g.writeNumberField("line", s.line());
          g.writeFieldName("metrics");
          JsonReporter.writeMetrics(g, s.metrics(), true);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    });
    for (FileOutcome f : result.files()) {
      d.file(f);
    }
    d.finish(null);
  }
}

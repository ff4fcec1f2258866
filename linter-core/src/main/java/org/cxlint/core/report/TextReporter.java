package org.cxlint.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * The report a writer reads at a glance: findings grouped by file, one per line as
 * {@code line:col  severity  message  rule-id}, "(fixable)" after a finding that
 * {@code --fix} would fix, the suggestion under the message, and a summary line that counts the
 * fixable ones. Colour (when {@link ReportSettings#color()}) only marks severities and paths;
 * the text says everything without it.
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String UNDERLINE = "\u001b[4m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String GREEN = "\u001b[32m";

  @Override
  public String name() {
    return "text";
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Paint paint = new Paint(settings.color());
    return new ReportWriter() {
      long filesWithProblems;
      long fixable;

      @Override
      public void file(FileOutcome f) throws IOException {
        if (f.findings().isEmpty() && f.error() == null) {
          return;
        }
        if (!f.findings().isEmpty()) {
          filesWithProblems++;
        }
        w.write(paint.on(UNDERLINE, Visible.of(f.path())) + "\n");
        if (f.error() != null) {
          w.write("  " + paint.on(RED, "error") + "  " + oneLine(f.error()) + "\n");
        }
        int posWidth = 0;
        for (Finding x : f.findings()) {
          posWidth = Math.max(posWidth, position(x).length());
        }
        String indent = " ".repeat(2 + posWidth + 2 + 7 + 2);
        for (Finding x : f.findings()) {
          String pos = position(x);
          String sev = x.severity().label();
          boolean canFix = x.safeFix() != null;
          if (canFix) {
            fixable++;
          }
          w.write("  " + paint.on(DIM, pos) + " ".repeat(posWidth - pos.length()) + "  "
              + paint.on(color(x.severity()), sev) + " ".repeat(7 - sev.length()) + "  "
              + oneLine(x.message()) + "  " + paint.on(DIM, x.rule())
              + (canFix ? "  " + paint.on(GREEN, "(fixable)") : "") + "\n");
          String suggestion = x.suggestion();
          if (suggestion != null) {
            w.write(indent + paint.on(GREEN, "→") + " " + oneLine(suggestion) + "\n");
          }
        }
        w.write("\n");
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        w.write(summary(summary, filesWithProblems, paint) + "\n");
        if (fixable > 0) {
          w.write("  " + paint.on(GREEN, plural(fixable, "problem") + " fixable with --fix")
              + " (cxlint check --fix-dry-run shows the changes).\n");
        }
        w.flush();
      }
    };
  }

  private static String summary(RunSummary result, long filesWithProblems, Paint paint) {
    long errors = result.errors();
    long warnings = result.warnings();
    long infos = result.infos();
    long problems = errors + warnings + infos;
    int failed = result.failed();
    int files = result.files();
    String failures = failed == 0 ? ""
        : "; " + plural(failed, "file") + (failed == 1 ? " was" : " were") + " not linted";
    long baselined = result.baselined();
    String fresh = baselined > 0 ? "new " : "";
    String held = baselined == 0 ? ""
        : paint.on(DIM, " (" + plural(baselined, "baselined finding") + " not shown)");
    if (problems == 0) {
      if (failed == 0) {
        return paint.on(GREEN + BOLD, "✔ No " + fresh + "problems") + " in "
            + plural(files, "file") + "." + held;
      }
      return paint.on(RED + BOLD, "✖ No " + fresh + "problems found, but "
          + plural(failed, "file") + (failed == 1 ? " was" : " were") + " not linted") + " ("
          + plural(files, "file") + " in all)." + held;
    }
    String color = errors > 0 || failed > 0 ? RED : warnings > 0 ? YELLOW : CYAN;
    return paint.on(color + BOLD, "✖ " + problems + " " + fresh + "problem"
        + (problems == 1 ? "" : "s") + " ("
        + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
        + plural(infos, "info") + ") in " + plural(filesWithProblems, "file") + failures) + held;
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String position(Finding x) {
    return x.line() + ":" + x.column();
  }

  private static String color(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  /** One line of a message: line breaks become spaces, other control characters visible. */
  private static String oneLine(String s) {
    return Visible.of(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
  }

  /** ANSI colouring that is a no-op when colour is off. */
  private record Paint(boolean enabled) {
    String on(String code, String text) {
      return enabled ? code + text + RESET : text;
    }
  }
}

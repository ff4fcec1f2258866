package org.cxlint.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import org.cxlint.core.rule.Finding;

/**
 * Checkstyle XML, the shape Jenkins Warnings NG, reviewdog and many code-review bots read:
 * {@code <file name><error line column severity message source="cxlint.rule-id"/>}.
 */
public final class CheckstyleReporter implements Reporter {
  /** The Checkstyle format version readers expect; it describes the XML shape, not cxlint. */
  static final String FORMAT_VERSION = "4.3";

  @Override
  public String name() {
    return "checkstyle";
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out)
      throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    XmlWriter x = new XmlWriter(w);
    x.start("checkstyle").attribute("version", FORMAT_VERSION);
    return new ReportWriter() {
      @Override
      public void file(FileOutcome file) throws IOException {
        x.start("file").attribute("name", ReportPaths.relative(file, settings));
        if (file.error() != null) {
          x.start("error")
              .attribute("line", 1)
              .attribute("severity", "error")
              .attribute("message", file.error())
              .attribute("source", "cxlint.lint-error")
              .end();
        }
        for (Finding f : file.findings()) {
          x.start("error")
              .attribute("line", f.line())
              .attribute("column", f.column())
              .attribute("severity", f.severity().label())
              .attribute("message", message(f))
              .attribute("source", "cxlint." + f.rule())
              .end();
        }
        x.end();
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        x.finish();
      }
    };
  }

  private static String message(Finding f) {
    if (f.suggestion() == null || f.suggestion().isBlank() || f.message().contains(f.suggestion())) {
      return f.message();
    }
    return f.message() + " " + f.suggestion();
  }
}

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
 * GitHub Actions workflow commands ({@code ::warning file=…,line=…::message}), which GitHub shows
 * as annotations on the pull request. Info findings become notices. Values are escaped the way
 * the Actions runner unescapes them: '%', CR and LF everywhere, and also ':' and ',' in
 * properties.
 */
public final class GithubReporter implements Reporter {
  @Override
  public String name() {
    return "github";
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new ReportWriter() {
      @Override
      public void file(FileOutcome file) throws IOException {
        String path = ReportPaths.relative(file, settings);
        if (file.error() != null) {
          w.write("::error file=" + property(path) + ",title=cxlint::" + data(file.error()) + "\n");
        }
        for (Finding f : file.findings()) {
          StringBuilder b = new StringBuilder("::").append(command(f));
          b.append(" file=").append(property(path));
          b.append(",line=").append(f.line());
          b.append(",col=").append(f.column());
          int endLine = Math.max(f.line(), f.endLine());
          b.append(",endLine=").append(endLine);
          // GitHub's end column is the last column of the range (inclusive); ours is exclusive.
          int endColumn = endLine == f.line() ? Math.max(f.column(), f.endColumn() - 1)
              : Math.max(1, f.endColumn() - 1);
          b.append(",endColumn=").append(endColumn);
          b.append(",title=").append(property(f.rule()));
          b.append("::").append(data(message(f)));
          w.write(b.toString());
          w.write('\n');
        }
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        w.flush();
      }
    };
  }

  private static String command(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  private static String message(Finding f) {
    if (f.suggestion() == null || f.suggestion().isBlank() || f.message().contains(f.suggestion())) {
      return f.message();
    }
    return f.message() + "\n" + f.suggestion();
  }

  /** Escapes a command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value (file, title): also ':' and ',' which delimit properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}

package org.cxlint.cli.robustness;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import org.cxlint.core.report.ReportRun;
import org.cxlint.core.report.ReportWriter;
import org.cxlint.core.report.ReportSettings;
import org.cxlint.core.report.Reporter;

/**
 * A reporter that writes a little and then waits, so a test can stop the run while a report is
 * half written. Registered only in the class path of the process {@link HostileRunTest} starts.
 */
public final class SlowReporter implements Reporter {
  @Override
  public String name() {
    return "slow";
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) {
    return new ReportWriter() {
      @Override
      public void file(FileOutcome outcome) throws IOException {
        out.write("partial".getBytes(StandardCharsets.UTF_8));
        out.flush();
      }

      @Override
      public void finish(RunSummary summary) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}

package org.cxlint.core.report;

import java.io.IOException;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;

/** One report being written: a file at a time, in path order, then the run's totals. */
public interface ReportWriter {
  void file(FileOutcome outcome) throws IOException;

  /** Ends the report; flushes but does not close the stream it was opened on. */
  void finish(RunSummary summary) throws IOException;
}

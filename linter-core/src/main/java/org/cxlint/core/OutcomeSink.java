package org.cxlint.core;

import java.io.IOException;

/** Receives each file's outcome as the run completes it, in path order. */
@FunctionalInterface
public interface OutcomeSink {
  void accept(FileOutcome outcome) throws IOException;
}

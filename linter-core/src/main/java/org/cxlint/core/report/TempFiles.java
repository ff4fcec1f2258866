package org.cxlint.core.report;

import java.nio.file.Path;

/**
 * The temporary files of reports and the cache that are not yet moved into place, kept by the
 * front end that owns the process, so that it can remove them when the run is stopped (the
 * command line does on SIGINT and SIGTERM; see {@link PendingTempFiles}).
 */
public interface TempFiles {
  /** Keeps no record: for front ends that cannot be stopped halfway (tests, a build plugin). */
  TempFiles NONE = new TempFiles() {
    @Override
    public void add(Path tmp) {}

    @Override
    public void remove(Path tmp) {}

    @Override
    public boolean stopping() {
      return false;
    }
  };

  /** A temporary file was created. */
  void add(Path tmp);

  /** A temporary file was moved into place or deleted. */
  void remove(Path tmp);

  /** True once the process is stopping: no new temporary file should be made. */
  boolean stopping();
}

package org.cxlint.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of one run, removed by {@link #removeAll} when the run is stopped: the
 * command line runs it from a shutdown hook (SIGINT, SIGTERM), so an interrupted run leaves no
 * hidden partial report or cache file behind.
 */
public final class PendingTempFiles implements TempFiles {
  private final Set<Path> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  @Override
  public void add(Path tmp) {
    pending.add(tmp);
  }

  @Override
  public void remove(Path tmp) {
    pending.remove(tmp);
  }

  @Override
  public boolean stopping() {
    return stopping;
  }

  /** Removes every temporary file not yet moved into place; no new one is made after this. */
  public void removeAll() {
    stopping = true;
    for (Path p : pending.toArray(Path[]::new)) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        // nothing more can be done while the JVM stops
      }
      pending.remove(p);
    }
  }
}

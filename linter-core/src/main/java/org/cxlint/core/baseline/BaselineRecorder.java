package org.cxlint.core.baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.rule.Finding;

/**
 * Collects a run's findings into a new baseline ({@code --baseline-write}): one entry per path,
 * rule and fingerprint, with a count and the first one's message. Keeps only the entries, never
 * the outcomes. Call {@link #add} from one thread.
 */
public final class BaselineRecorder {
  /** Messages are cut after this many characters. */
  static final int MESSAGE_CHARS = 80;
  private final Path file;
  private final Path workingDirectory;
  private final Map<BaselineEntry.Key, BaselineEntry> entries = new HashMap<>();

  /** Records into a baseline that will be written to {@code file}. */
  public BaselineRecorder(Path file, Path workingDirectory) {
    this.file = file.toAbsolutePath().normalize();
    this.workingDirectory = workingDirectory;
  }

  /** Adds a file's findings, those a baseline held back included. */
  public void add(FileOutcome outcome) {
    String path = Baseline.pathOf(file, outcome.path(), workingDirectory);
    add(path, outcome.findings());
    if (outcome.baseline() != null) {
      add(path, outcome.baseline().baselined());
    }
  }

  private void add(String path, List<Finding> findings) {
    for (Finding f : findings) {
      BaselineEntry e = new BaselineEntry(path, f.rule(), f.fingerprint(), 1, shortened(f.message()));
      entries.merge(e.key(), e, (a, b) -> a.withCount(a.count() + 1));
    }
  }

  /** Enough of a message to recognise the finding by, so the file stays small to review. */
  static String shortened(String message) {
    if (message == null || message.length() <= MESSAGE_CHARS) {
      return message;
    }
    int cut = message.lastIndexOf(' ', MESSAGE_CHARS);
    return message.substring(0, cut > MESSAGE_CHARS / 2 ? cut : MESSAGE_CHARS) + " …";
  }

  /** The baseline recorded so far. */
  public Baseline baseline() {
    return Baseline.of(file, new ArrayList<>(entries.values()));
  }
}

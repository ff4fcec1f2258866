package org.cxlint.core.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.rule.Finding;

/**
 * One run checked against a baseline: each file's findings that the baseline holds are set
 * aside (up to each entry's count), the others stay as the findings the run reports and fails
 * on. It also keeps what {@code --baseline-prune} needs: which entries no longer occur. Call
 * {@link #apply} from one thread, once per file.
 */
public final class BaselineCheck {
  private final Baseline baseline;
  private final Path workingDirectory;
  private final Map<String, List<BaselineEntry>> byPath = new HashMap<>();
  /** Of the files seen: how many of each entry's findings were still found. */
  private final Map<BaselineEntry.Key, Integer> found = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> unreadable = new HashSet<>();
  private final List<BaselineEntry> absent = new ArrayList<>();

  public BaselineCheck(Baseline baseline, Path workingDirectory) {
    this.baseline = baseline;
    this.workingDirectory = workingDirectory;
    for (BaselineEntry e : baseline.entries()) {
      byPath.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e);
    }
  }

  public Baseline baseline() {
    return baseline;
  }

  /** The outcome with the findings the baseline holds set aside in its {@code baseline}. */
  public FileOutcome apply(FileOutcome outcome) {
    String path = baseline.pathOf(outcome.path(), workingDirectory);
    seen.add(path);
    if (outcome.error() != null) {
      unreadable.add(path); // nothing was found, and nothing can be said to be gone
      return outcome.withBaseline(outcome.findings(), new FileBaseline(List.of(), List.of()));
    }
    List<BaselineEntry> entries = byPath.getOrDefault(path, List.of());
    Map<BaselineEntry.Key, Integer> left = new HashMap<>();
    for (BaselineEntry e : entries) {
      left.put(e.key(), e.count());
    }
    List<Finding> fresh = new ArrayList<>();
    List<Finding> held = new ArrayList<>();
    for (Finding f : outcome.findings()) {
      BaselineEntry.Key key = new BaselineEntry.Key(path, f.rule(), f.fingerprint());
      Integer n = left.get(key);
      if (n != null && n > 0) {
        left.put(key, n - 1);
        held.add(f);
      } else {
        fresh.add(f);
      }
    }
    List<BaselineEntry> gone = new ArrayList<>();
    for (BaselineEntry e : entries) {
      int remaining = left.get(e.key());
      found.put(e.key(), e.count() - remaining);
      if (remaining > 0) {
        gone.add(e.withCount(remaining));
      }
    }
    absent.addAll(gone);
    return outcome.withBaseline(fresh, new FileBaseline(held, gone));
  }

  /**
   * The entries that no longer occur: those of files this run linted that were not found again,
   * and those of files that no longer exist. Entries of other files are not judged.
   */
  public List<BaselineEntry> absent() {
    List<BaselineEntry> all = new ArrayList<>(absent);
    for (Map.Entry<String, List<BaselineEntry>> e : byPath.entrySet()) {
      if (!seen.contains(e.getKey()) && !exists(e.getKey())) {
        all.addAll(e.getValue());
      }
    }
    all.sort(null);
    return all;
  }

  /** The baseline without the entries that no longer occur ({@code --baseline-prune}). */
  public Baseline pruned() {
    List<BaselineEntry> kept = new ArrayList<>();
    for (BaselineEntry e : baseline.entries()) {
      if (unreadable.contains(e.path())) {
        kept.add(e);
      } else if (seen.contains(e.path())) {
        int n = found.getOrDefault(e.key(), 0);
        if (n > 0) {
          kept.add(e.withCount(n));
        }
      } else if (exists(e.path())) {
        kept.add(e);
      }
    }
    return Baseline.of(baseline.file(), kept);
  }

  private boolean exists(String path) {
    try {
      return Files.exists(baseline.file().getParent().resolve(path));
    } catch (java.nio.file.InvalidPathException e) {
      return true; // not a path here: cannot tell, so keep it
    }
  }
}

package org.cxlint.core.changes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.baseline.Fingerprints;
import org.cxlint.core.rule.Finding;

/**
 * The files changed since a ref, and in each the lines that were added or changed (1-based), so a
 * check of a pull request reports only what the pull request wrote: findings on those lines, and
 * the page-level findings ({@link Fingerprints#isPageLevel}) of a changed page.
 *
 * @param root the repository's top folder (a real path)
 * @param files by real path: the changed lines, or null for a file that is new as a whole
 */
public record ChangedLines(Path root, Map<Path, BitSet> files) {
  public ChangedLines {
    files = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(files));
  }

  /** Whether {@code file} changed (it is compared by its real path). */
  public boolean contains(Path file) {
    return files.containsKey(real(file));
  }

  /** Whether a line from {@code fromLine} to {@code toLine} of {@code file} was added or changed. */
  public boolean touches(Path file, int fromLine, int toLine) {
    Path key = real(file);
    if (!files.containsKey(key)) {
      return false;
    }
    BitSet lines = files.get(key);
    if (lines == null) {
      return true;
    }
    int next = lines.nextSetBit(Math.max(0, fromLine));
    return next >= 0 && next <= Math.max(fromLine, toLine);
  }

  /**
   * The outcome with only the findings on changed lines and the page-level ones; {@code file} is
   * where the outcome's file is.
   */
  public FileOutcome keepChanged(FileOutcome outcome, Path file) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : outcome.findings()) {
      if (Fingerprints.isPageLevel(f) || touches(file, f.line(), f.endLine())) {
        kept.add(f);
      }
    }
    return kept.size() == outcome.findings().size() ? outcome : outcome.withFindings(kept);
  }

  /** The path with symbolic links resolved where it exists, so both sides compare alike. */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      return abs;
    }
  }
}

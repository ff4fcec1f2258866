package org.cxlint.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a baseline: {@code count} findings of {@code rule} with {@code fingerprint} in the
 * file at {@code path} (relative to the baseline file's folder, '/'-separated).
 *
 * @param message the message of one of them, for the reader of the file (not matched)
 */
public record BaselineEntry(String path, String rule, String fingerprint, int count,
    String message) implements Comparable<BaselineEntry> {
  private static final Comparator<BaselineEntry> ORDER = Comparator
      .comparing(BaselineEntry::path)
      .thenComparing(BaselineEntry::rule)
      .thenComparing(BaselineEntry::fingerprint);

  public BaselineEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
  }

  /** The key entries are matched and sorted by. */
  public Key key() {
    return new Key(path, rule, fingerprint);
  }

  /** This entry with another count. */
  public BaselineEntry withCount(int n) {
    return new BaselineEntry(path, rule, fingerprint, n, message);
  }

  @Override
  public int compareTo(BaselineEntry o) {
    return ORDER.compare(this, o);
  }

  /** Path, rule and fingerprint: what makes two findings "the same" for a baseline. */
  public record Key(String path, String rule, String fingerprint) {}
}

package org.cxlint.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a {@link SourceFile}'s text.
 * Offsets, not line/column, are what the model carries; {@link SourceFile#position(int)}
 * turns them into the 1-based line and column a user sees.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }
}

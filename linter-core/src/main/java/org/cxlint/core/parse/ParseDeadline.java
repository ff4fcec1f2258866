package org.cxlint.core.parse;

/**
 * The text handed to a third-party parser, with a time budget. flexmark matches some inline
 * constructs with backtracking regular expressions, and a crafted line (for example
 * {@code [a][} followed by forty backslashes) makes one of them run for hours. Java's regex
 * engine cannot be interrupted, but it reads its input through {@link #charAt}: this sequence
 * checks the clock there (every 64K reads, so the cost is nil) and throws
 * {@link ParseTimeoutException} once the budget is spent, so one hostile file ends with a clear
 * error instead of hanging the build.
 */
final class ParseDeadline implements CharSequence {
  private final String text;
  private final int offset;
  private final int length;
  private final long deadline;
  private final long budgetMillis;
  private int reads;

  private ParseDeadline(String text, int offset, int length, long deadline, long budgetMillis) {
    this.text = text;
    this.offset = offset;
    this.length = length;
    this.deadline = deadline;
    this.budgetMillis = budgetMillis;
  }

  /**
   * A budget that no real page comes near: 10 s, plus 1 s for every 50,000 characters (the
   * whole 4,044-page digital.gov corpus parses in about a second).
   */
  static ParseDeadline of(String text) {
    return of(text, 10_000L + text.length() / 50);
  }

  static ParseDeadline of(String text, long budgetMillis) {
    return new ParseDeadline(text, 0, text.length(),
        System.nanoTime() + budgetMillis * 1_000_000L, budgetMillis);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0xffff) == 0 && System.nanoTime() - deadline > 0) {
      throw new ParseTimeoutException("the Markdown parser gave up after " + budgetMillis / 1000
          + " s; the file has a construct that makes it backtrack without end (such as a long"
          + " run of backslashes inside [brackets]). Simplify that line.");
    }
    return text.charAt(offset + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    if (start < 0 || end > length || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length);
    }
    return new ParseDeadline(text, offset + start, end - start, deadline, budgetMillis);
  }

  @Override
  public String toString() {
    return text.substring(offset, offset + length);
  }

  /** A parse that ran out of its time budget. */
  static final class ParseTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseTimeoutException(String message) {
      super(message, null, false, false);
    }
  }
}

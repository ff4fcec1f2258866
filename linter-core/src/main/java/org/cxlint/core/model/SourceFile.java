package org.cxlint.core.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One input: its display path and decoded text, with a line index that maps offsets to
 * 1-based line and column. The text is the file as written minus a leading BOM: CRLF and
 * lone CR line ends are kept, so offsets from every parser stay true to the file.
 */
public final class SourceFile {
  private final String displayPath;
  private final Path path;
  private final String text;
  private final int[] lineStarts;
  private final List<Problem> readProblems;

  /**
   * @param displayPath the path as the user should see it (relative where possible, '/'-separated)
   * @param path the file on disk, or null for standard input and in-memory sources
   * @param text the decoded text; a leading U+FEFF is removed
   */
  public SourceFile(String displayPath, Path path, String text) {
    this(displayPath, path, text, List.of());
  }

  /**
   * @param readProblems what went wrong while decoding the file (not UTF-8, binary); every
   *     document parsed from this source carries them as its first problems
   */
  public SourceFile(String displayPath, Path path, String text, List<Problem> readProblems) {
    this.readProblems = List.copyOf(readProblems);
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.path = path;
    String t = Objects.requireNonNull(text, "text");
    this.text = !t.isEmpty() && t.charAt(0) == '\uFEFF' ? t.substring(1) : t;
    this.lineStarts = indexLines(this.text);
  }

  public static SourceFile of(String displayPath, String text) {
    return new SourceFile(displayPath, null, text);
  }

  /** Problems found while decoding the file's bytes; empty for well-formed UTF-8. */
  public List<Problem> readProblems() {
    return readProblems;
  }

  /** A file that was not text (binary content): nothing to lint, its read problem says why. */
  public boolean unreadable() {
    return text.isEmpty() && !readProblems.isEmpty();
  }

  private static int[] indexLines(String s) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= len || s.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  public String displayPath() {
    return displayPath;
  }

  /** The file on disk, or null for standard input and in-memory sources. */
  public Path path() {
    return path;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding {@code offset} (offsets past the end map to the last line). */
  public int line(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int i = Arrays.binarySearch(lineStarts, o);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  public Position position(int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int line = line(o);
    return new Position(line, o - lineStarts[line - 1] + 1);
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  public int lineEnd(int line) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    int end = l < lineStarts.length ? lineStarts[l] : text.length();
    while (end > lineStarts[l - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** Offset of a 1-based line and column; columns past the line's end clamp to it. */
  public int offset(int line, int column) {
    int start = lineStart(line);
    return Math.min(start + Math.max(0, column - 1), lineEnd(line));
  }

  public String text(Span span) {
    return text.substring(span.start(), span.end());
  }

  @Override
  public String toString() {
    return displayPath;
  }
}

package org.cxlint.lsp;

import org.eclipse.lsp4j.Position;

/**
 * Offsets in a text and the protocol's positions: 0-based line and 0-based character counted in
 * UTF-16 code units (Java's {@code char}s), with "\n", "\r\n" and "\r" as line breaks.
 */
final class TextPositions {
  private TextPositions() {}

  /**
   * The offset of a position; a character past the line's end means the line's end (as the
   * protocol says), a line past the last means the text's end.
   */
  static int offset(String text, Position p) {
    int line = Math.max(0, p.getLine());
    int i = 0;
    int n = text.length();
    for (int l = 0; l < line; l++) {
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (i >= n) {
        return n;
      }
      i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
    }
    int lineEnd = i;
    while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    return Math.min(i + Math.max(0, p.getCharacter()), lineEnd);
  }

  /** The position of an offset. */
  static Position position(String text, int offset) {
    int o = Math.max(0, Math.min(offset, text.length()));
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < o; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, o - lineStart);
  }
}

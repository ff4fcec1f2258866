package org.cxlint.core.report;

import org.cxlint.core.AsciiFormat;

/**
 * Text from outside (a file name, a matched word, an argument) made safe to print for a person
 * at a terminal: every control character is shown as an escape a reader recognises instead of
 * being acted on, so content cannot clear the screen, set the window title or split a line.
 * {@code ESC} becomes {@code \e}, a line break {@code \n}, a tab {@code \t}, a carriage return
 * {@code \r}, a backslash stays as it is, and any other C0 or C1 control character, DEL, a lone
 * surrogate and the bidirectional overrides become {@code \xHH} or {@code \u2066}-style escapes.
 * Machine formats (JSON, SARIF, XML) have their own escaping and do not use this.
 */
public final class Visible {
  private Visible() {}

  /** {@code text} with control characters shown as escapes; null stays null. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !needsEscape(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case 0x1b -> sb.append("\\e");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x100) {
            sb.append(AsciiFormat.format("\\x%02x", (int) c));
          } else {
            sb.append(AsciiFormat.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return sb.toString();
  }

  /** Like {@link #of(String)}, cut to about {@code max} characters with an ellipsis. */
  public static String shortened(String text, int max) {
    String s = text.length() > max ? text.substring(0, max) + "…" : text;
    return of(s);
  }

  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      return true;
    }
    if (c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')) {
      return true; // line separators and bidirectional controls (Trojan Source)
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}

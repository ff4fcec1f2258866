package org.cxlint.core.model;

import java.util.Locale;

/** The kinds of input cxlint reads, chosen by file extension. */
public enum Format {
  MARKDOWN,
  HTML,
  TEXT;

  /** The format for a file name, or null when cxlint does not lint that extension. */
  public static Format forFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return HTML;
    }
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    return null;
  }

  /**
   * The format for a name, or {@code whenUnknown} when its extension is not one cxlint lints:
   * the one place that decides what an unknown extension means (plain text for a file named on
   * the command line, Markdown for standard input or an editor buffer).
   */
  public static Format forName(String name, Format whenUnknown) {
    Format f = name == null ? null : forFileName(name);
    return f != null ? f : whenUnknown;
  }
}

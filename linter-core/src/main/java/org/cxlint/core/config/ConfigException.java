package org.cxlint.core.config;

import java.nio.file.Path;

/**
 * A config file cxlint cannot use. The message names the file, line and column and says what
 * to change: {@code .cxlint.yml:4:3: unknown rule "link-txt". Did you mean "link-text"?}
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;
  private final String reason;

  /**
   * @param file the config file as the user named it (or as it was found)
   * @param line 1-based line, or 0 when the problem is with the file as a whole
   * @param column 1-based column, or 0 when unknown
   * @param reason what is wrong and how to fix it, as a sentence
   */
  public ConfigException(Path file, int line, int column, String reason) {
    super(format(file, line, column, reason));
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(Path file, int line, int column, String reason) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "config" : file.toString().replace('\\', '/'));
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(reason).toString();
  }

  public Path file() {
    return file;
  }

  /** 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The message without the file and position. */
  public String reason() {
    return reason;
  }
}

package org.cxlint.core;

import java.util.Locale;

/**
 * {@link String#format} for messages and reports: ASCII digits, '.' before decimals and ',' between
 * thousands, whatever the user's locale. It formats with {@link Locale#US}, which prints exactly
 * what {@link Locale#ROOT} prints, because {@link java.util.Formatter} writes the US symbols
 * without looking them up: any other locale loads and initialises the JDK's locale data (some
 * 200 classes, 10 ms) the first time a number is formatted, which a one-file check felt.
 */
public final class AsciiFormat {
  private AsciiFormat() {}

  /** {@code String.format(pattern, args)} in the US format for numbers. */
  public static String format(String pattern, Object... args) {
    return String.format(Locale.US, pattern, args);
  }
}

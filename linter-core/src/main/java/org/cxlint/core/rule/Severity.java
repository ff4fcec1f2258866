package org.cxlint.core.rule;

import java.util.Locale;

/** How serious a finding is, in ascending order. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case name used in config files, JSON and the text report. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "info", "warning" (or "warn"), "error"; null when the text is none of them. */
  public static Severity parse(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "info" -> INFO;
      case "warning", "warn" -> WARNING;
      case "error" -> ERROR;
      default -> null;
    };
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}

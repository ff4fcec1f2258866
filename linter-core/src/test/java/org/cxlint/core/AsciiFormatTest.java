package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** AsciiFormat prints what Locale.ROOT prints, in any default locale. */
class AsciiFormatTest {
  private static final String[] PATTERNS = {"%d", "%,d", "%.1f", "%.2f", "%5.1f", "%-19s|",
      "\\x%02x", "\\u%04x", "%s reads at grade %.1f (%s): %d words, %.2f syllables per word."};
  private static final Object[][] ARGS = {{1234567}, {-1234567}, {12.345}, {1.005}, {0.05},
      {"label:"}, {7}, {0x2028}, {"The title", 12.25, "Flesch-Kincaid", 1500, 1.6666}};

  @Test
  void printsWhatTheRootLocalePrints() {
    for (int i = 0; i < PATTERNS.length; i++) {
      assertThat(AsciiFormat.format(PATTERNS[i], ARGS[i]))
          .isEqualTo(String.format(Locale.ROOT, PATTERNS[i], ARGS[i]));
    }
    for (double d : new double[] {0, 0.05, 0.15, 0.25, 2.675, 1e9 / 7, -3.45, 99.95}) {
      assertThat(AsciiFormat.format("%.1f %.2f %,.1f", d, d, d))
          .isEqualTo(String.format(Locale.ROOT, "%.1f %.2f %,.1f", d, d, d));
    }
  }

  @Test
  void ignoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(AsciiFormat.format("%,d words, grade %.1f", 1234567, 8.25))
          .isEqualTo("1,234,567 words, grade 8.3");
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(AsciiFormat.format("%d", 42)).isEqualTo("42");
    } finally {
      Locale.setDefault(saved);
    }
  }
}

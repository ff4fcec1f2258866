package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
  @Test
  void controlCharactersBecomeEscapes() {
    assertThat(Visible.of("plain text, “quotes”, émoji 😀")).isEqualTo("plain text, “quotes”, émoji 😀");
    assertThat(Visible.of("a\u001b[2Jb")).isEqualTo("a\\e[2Jb");
    assertThat(Visible.of("x\u001b]0;pwn\u0007y")).isEqualTo("x\\e]0;pwn\\x07y");
    assertThat(Visible.of("two\nlines\r\tz")).isEqualTo("two\\nlines\\r\\tz");
    assertThat(Visible.of("c1\u009bz\u007f")).isEqualTo("c1\\x9bz\\x7f");
    assertThat(Visible.of("bidi\u202eevil\u2066")).isEqualTo("bidi\\u202eevil\\u2066");
    assertThat(Visible.of("lone\ud800")).isEqualTo("lone\\ud800");
    assertThat(Visible.of(null)).isNull();
  }
}

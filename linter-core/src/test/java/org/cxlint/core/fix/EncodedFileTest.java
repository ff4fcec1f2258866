package org.cxlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed text goes back in the file's own encoding: every byte outside the fix is kept. */
class EncodedFileTest {
  @TempDir Path dir;

  private static byte[] bytes(byte[] bom, String text, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  private static final byte[] NONE = {};
  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
  private static final byte[] LE = {(byte) 0xff, (byte) 0xfe};
  private static final byte[] BE = {(byte) 0xfe, (byte) 0xff};

  private static void roundTrip(byte[] bom, Charset cs) throws Exception {
    String before = "# Título\r\n\r\nWe utilize it — “quoted”.\r\nLast line";
    String after = before.replace("utilize", "use");
    EncodedFile f = EncodedFile.of(bytes(bom, before, cs));
    assertThat(f.text()).isEqualTo(before);
    assertThat(f.encode(after)).isEqualTo(bytes(bom, after, cs));
    assertThat(f.encode(before)).isEqualTo(bytes(bom, before, cs)); // no fix: the same bytes
  }

  @Test
  void utf8WithAndWithoutBomAndCrlf() throws Exception {
    roundTrip(NONE, StandardCharsets.UTF_8);
    roundTrip(UTF8_BOM, StandardCharsets.UTF_8);
  }

  @Test
  void utf16BothByteOrders() throws Exception {
    roundTrip(LE, StandardCharsets.UTF_16LE);
    roundTrip(BE, StandardCharsets.UTF_16BE);
  }

  @Test
  void windows1252StaysWindows1252() throws Exception {
    Charset cp = Charset.forName("windows-1252");
    byte[] b = bytes(NONE, "Caf\u00e9 \u201cutilize\u201d\r\n", cp);
    EncodedFile f = EncodedFile.of(b);
    assertThat(f.encodingName()).isEqualTo("windows-1252");
    assertThat(f.encode("Caf\u00e9 \u201cuse\u201d\r\n"))
        .isEqualTo(bytes(NONE, "Caf\u00e9 \u201cuse\u201d\r\n", cp));
    assertThatThrownBy(() -> f.encode("Caf\u00e9 \u2192\r\n"))
        .isInstanceOf(EncodedFile.Unwritable.class).hasMessageContaining("cannot hold");
  }

  @Test
  void bytesThatDoNotSurviveDecodingAreNotWritten() {
    byte[] b = {'a', (byte) 0x81, 'b', (byte) 0xe9}; // 0x81 has no Windows-1252 character
    assertThatThrownBy(() -> EncodedFile.of(b).encode("x"))
        .isInstanceOf(EncodedFile.Unwritable.class).hasMessageContaining("survive");
    byte[] odd = Arrays.copyOf(bytes(LE, "ab", StandardCharsets.UTF_16LE), 7); // half a unit
    assertThatThrownBy(() -> EncodedFile.of(odd).encode("x"))
        .isInstanceOf(EncodedFile.Unwritable.class);
  }

  @Test
  void replaceWritesAtomicallyAndRefusesAFileChangedMeanwhile() throws Exception {
    Path p = dir.resolve("a.md");
    Files.write(p, "old".getBytes(StandardCharsets.UTF_8));
    EncodedFile.replace(p, "old".getBytes(StandardCharsets.UTF_8),
        "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(p)).isEqualTo("new");
    assertThatThrownBy(() -> EncodedFile.replace(p, "old".getBytes(StandardCharsets.UTF_8),
        "x".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("changed");
    assertThat(Files.readString(p)).isEqualTo("new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(p); // no temporary file left behind
    }
  }
}

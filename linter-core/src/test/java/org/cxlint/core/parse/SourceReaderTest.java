package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBomDecodesWithoutProblems() {
    byte[] text = "# Café\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] b : new byte[][] {text, concat(bytes(0xef, 0xbb, 0xbf), text)}) {
      SourceFile f = SourceReader.decode(b, null, "a.md");
      assertThat(f.text()).isEqualTo("# Café\n");
      assertThat(f.readProblems()).isEmpty();
    }
  }

  @Test
  void utf16WithBomIsDecoded() {
    byte[] le = concat(bytes(0xff, 0xfe), "Hi é".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(bytes(0xfe, 0xff), "Hi é".getBytes(StandardCharsets.UTF_16BE));
    assertThat(SourceReader.decode(le, null, "a.txt").text()).isEqualTo("Hi é");
    assertThat(SourceReader.decode(be, null, "a.txt").text()).isEqualTo("Hi é");
    assertThat(SourceReader.decode(be, null, "a.txt").readProblems()).isEmpty();
  }

  @Test
  void malformedUtf8FallsBackToWindows1252WithAProblemAtTheByte() {
    // "line\ncaf\xe9 \x93quoted\x94" as an old Windows editor saves it.
    byte[] b = concat("line\ncaf".getBytes(StandardCharsets.US_ASCII),
        bytes(0xe9, ' ', 0x93, 'q', 0x94));
    SourceFile f = SourceReader.decode(b, null, "old.txt");
    assertThat(f.text()).isEqualTo("line\ncafé “q”");
    assertThat(f.readProblems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("old.txt is not valid UTF-8 (byte 8, line 2, column 4);"
          + " it was read as Windows-1252. Save the file as UTF-8.");
      assertThat(f.position(p.span().start()).column()).isEqualTo(4);
    });
    ContentDocument d = Parsers.parse(f, Format.TEXT);
    assertThat(d.problems()).hasSize(1);
    assertThat(d.prose()).extracting(Prose::text).containsExactly("line café “q”");
  }

  @Test
  void nulBytesMeanABinaryFileWithNoProse() {
    byte[] b = concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), bytes(0, 1, 2, 'x'));
    SourceFile f = SourceReader.decode(b, null, "doc.md");
    assertThat(f.text()).isEmpty();
    assertThat(f.readProblems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("doc.md looks like a binary file (it has a NUL byte"
            + " at byte 9)"));
    ContentDocument d = Parsers.parse(f, Format.MARKDOWN);
    assertThat(d.prose()).isEmpty();
    assertThat(d.problems()).hasSize(1);
  }

  @Test
  void readsFromDisk(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("a.md");
    Files.write(p, "Text\r\n".getBytes(StandardCharsets.UTF_8));
    SourceFile f = SourceReader.read(p, "a.md");
    assertThat(f.path()).isEqualTo(p);
    assertThat(f.text()).isEqualTo("Text\r\n");
  }
}

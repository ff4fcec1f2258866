package org.cxlint.core.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/**
 * Turns a file's bytes into a {@link SourceFile} without ever failing on its content: strict
 * UTF-8 (with or without a BOM); UTF-16 when it starts with a UTF-16 BOM; bytes that are not
 * UTF-8 are read as Windows-1252 with a {@link Problem} naming the first bad byte; a file with
 * NUL bytes is binary: an empty text and a Problem, so no rule reads garbage as prose.
 */
public final class SourceReader {
  private static final Charset WINDOWS_1252 = windows1252();

  private SourceReader() {}

  private static Charset windows1252() {
    try {
      return Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  /** Reads and decodes a file; only I/O failures (missing, unreadable) throw. */
  public static SourceFile read(Path file, String displayPath) throws IOException {
    return decode(Files.readAllBytes(file), file, displayPath);
  }

  /** Decodes bytes already read; never throws for any content. */
  public static SourceFile decode(byte[] bytes, Path file, String displayPath) {
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new SourceFile(displayPath, file,
          new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE));
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new SourceFile(displayPath, file,
          new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE));
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return new SourceFile(displayPath, file, "", List.of(new Problem(displayPath
          + " looks like a binary file (it has a NUL byte at byte " + nul + "), so it was not"
          + " checked. Remove it from the paths to check, or save it as UTF-8 text.",
          new Span(0, 0))));
    }
    int bom = n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, n - bom);
    CharBuffer out = CharBuffer.allocate(n - bom);
    CoderResult r = utf8.decode(in, out, true);
    if (!r.isError()) {
      r = utf8.flush(out);
    }
    if (!r.isError()) {
      out.flip();
      return new SourceFile(displayPath, file, out.toString());
    }
    int badByte = in.position();
    // Undefined Windows-1252 bytes become U+FFFD; every byte is one char either way.
    String text = new String(bytes, bom, n - bom, WINDOWS_1252);
    // A single-byte charset: the bad byte's char offset is its byte offset after the BOM.
    int at = Math.max(0, Math.min(text.length(), badByte - bom));
    SourceFile probe = SourceFile.of(displayPath, text);
    var pos = probe.position(at);
    Problem p = new Problem(displayPath + " is not valid UTF-8 (byte " + badByte + ", line "
        + pos.line() + ", column " + pos.column() + "); it was read as "
        + (WINDOWS_1252 == StandardCharsets.ISO_8859_1 ? "Latin-1" : "Windows-1252")
        + ". Save the file as UTF-8.", new Span(at, Math.min(text.length(), at + 1)));
    return new SourceFile(displayPath, file, text, List.of(p));
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}

package org.cxlint.core.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text the way an editor would, and says so when it had to guess.
 * UTF-8 is expected; a byte-order mark selects UTF-8, UTF-16 or UTF-32; bytes that are not valid
 * UTF-8 are read as Windows-1252 (a superset of Latin-1, what such files nearly always are),
 * with a note; bytes with NULs in them are a binary file, not text.
 */
public final class SourceDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private SourceDecoder() {}

  /**
   * The outcome of decoding.
   *
   * @param text the text (without a byte-order mark); empty for a binary file
   * @param note why the text may not be what the author wrote (a guessed encoding, a binary
   *     file), as a sentence for the writer; null when the file was clean UTF-8 or had a BOM
   * @param noteOffset the offset in {@code text} the note is about
   * @param binary true when the bytes are not text at all
   */
  public record Decoded(String text, String note, int noteOffset, boolean binary) {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrFallback(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return strictOrFallback(bytes, 4, UTF_32LE, "UTF-32");
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return strictOrFallback(bytes, 4, UTF_32BE, "UTF-32");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictOrFallback(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictOrFallback(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
    }
    for (byte b : bytes) {
      if (b == 0) {
        return new Decoded("", "This looks like a binary file, not text (it contains NUL bytes),"
            + " so nothing in it was linted. Rename it or add it to ignore: in .cxlint.yml.", 0, true);
      }
    }
    return strictOrFallback(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
  }

  private static Decoded strictOrFallback(byte[] bytes, int skip, Charset charset, String name) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) (bytes.length - skip) * (long) Math.ceil(decoder.maxCharsPerByte()) + 16));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (!r.isError()) {
      out.flip();
      return new Decoded(out.toString(), null, 0, false);
    }
    int badByte = in.position();
    if (charset != StandardCharsets.UTF_8) {
      // A UTF-16/32 file with broken units: keep what can be read, replacing the rest.
      String text = new String(bytes, skip, bytes.length - skip, charset);
      return new Decoded(text, "This file starts with a " + name + " byte-order mark but is not"
          + " valid " + name + " from byte " + badByte + " on; unreadable parts show as \uFFFD."
          + " Save it as UTF-8.", Math.min(out.position(), text.length()), false);
    }
    String text;
    try {
      text = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, skip, bytes.length - skip, StandardCharsets.ISO_8859_1);
    }
    int at = Math.max(0, badByte - skip);
    return new Decoded(text, "This file is not valid UTF-8 (byte 0x"
        + String.format("%02X", bytes[badByte] & 0xff) + " at byte " + badByte
        + "), so cxlint read it as Windows-1252 (Latin-1). Save it as UTF-8 so every tool"
        + " reads the same text.", Math.min(at, text.length()), false);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

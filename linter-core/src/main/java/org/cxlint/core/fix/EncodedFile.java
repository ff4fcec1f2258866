package org.cxlint.core.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.SourceReader;

/**
 * A file's bytes and the way {@link SourceReader} decoded them (UTF-8 with or without a BOM,
 * UTF-16 with its BOM, or the Windows-1252 fallback), so fixed text is written back the same
 * way: same encoding, same BOM, every byte outside the fixes unchanged.
 *
 * <p>A file whose bytes do not survive decoding (a Windows-1252 byte with no character, a
 * broken UTF-16 surrogate) or whose fix needs a character its encoding lacks is not written:
 * {@link #encode} says why instead.
 */
public final class EncodedFile {
  private static final Charset WINDOWS_1252 = windows1252();

  private final byte[] bytes;
  private final byte[] bom;
  private final Charset charset;
  private final String text;

  private EncodedFile(byte[] bytes, byte[] bom, Charset charset, String text) {
    this.bytes = bytes;
    this.bom = bom;
    this.charset = charset;
    this.text = text;
  }

  private static Charset windows1252() {
    try {
      return Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }

  /** Reads the encoding of {@code bytes} as {@link SourceReader#decode} does. */
  public static EncodedFile of(byte[] bytes) {
    SourceFile decoded = SourceReader.decode(bytes, null, "-");
    int n = bytes.length;
    if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new EncodedFile(bytes, Arrays.copyOf(bytes, 2), StandardCharsets.UTF_16BE,
          decoded.text());
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new EncodedFile(bytes, Arrays.copyOf(bytes, 2), StandardCharsets.UTF_16LE,
          decoded.text());
    }
    byte[] bom = n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? Arrays.copyOf(bytes, 3) : new byte[0];
    Charset cs = decoded.readProblems().isEmpty() ? StandardCharsets.UTF_8 : WINDOWS_1252;
    return new EncodedFile(bytes, bom, cs, decoded.text());
  }

  /** The decoded text, as the linter saw it (without the BOM). */
  public String text() {
    return text;
  }

  /** The name of the encoding, for messages ("UTF-8", "UTF-16LE", "windows-1252"). */
  public String encodingName() {
    return charset.name() + (bom.length > 0 ? " with BOM" : "");
  }

  /** Thrown when fixed text cannot be written in the file's encoding without losing bytes. */
  public static final class Unwritable extends Exception {
    Unwritable(String message) {
      super(message);
    }
  }

  /**
   * The bytes of {@code fixed} in this file's encoding, BOM first.
   *
   * @throws Unwritable when the original bytes would not come back unchanged, or {@code fixed}
   *     has a character the encoding cannot hold
   */
  public byte[] encode(String fixed) throws Unwritable {
    byte[] again = encodeStrict(text);
    if (again == null || !Arrays.equals(concat(bom, again), bytes)) {
      throw new Unwritable("its bytes do not all survive decoding as " + encodingName()
          + " (a byte or code unit with no character), so writing it would change more than"
          + " the fixes");
    }
    byte[] body = encodeStrict(fixed);
    if (body == null) {
      throw new Unwritable("a fix needs a character that " + encodingName() + " cannot hold");
    }
    return concat(bom, body);
  }

  private byte[] encodeStrict(String s) {
    CharsetEncoder enc = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = enc.encode(CharBuffer.wrap(s));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * Replaces {@code file} with {@code content} atomically: written to a temporary file in the
   * same directory, given the file's permissions, then moved over it, so a reader or a crash
   * sees the old file or the new one, never half of one.
   *
   * @param expected the bytes the fix was computed from; when the file no longer holds them
   *     (someone edited it meanwhile) nothing is written and an IOException says so
   */
  public static void replace(Path file, byte[] expected, byte[] content) throws IOException {
    if (!Arrays.equals(Files.readAllBytes(file), expected)) {
      throw new IOException("it changed while cxlint was fixing it; run --fix again");
    }
    Path real = file.toRealPath(); // write through a symbolic link, not over it
    Path dir = real.getParent() != null ? real.getParent() : Path.of(".");
    Path tmp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".cxlint-fix");
    try {
      Files.write(tmp, content);
      PosixFileAttributeView posix = Files.getFileAttributeView(real,
          PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
      }
      try {
        Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

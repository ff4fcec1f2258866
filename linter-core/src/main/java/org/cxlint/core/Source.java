package org.cxlint.core;

import java.nio.file.Path;
import java.util.Objects;
import org.cxlint.core.model.Format;

/**
 * One input to the {@link FilePipeline}: a file on disk, bytes that have no file (standard
 * input), or text held in memory (an editor's buffer).
 *
 * @param file the file on disk, or null for input without one; config globs and the cache use it
 * @param displayPath the path shown to people and reporters ('/'-separated)
 * @param format how to parse it
 * @param bytes the raw bytes, decoded as files are (BOM, UTF-16, Windows-1252 fallback); null
 *     when {@code text} is given or when the pipeline is to read {@code file}
 * @param text the text itself, or null
 */
public record Source(Path file, String displayPath, Format format, byte[] bytes, String text) {
  public Source {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(format, "format");
    if (bytes != null && text != null) {
      throw new IllegalArgumentException("a source has bytes or text, not both");
    }
    if (file == null && bytes == null && text == null) {
      throw new IllegalArgumentException("a source needs a file, bytes or text");
    }
  }

  /** A file on disk, read by the pipeline. */
  public static Source file(Path file, String displayPath, Format format) {
    return new Source(Objects.requireNonNull(file, "file"), displayPath, format, null, null);
  }

  /** Bytes without a file (standard input); an unknown extension means Markdown. */
  public static Source bytes(String displayPath, byte[] bytes) {
    return new Source(null, displayPath, Format.forName(displayPath, Format.MARKDOWN),
        Objects.requireNonNull(bytes, "bytes"), null);
  }

  /** Text held in memory, such as an editor's buffer; an unknown extension means Markdown. */
  public static Source text(Path file, String displayPath, String text) {
    return new Source(file, displayPath, Format.forName(displayPath, Format.MARKDOWN), null,
        Objects.requireNonNull(text, "text"));
  }
}

package org.cxlint.core.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A baseline file: the findings a site had when it adopted cxlint, which {@code check
 * --baseline} then neither reports nor fails on. It is meant to be committed, so it is plain JSON
 * with one entry per line, sorted by path, rule and fingerprint; each entry counts the equal
 * findings it stands for. Paths are relative to the folder the baseline file is in, so a check
 * finds the same entries from any working directory.
 *
 * <pre>
 * {
 *   "cxlintBaseline": 1,
 *   "findings": [
 *     {"path":"content/a.md","rule":"link-text","fingerprint":"5f0c…","count":1,"message":"…"}
 *   ]
 * }
 * </pre>
 */
public final class Baseline {
  /** The format's version; a file of another version is refused, not misread. */
  public static final int VERSION = 1;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Path file;
  private final Map<BaselineEntry.Key, BaselineEntry> entries;

  private Baseline(Path file, Map<BaselineEntry.Key, BaselineEntry> entries) {
    this.file = file.toAbsolutePath().normalize();
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** A baseline of {@code entries} (equal keys add up) that will live in {@code file}. */
  public static Baseline of(Path file, Collection<BaselineEntry> entries) {
    Map<BaselineEntry.Key, BaselineEntry> map = new TreeMap<>(
        java.util.Comparator.comparing(BaselineEntry.Key::path)
            .thenComparing(BaselineEntry.Key::rule)
            .thenComparing(BaselineEntry.Key::fingerprint));
    for (BaselineEntry e : entries) {
      map.merge(e.key(), e, (a, b) -> a.withCount(a.count() + b.count()));
    }
    return new Baseline(file, map);
  }

  /** Reads a baseline file; a missing, unreadable or malformed one is an error naming the cause. */
  public static Baseline read(Path file) throws BaselineException {
    List<BaselineEntry> entries = new ArrayList<>();
    // A site's baseline repeats each path and rule thousands of times: keep one copy of each.
    Map<String, String> names = new java.util.HashMap<>();
    try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw malformed(file, p, "it is not a JSON object");
      }
      Integer version = null;
      boolean sawFindings = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "cxlintBaseline" -> {
            if (value != JsonToken.VALUE_NUMBER_INT) {
              throw malformed(file, p, "\"cxlintBaseline\" must be the number " + VERSION);
            }
            version = p.getIntValue();
          }
          case "findings" -> {
            if (value != JsonToken.START_ARRAY) {
              throw malformed(file, p, "\"findings\" must be a list");
            }
            sawFindings = true;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              entries.add(entry(file, p, names));
            }
          }
          default -> p.skipChildren(); // room for later fields
        }
      }
      if (version == null) {
        throw new BaselineException("cannot read the baseline " + file + ": it has no"
            + " \"cxlintBaseline\" version, so it is not a cxlint baseline file. Write one with"
            + " cxlint check --baseline-write " + file + ".");
      }
      if (version != VERSION) {
        throw new BaselineException("cannot read the baseline " + file + ": it is version "
            + version + ", and this cxlint reads version " + VERSION + ". Write it again with"
            + " cxlint check --baseline-write " + file + ".");
      }
      if (!sawFindings) {
        throw new BaselineException("cannot read the baseline " + file + ": it has no"
            + " \"findings\" list.");
      }
    } catch (NoSuchFileException e) {
      throw new BaselineException("the baseline " + file + " does not exist. Write it first"
          + " with cxlint check --baseline-write " + file + ".", e);
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw new BaselineException("cannot read the baseline " + file
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
          + ": it is not valid JSON (" + e.getOriginalMessage() + ").", e);
    } catch (IOException e) {
      throw new BaselineException("cannot read the baseline " + file + ": "
          + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
    return of(file, entries);
  }

  private static BaselineEntry entry(Path file, JsonParser p, Map<String, String> names)
      throws IOException, BaselineException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw malformed(file, p, "each entry of \"findings\" must be an object");
    }
    String path = null;
    String rule = null;
    String fingerprint = null;
    String message = null;
    int count = 1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "path" -> path = names.computeIfAbsent(text(file, p, value, field), k -> k);
        case "rule" -> rule = names.computeIfAbsent(text(file, p, value, field), k -> k);
        case "fingerprint" -> fingerprint = text(file, p, value, field);
        case "message" -> message = value == JsonToken.VALUE_NULL ? null
            : text(file, p, value, field);
        case "count" -> {
          if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
            throw malformed(file, p, "\"count\" must be a whole number of at least 1");
          }
          count = p.getIntValue();
        }
        default -> p.skipChildren();
      }
    }
    for (String[] required : new String[][] {{"path", path}, {"rule", rule},
        {"fingerprint", fingerprint}}) {
      if (required[1] == null || required[1].isEmpty()) {
        throw malformed(file, p, "an entry has no \"" + required[0] + "\"");
      }
    }
    return new BaselineEntry(path, rule, fingerprint, count, message);
  }

  private static String text(Path file, JsonParser p, JsonToken value, String field)
      throws IOException, BaselineException {
    if (value != JsonToken.VALUE_STRING) {
      throw malformed(file, p, "\"" + field + "\" must be a string");
    }
    return p.getText();
  }

  private static BaselineException malformed(Path file, JsonParser p, String cause) {
    JsonLocation at = p.currentLocation();
    return new BaselineException("cannot read the baseline " + file + " at line "
        + at.getLineNr() + ", column " + at.getColumnNr() + ": " + cause + ".");
  }

  /** The file this baseline was read from or will be written to (absolute). */
  public Path file() {
    return file;
  }

  /** The entries, sorted by path, rule and fingerprint. */
  public Collection<BaselineEntry> entries() {
    return entries.values();
  }

  /** The entry for a key, or null. */
  public BaselineEntry get(BaselineEntry.Key key) {
    return entries.get(key);
  }

  /** How many findings the entries stand for. */
  public long findingCount() {
    long n = 0;
    for (BaselineEntry e : entries.values()) {
      n += e.count();
    }
    return n;
  }

  /**
   * The path a finding's file has in this baseline: relative to the baseline's folder,
   * '/'-separated. {@code displayPath} is as the run reports it, relative to
   * {@code workingDirectory} unless absolute.
   */
  public String pathOf(String displayPath, Path workingDirectory) {
    return pathOf(file, displayPath, workingDirectory);
  }

  /** {@link #pathOf(String, Path)} for a baseline that will live in {@code baselineFile}. */
  public static String pathOf(Path baselineFile, String displayPath, Path workingDirectory) {
    Path file = baselineFile.toAbsolutePath().normalize();
    Path abs;
    try {
      abs = workingDirectory.toAbsolutePath().resolve(displayPath).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return displayPath; // "<stdin>" and such: no file, keep the name
    }
    Path dir = file.getParent();
    try {
      return dir.relativize(abs).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return abs.toString().replace('\\', '/'); // another drive: no relative path
    }
  }

  /** Writes the baseline to its file, whole or not at all. */
  public void write() throws BaselineException {
    StringWriter text = new StringWriter(64 + entries.size() * 160);
    try {
      text.write("{\n  \"cxlintBaseline\": " + VERSION + ",\n  \"findings\": [");
      boolean first = true;
      for (BaselineEntry e : entries.values()) {
        text.write(first ? "\n    " : ",\n    ");
        first = false;
        writeEntry(text, e);
      }
      text.write(first ? "]\n}\n" : "\n  ]\n}\n");
      Path dir = file.getParent();
      Files.createDirectories(dir);
      Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid()
          + ".tmp");
      Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new BaselineException("cannot write the baseline " + file + ": "
          + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
  }

  private static void writeEntry(Writer out, BaselineEntry e) throws IOException {
    StringBuilder b = new StringBuilder(160);
    b.append("{\"path\":");
    quoted(b, e.path());
    b.append(",\"rule\":");
    quoted(b, e.rule());
    b.append(",\"fingerprint\":");
    quoted(b, e.fingerprint());
    b.append(",\"count\":").append(e.count());
    if (e.message() != null) {
      b.append(",\"message\":");
      quoted(b, e.message());
    }
    out.append(b.append('}'));
  }

  private static void quoted(StringBuilder b, String s) {
    b.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, b);
    b.append('"');
  }
}

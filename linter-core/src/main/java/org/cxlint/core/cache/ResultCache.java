package org.cxlint.core.cache;

import org.cxlint.core.Outline;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * Findings of earlier runs, keyed per file by a hash of its bytes and of everything else that
 * decides its findings (the effective config for that file, the rule set, the cxlint version).
 * An unchanged file with an unchanged key is not parsed or linted again.
 *
 * <p>The cache file is a small JSON document written whole or not at all (temporary file, then
 * an atomic move). A cache that cannot be read (corrupt, from another version) is ignored, never
 * an error: the run just lints everything. Thread safe: the runner looks up and stores from
 * several threads.
 */
public final class ResultCache {
  /** 3: findings carry advice and fixes, outcomes an outline and site facts, metrics Spanish figures. */
  private static final int FORMAT = 3;
  private static final JsonFactory JSON = new JsonFactory();

  private final Path file;
  private final String runKey;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();

  /** What is kept for one file. */
  public record Entry(String key, List<Finding> findings, Metrics metrics,
      List<SectionMetrics> sections, Outline outline, Map<String, String> siteFacts) {
    public Entry {
      findings = List.copyOf(findings);
      sections = sections == null ? List.of() : List.copyOf(sections);
      outline = outline == null ? Outline.NONE : outline;
      siteFacts = siteFacts == null ? Map.of() : Map.copyOf(siteFacts);
    }

    /** An entry with findings and metrics only. */
    public Entry(String key, List<Finding> findings, Metrics metrics,
        List<SectionMetrics> sections) {
      this(key, findings, metrics, sections, Outline.NONE, Map.of());
    }
  }

  private ResultCache(Path file, String runKey, Map<String, Entry> previous) {
    this.file = file;
    this.runKey = runKey;
    this.previous = previous;
  }

  /**
   * Opens the cache at {@code file} for a run whose configuration-wide key is {@code runKey}
   * (cxlint version + rule set + anything else that applies to every file). Entries written
   * under another run key are dropped.
   */
  public static ResultCache open(Path file, String runKey) {
    Map<String, Entry> previous = new ConcurrentHashMap<>();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
        read(p, runKey, previous);
      } catch (IOException | RuntimeException e) {
        previous.clear(); // unreadable cache: lint everything, overwrite it at the end
      }
    }
    return new ResultCache(file, runKey, previous);
  }

  /** The hash of a file's bytes together with the file's own config fingerprint. */
  public static String key(byte[] content, String fileConfigFingerprint) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(content);
      md.update((byte) 0);
      md.update(fileConfigFingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored result for {@code path} if it was made from the same key; marks it as still used. */
  public Entry lookup(String path, String key) {
    Entry e = previous.get(path);
    if (e != null && e.key().equals(key)) {
      current.put(path, e);
      return e;
    }
    return null;
  }

  public void store(String path, Entry entry) {
    current.put(path, entry);
  }

  /** How many files were answered from the cache so far. */
  public int size() {
    return current.size();
  }

  /**
   * Writes the entries looked up or stored in this run (files no longer linted drop out),
   * atomically. Failure to write is reported to the caller, who may warn and go on.
   */
  public void save() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, ".cxlint-cache", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp);
          JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
        write(g);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", FORMAT);
    g.writeStringField("run", runKey);
    g.writeObjectFieldStart("files");
    List<String> paths = new ArrayList<>(current.keySet());
    paths.sort(null);
    for (String path : paths) {
      Entry e = current.get(path);
      g.writeObjectFieldStart(path);
      g.writeStringField("key", e.key());
      g.writeArrayFieldStart("findings");
      for (Finding f : e.findings()) {
        g.writeStartArray();
        g.writeString(f.rule());
        g.writeString(f.severity().label());
        g.writeNumber(f.line());
        g.writeNumber(f.column());
        g.writeNumber(f.endLine());
        g.writeNumber(f.endColumn());
        g.writeString(f.message());
        g.writeString(f.advice());
        g.writeNumber(f.startOffset());
        g.writeNumber(f.endOffset());
        g.writeStartArray();
        for (Fix fix : f.fixes()) {
          g.writeStartArray();
          g.writeString(fix.title());
          g.writeBoolean(fix.safe());
          for (TextEdit edit : fix.edits()) {
            g.writeNumber(edit.start());
            g.writeNumber(edit.end());
            g.writeString(edit.replacement());
          }
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndArray();
      }
      g.writeEndArray();
      if (e.metrics() != null) {
        g.writeFieldName("metrics");
        writeMetrics(g, e.metrics());
      }
      Outline o = e.outline();
      if (o.frontMatter() != null || !o.headings().isEmpty()) {
        g.writeArrayFieldStart("outline");
        writeSpan(g, o.frontMatter());
        for (Heading h : o.headings()) {
          g.writeNumber(h.level());
          g.writeString(h.text());
          writeSpan(g, h.span());
          writeSpan(g, h.textSpan());
          g.writeString(h.origin().name());
        }
        g.writeEndArray();
      }
      if (!e.siteFacts().isEmpty()) {
        g.writeObjectFieldStart("site");
        for (Map.Entry<String, String> fact : new java.util.TreeMap<>(e.siteFacts()).entrySet()) {
          g.writeStringField(fact.getKey(), fact.getValue());
        }
        g.writeEndObject();
      }
      if (!e.sections().isEmpty()) {
        g.writeArrayFieldStart("sections");
        for (SectionMetrics s : e.sections()) {
          g.writeStartArray();
          g.writeString(s.heading());
          g.writeNumber(s.line());
          writeMetrics(g, s.metrics());
          g.writeEndArray();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, Span s) throws IOException {
    if (s == null) {
      g.writeNull();
    } else {
      g.writeNumber(s.start());
      g.writeNumber(s.end());
    }
  }

  private static Span readSpan(JsonParser p) throws IOException {
    if (p.nextToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    int start = p.getIntValue();
    return new Span(start, nextInt(p));
  }

  private static void writeMetrics(JsonGenerator g, Metrics m) throws IOException {
    g.writeStartArray();
    g.writeNumber(m.words());
    g.writeNumber(m.sentences());
    g.writeNumber(m.syllables());
    g.writeNumber(m.letters());
    g.writeNumber(m.complexWords());
    g.writeNumber(m.polysyllables());
    for (double d : new double[] {m.fleschReadingEase(), m.fleschKincaidGrade(), m.gunningFog(),
        m.smogIndex(), m.colemanLiauIndex(), m.automatedReadabilityIndex()}) {
      if (Double.isNaN(d)) {
        g.writeNull();
      } else {
        g.writeNumber(d);
      }
    }
    if (m.spanish() != null) {
      org.cxlint.core.analysis.SpanishMetrics es = m.spanish();
      g.writeNumber(es.words());
      g.writeNumber(es.sentences());
      g.writeNumber(es.syllables());
      for (double d : new double[] {es.fernandezHuerta(), es.szigrisztPazos()}) {
        if (Double.isNaN(d)) {
          g.writeNull();
        } else {
          g.writeNumber(d);
        }
      }
    }
    g.writeEndArray();
  }

  private static void read(JsonParser p, String runKey, Map<String, Entry> into) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT);
    int format = -1;
    String run = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "format" -> format = p.getIntValue();
        case "run" -> run = p.getText();
        case "files" -> {
          if (format != FORMAT || !runKey.equals(run)) {
            return; // another version or config: nothing to reuse
          }
          readFiles(p, into);
        }
        default -> p.skipChildren();
      }
    }
  }

  private static void readFiles(JsonParser p, Map<String, Entry> into) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String path = p.currentName();
      expect(p.nextToken(), JsonToken.START_OBJECT);
      String key = null;
      List<Finding> findings = new ArrayList<>();
      Metrics metrics = null;
      List<SectionMetrics> sections = new ArrayList<>();
      Outline outline = Outline.NONE;
      Map<String, String> site = new java.util.HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "key" -> key = p.getText();
          case "findings" -> {
            while (p.nextToken() == JsonToken.START_ARRAY) {
              p.nextToken();
              String rule = p.getText();
              p.nextToken();
              Severity sev = Severity.parse(p.getText());
              int line = nextInt(p);
              int col = nextInt(p);
              int endLine = nextInt(p);
              int endCol = nextInt(p);
              p.nextToken();
              String message = p.getText();
              p.nextToken();
              String advice = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
              int so = nextInt(p);
              int eo = nextInt(p);
              List<Fix> fixes = new ArrayList<>();
              expect(p.nextToken(), JsonToken.START_ARRAY);
              while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                String title = p.getText();
                p.nextToken();
                boolean safe = p.getBooleanValue();
                List<TextEdit> edits = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                  int start = p.getIntValue();
                  int end = nextInt(p);
                  p.nextToken();
                  edits.add(new TextEdit(start, end, p.getText()));
                }
                fixes.add(new Fix(title, edits, safe));
              }
              expect(p.nextToken(), JsonToken.END_ARRAY);
              if (sev == null) {
                throw new IOException("bad severity");
              }
              findings.add(new Finding(rule, sev, line, col, endLine, endCol, message, advice,
                  fixes, so, eo));
            }
          }
          case "metrics" -> metrics = readMetrics(p);
          case "outline" -> {
            expect(p.currentToken(), JsonToken.START_ARRAY);
            Span frontMatter = readSpan(p);
            List<Heading> headings = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              int level = p.getIntValue();
              p.nextToken();
              String text = p.getText();
              Span span = readSpan(p);
              Span textSpan = readSpan(p);
              p.nextToken();
              headings.add(new Heading(level, text, span, textSpan,
                  Heading.Origin.valueOf(p.getText())));
            }
            outline = new Outline(frontMatter, headings);
          }
          case "site" -> {
            expect(p.currentToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String rule = p.currentName();
              p.nextToken();
              site.put(rule, p.getText());
            }
          }
          case "sections" -> {
            while (p.nextToken() == JsonToken.START_ARRAY) {
              p.nextToken();
              String heading = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
              int line = nextInt(p);
              p.nextToken();
              Metrics m = readMetrics(p);
              expect(p.nextToken(), JsonToken.END_ARRAY);
              sections.add(new SectionMetrics(heading, line, m));
            }
          }
          default -> p.skipChildren();
        }
      }
      if (key != null) {
        into.put(path, new Entry(key, findings, metrics, sections, outline, site));
      }
    }
  }

  private static Metrics readMetrics(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    int[] n = new int[6];
    for (int i = 0; i < 6; i++) {
      n[i] = nextInt(p);
    }
    double[] d = new double[6];
    for (int i = 0; i < 6; i++) {
      JsonToken t = p.nextToken();
      d[i] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
    }
    Metrics m = new Metrics(n[0], n[1], n[2], n[3], n[4], n[5], d[0], d[1], d[2], d[3], d[4], d[5]);
    if (p.nextToken() == JsonToken.END_ARRAY) {
      return m;
    }
    // Spanish figures follow: words, sentences, syllables, Fernández Huerta, Szigriszt-Pazos.
    int esWords = p.getIntValue();
    int esSentences = nextInt(p);
    int esSyllables = nextInt(p);
    double[] es = new double[2];
    for (int i = 0; i < 2; i++) {
      JsonToken t = p.nextToken();
      es[i] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
    }
    expect(p.nextToken(), JsonToken.END_ARRAY);
    return m.withSpanish(new org.cxlint.core.analysis.SpanishMetrics(esWords, esSentences,
        esSyllables, es[0], es[1]));
  }

  private static int nextInt(JsonParser p) throws IOException {
    p.nextToken();
    return p.getIntValue();
  }

  private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("cache file: expected " + wanted + ", found " + actual);
    }
  }
}

package org.cxlint.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import org.cxlint.core.model.Position;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;
import java.util.ArrayList;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * SARIF 2.1.0, as GitHub code scanning, Azure DevOps and IDE viewers read it. Locations are
 * relative to {@code %SRCROOT%} (the base directory); each result carries a fingerprint that
 * survives edits elsewhere in the file, so a viewer can track a finding across commits.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/cxlint/cxlint";
  static final String SRCROOT = "%SRCROOT%";
  /**
   * v2: the finding's {@linkplain org.cxlint.core.baseline.Fingerprints fingerprint} and which
   * of the file's equal findings it is ("5f0c…:1"), as GitHub writes its own
   * primaryLocationLineHash. v1 hashed the flagged line, so editing a word elsewhere on a long
   * line made every finding on it new.
   */
  static final String FINGERPRINT_KEY = "cxlint/v2";

  @Override
  public String name() {
    return "sarif";
  }

  /** The fingerprints and fixes need each file's text, also when outcomes are held back. */
  @Override
  public boolean showsText() {
    return true;
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out)
      throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA_URI);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    Map<String, Integer> ruleIndex = writeTool(g, run);
    if (settings != null && settings.baseDirectory() != null) {
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(SRCROOT);
      g.writeStringField("uri", directoryUri(settings.baseDirectory()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
    return new ReportWriter() {
      /** Files that could not be linted: path and error, for the invocation's notifications. */
      final List<FileOutcome> failures = new ArrayList<>();
      /** Files with readability metrics, for the artifacts' properties. */
      final List<FileOutcome> measured = new ArrayList<>();

      @Override
      public void file(FileOutcome file) throws IOException {
        writeResults(g, file, settings, ruleIndex, run.baseline());
        if (file.error() != null) {
          failures.add(FileOutcome.failed(file.path(), file.error()));
        }
        if (file.metrics() != null) {
          measured.add(new FileOutcome(file.path(), null, file.format(), List.of(),
              file.metrics(), List.of(), null, null, null));
        }
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        g.writeEndArray();
        writeInvocation(g, failures, settings);
        if (!measured.isEmpty()) {
          writeArtifacts(g, measured, settings);
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
      }
    };
  }

  private static Map<String, Integer> writeTool(JsonGenerator g, ReportRun run)
      throws IOException {
    Map<String, Integer> index = new HashMap<>();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "cxlint");
    if (run.toolVersion() != null) {
      g.writeStringField("version", run.toolVersion());
      g.writeStringField("semanticVersion", run.toolVersion());
    }
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (RuleMeta rule : run.rules()) {
      if (index.putIfAbsent(rule.id(), index.size()) != null) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeStringField("name", pascalCase(rule.id()));
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", nonEmpty(rule.summary(), rule.id()));
      g.writeEndObject();
      g.writeObjectFieldStart("fullDescription");
      g.writeStringField("text", nonEmpty(rule.rationale(), nonEmpty(rule.summary(), rule.id())));
      g.writeEndObject();
      if (!rule.guidance().isEmpty()) {
        g.writeStringField("helpUri", rule.guidance().get(0));
        g.writeObjectFieldStart("help");
        g.writeStringField("text", helpText(rule));
        g.writeEndObject();
      }
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(rule.defaultSeverity()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeStringField("category", rule.category().label());
      if (rule.wcag() != null) {
        g.writeStringField("wcag", rule.wcag());
      }
      g.writeArrayFieldStart("tags");
      g.writeString(rule.category().label());
      if (rule.wcag() != null && !rule.wcag().equals("best practice")) {
        g.writeString("accessibility");
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    return index;
  }

  private static void writeInvocation(JsonGenerator g, List<FileOutcome> failures,
      ReportSettings settings) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", failures.isEmpty());
    if (!failures.isEmpty()) {
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (FileOutcome failed : failures) {
        g.writeStartObject();
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", failed.error());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, failed, settings);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  /** Each measured file as an artifact whose properties hold its readability, two decimals. */
  private static void writeArtifacts(JsonGenerator g, List<FileOutcome> measured,
      ReportSettings settings) throws IOException {
    g.writeArrayFieldStart("artifacts");
    for (FileOutcome f : measured) {
      g.writeStartObject();
      g.writeFieldName("location");
      writeUri(g, f, settings);
      g.writeObjectFieldStart("properties");
      g.writeFieldName("metrics");
      JsonReporter.writeMetrics(g, f.metrics(), false);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The file's results. Against a baseline (SARIF 2.1.0 §3.27.24) every result has a
   * {@code baselineState}: "new" for the findings the run reports, "unchanged" for those the
   * baseline holds, and "absent" for its entries that no longer occur.
   */
  private static void writeResults(JsonGenerator g, FileOutcome file, ReportSettings settings,
      Map<String, Integer> ruleIndex, boolean againstBaseline) throws IOException {
    Map<String, Integer> occurrences = new HashMap<>();
    List<Finding> all = file.findings();
    java.util.Set<Finding> held = java.util.Set.of();
    if (againstBaseline && file.baseline() != null && !file.baseline().baselined().isEmpty()) {
      all = new ArrayList<>(file.findings());
      all.addAll(file.baseline().baselined());
      all.sort(org.cxlint.core.DocumentLinter.ORDER);
      held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      held.addAll(file.baseline().baselined());
    }
    for (Finding f : all) {
      g.writeStartObject();
      g.writeStringField("ruleId", f.rule());
      Integer idx = ruleIndex.get(f.rule());
      if (idx != null) {
        g.writeNumberField("ruleIndex", idx);
      }
      g.writeStringField("level", level(f.severity()));
      g.writeObjectFieldStart("message");
      g.writeStringField("text", messageText(f));
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      writeArtifactLocation(g, file, settings);
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", Math.max(1, f.line()));
      g.writeNumberField("startColumn", Math.max(1, f.column()));
      int endLine = Math.max(Math.max(1, f.line()), f.endLine());
      g.writeNumberField("endLine", endLine);
      int endColumn = endLine == f.line() ? Math.max(f.column(), f.endColumn()) : f.endColumn();
      g.writeNumberField("endColumn", Math.max(1, endColumn));
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField(FINGERPRINT_KEY, fingerprint(f, occurrences));
      g.writeEndObject();
      if (againstBaseline) {
        g.writeStringField("baselineState", held.contains(f) ? "unchanged" : "new");
      }
      if (!f.fixes().isEmpty() && file.source() != null) {
        writeFixes(g, file, f, settings);
      }
      g.writeEndObject();
    }
    if (againstBaseline && file.baseline() != null) {
      for (org.cxlint.core.baseline.BaselineEntry e : file.baseline().absent()) {
        for (int i = 0; i < e.count(); i++) {
          g.writeStartObject();
          g.writeStringField("ruleId", e.rule());
          Integer idx = ruleIndex.get(e.rule());
          if (idx != null) {
            g.writeNumberField("ruleIndex", idx);
          }
          g.writeStringField("kind", "pass");
          g.writeStringField("level", "none");
          g.writeObjectFieldStart("message");
          g.writeStringField("text", "No longer found"
              + (e.message() == null ? "." : ": " + e.message()));
          g.writeEndObject();
          g.writeArrayFieldStart("locations");
          g.writeStartObject();
          g.writeObjectFieldStart("physicalLocation");
          writeArtifactLocation(g, file, settings);
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndArray();
          g.writeObjectFieldStart("partialFingerprints");
          g.writeStringField(FINGERPRINT_KEY, e.fingerprint() + ":"
              + occurrences.merge(e.rule() + '\u0000' + e.fingerprint(), 1, Integer::sum));
          g.writeEndObject();
          g.writeStringField("baselineState", "absent");
          g.writeEndObject();
        }
      }
    }
  }

  /** SARIF 2.1.0 §3.55: each fix as a description and the replacements in its one file. */
  private static void writeFixes(JsonGenerator g, FileOutcome file, Finding f,
      ReportSettings settings) throws IOException {
    SourceFile source = file.source();
    g.writeArrayFieldStart("fixes");
    for (Fix fix : f.fixes()) {
      g.writeStartObject();
      g.writeObjectFieldStart("description");
      g.writeStringField("text", fix.title());
      g.writeEndObject();
      g.writeArrayFieldStart("artifactChanges");
      g.writeStartObject();
      writeArtifactLocation(g, file, settings);
      g.writeArrayFieldStart("replacements");
      for (TextEdit e : fix.edits()) {
        Position a = source.position(Math.min(e.start(), source.length()));
        Position b = source.position(Math.min(e.end(), source.length()));
        g.writeStartObject();
        g.writeObjectFieldStart("deletedRegion");
        g.writeNumberField("startLine", a.line());
        g.writeNumberField("startColumn", a.column());
        g.writeNumberField("endLine", b.line());
        g.writeNumberField("endColumn", b.column());
        g.writeEndObject();
        g.writeObjectFieldStart("insertedContent");
        g.writeStringField("text", e.replacement());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeObjectFieldStart("properties");
      g.writeBooleanField("safe", fix.safe());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeArtifactLocation(JsonGenerator g, FileOutcome file, ReportSettings s)
      throws IOException {
    g.writeFieldName("artifactLocation");
    writeUri(g, file, s);
  }

  /** An artifactLocation object: a URI relative to %SRCROOT%, or an absolute file URI. */
  private static void writeUri(JsonGenerator g, FileOutcome file, ReportSettings s)
      throws IOException {
    g.writeStartObject();
    String relative = ReportPaths.relative(file, s);
    boolean absolute = relative.startsWith("/") || relative.matches("[A-Za-z]:/.*");
    boolean outside = relative.equals("..") || relative.startsWith("../");
    Path base = s == null ? null : s.baseDirectory();
    Path onDisk = file.source() == null ? null : file.source().path();
    if (absolute || (outside && (onDisk != null || base != null))) {
      // Outside %SRCROOT%: an absolute file URI, so viewers do not resolve "../" against it.
      Path p = onDisk != null ? onDisk : absolute ? Path.of(relative) : base.resolve(relative);
      g.writeStringField("uri", p.toAbsolutePath().normalize().toUri().toString());
    } else {
      g.writeStringField("uri", encodePath(relative));
      if (!outside) {
        g.writeStringField("uriBaseId", SRCROOT);
      }
    }
    g.writeEndObject();
  }

  /**
   * The finding's fingerprint and, after a colon, which of the file's findings with the same rule
   * and fingerprint it is (1 for the first): unique in the file, and kept by edits elsewhere.
   */
  static String fingerprint(Finding f, Map<String, Integer> occurrences) {
    String fp = f.fingerprint() == null ? "" : f.fingerprint();
    return fp + ":" + occurrences.merge(f.rule() + '\u0000' + fp, 1, Integer::sum);
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String messageText(Finding f) {
    String message = nonEmpty(f.message(), f.rule());
    if (f.suggestion() == null || f.suggestion().isBlank() || message.contains(f.suggestion())) {
      return message;
    }
    return message + " " + f.suggestion();
  }

  private static String helpText(RuleMeta rule) {
    StringBuilder b = new StringBuilder(nonEmpty(rule.summary(), rule.id()));
    for (String url : rule.guidance()) {
      b.append("\n").append(url);
    }
    return b.toString();
  }

  private static String pascalCase(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  private static String nonEmpty(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }

  /**
   * Percent-encodes a relative path as RFC 3986 asks of a relative reference: every byte of its
   * UTF-8 form but the unreserved characters, '/' and the sub-delimiters that are safe in a path
   * ({@code !$&'()*+,;=@}) becomes %XX. A ':' is always encoded: in a first segment it would read
   * as a scheme ("x:c.md"). A path with spaces or colons is still a valid URI.
   */
  static String encodePath(String relative) {
    StringBuilder sb = new StringBuilder(relative.length() + 8);
    for (byte b : relative.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return sb.toString();
  }


  private static String directoryUri(Path dir) {
    String uri = dir.toAbsolutePath().normalize().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}

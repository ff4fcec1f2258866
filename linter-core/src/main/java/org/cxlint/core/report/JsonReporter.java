package org.cxlint.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.cxlint.core.FileResult;
import org.cxlint.core.LintResult;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * The JSON report, in exactly the shape DESIGN.md fixes (other tools read it): {@code tool},
 * {@code files[]} with {@code path}, {@code metrics} (when computed), {@code findings[]}, and a
 * {@code summary}. A file that could not be linted carries an {@code error} string and no
 * findings. A score that is undefined for the text (no sentences) is {@code null}.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(LintResult result, ReportSettings settings, OutputStream out)
      throws IOException {
    writeDocument(result, out, false, JsonReporter::findings, true);
  }

  /** Fields a file's entry holds after {@code path}, {@code error} and {@code metrics}. */
  @FunctionalInterface
  public interface FileFields {
    void write(JsonGenerator g, FileResult file) throws IOException;
  }

  /**
   * The JSON document this report and {@code cxlint score --format json} share: {@code tool},
   * then {@code files[]} with {@code path}, {@code error} (when the file could not be linted),
   * {@code metrics} (when computed; with {@code polysyllables} when asked) and {@code more}'s
   * fields, then the {@code summary} of findings when {@code summary} is set.
   */
  public static void writeDocument(LintResult result, OutputStream out, boolean polysyllables,
      FileFields more, boolean summary) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "cxlint");
      g.writeStringField("version", result.toolVersion());
      g.writeEndObject();
      g.writeArrayFieldStart("files");
      for (FileResult f : result.files()) {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        if (f.error() != null) {
          g.writeStringField("error", f.error());
        }
        if (f.metrics() != null) {
          g.writeFieldName("metrics");
          writeMetrics(g, f.metrics(), polysyllables);
        }
        more.write(g, f);
        g.writeEndObject();
      }
      g.writeEndArray();
      if (summary) {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", result.files().size());
        g.writeNumberField("errors", result.count(Severity.ERROR));
        g.writeNumberField("warnings", result.count(Severity.WARNING));
        g.writeNumberField("infos", result.count(Severity.INFO));
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void findings(JsonGenerator g, FileResult f) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding x : f.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", x.rule());
      g.writeStringField("severity", x.severity().label());
      g.writeNumberField("line", x.line());
      g.writeNumberField("column", x.column());
      g.writeNumberField("endLine", x.endLine());
      g.writeNumberField("endColumn", x.endColumn());
      g.writeStringField("message", x.message());
      g.writeStringField("suggestion", x.suggestion());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes readability metrics as a JSON object with the DESIGN.md names, scores to one decimal
   * (null when undefined). {@code cxlint score} adds the SMOG input, {@code polysyllables}.
   */
  public static void writeMetrics(JsonGenerator g, Metrics m, boolean withPolysyllables)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("words", m.words());
    g.writeNumberField("sentences", m.sentences());
    g.writeNumberField("syllables", m.syllables());
    g.writeNumberField("letters", m.letters());
    g.writeNumberField("complexWords", m.complexWords());
    if (withPolysyllables) {
      g.writeNumberField("polysyllables", m.polysyllables());
    }
    score(g, "fleschReadingEase", m.fleschReadingEase());
    score(g, "fleschKincaidGrade", m.fleschKincaidGrade());
    score(g, "gunningFog", m.gunningFog());
    score(g, "smogIndex", m.smogIndex());
    score(g, "colemanLiauIndex", m.colemanLiauIndex());
    score(g, "automatedReadabilityIndex", m.automatedReadabilityIndex());
    if (m.spanish() != null) {
      // Spanish prose: its own counts and the Spanish scales (added fields; the English ones stay).
      g.writeObjectFieldStart("spanish");
      g.writeNumberField("words", m.spanish().words());
      g.writeNumberField("sentences", m.spanish().sentences());
      g.writeNumberField("syllables", m.spanish().syllables());
      score(g, "fernandezHuerta", m.spanish().fernandezHuerta());
      score(g, "szigrisztPazos", m.spanish().szigrisztPazos());
      if (m.spanish().inflesz() == null) {
        g.writeNullField("inflesz");
      } else {
        g.writeStringField("inflesz", m.spanish().inflesz());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Scores to one decimal, as people read them; null when undefined. */
  private static void score(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(name, Math.round(value * 10.0) / 10.0);
    } else {
      g.writeNullField(name);
    }
  }
}

package org.cxlint.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.rule.Finding;

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
  public boolean showsMetrics() {
    return true;
  }

  /** A fix's edits are given with line and column, which need the file's text. */
  @Override
  public boolean showsText() {
    return true;
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out)
      throws IOException {
    Document d = new Document(out, run.toolVersion(), false, JsonReporter::findings);
    return new ReportWriter() {
      @Override
      public void file(FileOutcome outcome) throws IOException {
        d.file(outcome);
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        d.finish(summary);
      }
    };
  }

  /** Fields a file's entry holds after {@code path}, {@code error} and {@code metrics}. */
  @FunctionalInterface
  public interface FileFields {
    void write(JsonGenerator g, FileOutcome file) throws IOException;
  }

  /**
   * The JSON document this report and {@code cxlint score --format json} share, written as the
   * files stream in: {@code tool}, then {@code files[]} with {@code path}, {@code error} (when
   * the file could not be linted), {@code metrics} (when computed; with {@code polysyllables}
   * when asked) and the caller's fields, then the {@code summary} of findings when one is given.
   */
  public static final class Document {
    private final JsonGenerator g;
    private final boolean polysyllables;
    private final FileFields more;

    public Document(OutputStream out, String toolVersion, boolean polysyllables, FileFields more)
        throws IOException {
      this.polysyllables = polysyllables;
      this.more = more;
      g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "cxlint");
      g.writeStringField("version", toolVersion);
      g.writeEndObject();
      g.writeArrayFieldStart("files");
    }

    public void file(FileOutcome f) throws IOException {
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

    /** Ends the document, with a {@code summary} unless {@code summary} is null. */
    public void finish(RunSummary summary) throws IOException {
      g.writeEndArray();
      if (summary != null) {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", summary.files());
        g.writeNumberField("errors", summary.errors());
        g.writeNumberField("warnings", summary.warnings());
        g.writeNumberField("infos", summary.infos());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
    }
  }

  private static void findings(JsonGenerator g, FileOutcome f) throws IOException {
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
      if (!x.fixes().isEmpty() && f.source() != null) {
        writeFixes(g, x, f.source());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * A finding's fixes: {@code title}, {@code safe}, and {@code edits} with 1-based positions
   * (end exclusive), source offsets and the replacement {@code text}.
   */
  private static void writeFixes(JsonGenerator g, Finding x, SourceFile source)
      throws IOException {
    g.writeArrayFieldStart("fixes");
    for (Fix fix : x.fixes()) {
      g.writeStartObject();
      g.writeStringField("title", fix.title());
      g.writeBooleanField("safe", fix.safe());
      g.writeArrayFieldStart("edits");
      for (TextEdit e : fix.edits()) {
        Position a = source.position(Math.min(e.start(), source.length()));
        Position b = source.position(Math.min(e.end(), source.length()));
        g.writeStartObject();
        g.writeNumberField("line", a.line());
        g.writeNumberField("column", a.column());
        g.writeNumberField("endLine", b.line());
        g.writeNumberField("endColumn", b.column());
        g.writeNumberField("startOffset", e.start());
        g.writeNumberField("endOffset", e.end());
        g.writeStringField("text", e.replacement());
        g.writeEndObject();
      }
      g.writeEndArray();
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
    g.writeEndObject();
  }

  /**
   * Scores to two decimals, enough to reproduce published figures (116.145 is 116.15, not
   * 116.1); null when undefined.
   */
  private static void score(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(name, twoDecimals(value));
    } else {
      g.writeNullField(name);
    }
  }

  /** A score rounded to two decimals, half away from zero, as reports carry it. */
  public static double twoDecimals(double value) {
    return new java.math.BigDecimal(Double.toString(value))
        .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}

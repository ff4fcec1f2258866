package org.cxlint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.Outline;
import org.cxlint.core.RunSummary;
import org.cxlint.core.model.Span;
import org.cxlint.core.LintResult;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.fix.FixPreview;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * One self-contained HTML page for reviewers: an overview (totals, findings by rule and file,
 * readability chart) rendered here, and the file list and annotated sources rendered in the
 * browser from embedded JSON, one file at a time, so the page stays responsive for thousands of
 * files. Everything from linted files is escaped (HTML here, JSON plus {@code textContent} in the
 * script); a Content-Security-Policy allows only this page's own script and style, by hash.
 */
public final class HtmlReporter implements Reporter {
  private static final int CHART_PAGES = 20;
  private static final int TOP_FILES = 10;
  private static final String CSS = resource("html/report.css");
  private static final String JS = resource("html/report.js");

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean showsMetrics() {
    return true;
  }

  @Override
  public boolean showsText() {
    return true;
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) {
    List<FileOutcome> files = new ArrayList<>();
    return new ReportWriter() {
      @Override
      public void file(FileOutcome outcome) {
        files.add(outcome);
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        writeWhole(new LintResult(run.toolVersion(), run.rules(), files), settings, out);
      }
    };
  }

  private void writeWhole(LintResult result, ReportSettings settings, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    List<RuleRow> rules = ruleRows(result);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    long infos = result.count(Severity.INFO);
    int files = result.files().size();

    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '"
        + hash(JS) + "'; style-src '" + hash(CSS) + "'; img-src data:; base-uri 'none'; "
        + "form-action 'none'\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<meta name=\"generator\" content=\"cxlint " + esc(version(result)) + "\">\n");
    w.write("<title>cxlint report: " + count(files, "file") + ", " + count(errors, "error") + ", "
        + count(warnings, "warning") + ", " + infos + " info</title>\n");
    w.write("<style>" + CSS + "</style>\n</head>\n<body>\n");
    w.write("<a class=\"skip\" href=\"#files-heading\">Skip to the file list</a>\n");
    w.write("<header>\n<h1>Accessibility and plain-language report</h1>\n");
    w.write("<p>Made by cxlint <code>" + esc(version(result)) + "</code>. "
        + count(files, "file") + " checked with " + count(result.rules().size(), "rule")
        + ".</p>\n</header>\n<main>\n");

    writeOverview(w, result, rules, errors, warnings, infos);
    writeFileSection(w);

    w.write("</main>\n<footer><p>Each rule name links to the guidance it is based on. "
        + "This page makes no network requests.</p></footer>\n");
    w.write("<script type=\"application/json\" id=\"cxlint-data\">");
    writeData(w, result, rules, ruleIndex);
    w.write("</script>\n<script>" + JS + "</script>\n</body>\n</html>\n");
    w.flush();
  }

  /** One row per rule: the enabled rules first, then ids that only findings mention. */
  private record RuleRow(String id, RuleMeta meta, long[] counts) {
    long total() {
      return counts[0] + counts[1] + counts[2];
    }
  }

  private static List<RuleRow> ruleRows(LintResult result) {
    Map<String, RuleRow> rows = new LinkedHashMap<>();
    for (RuleMeta m : result.rules()) {
      rows.putIfAbsent(m.id(), new RuleRow(m.id(), m, new long[3]));
    }
    for (FileOutcome file : result.files()) {
      for (Finding f : file.findings()) {
        rows.computeIfAbsent(f.rule(), id -> new RuleRow(id, null, new long[3]))
            .counts()[f.severity().ordinal()]++;
      }
    }
    return new ArrayList<>(rows.values());
  }

  private static void writeOverview(Writer w, LintResult result, List<RuleRow> rules,
      long errors, long warnings, long infos) throws IOException {
    w.write("<section aria-labelledby=\"overview-heading\">\n"
        + "<h2 id=\"overview-heading\">Overview</h2>\n<ul class=\"totals\">\n");
    w.write(total("Files", result.files().size()));
    w.write(total("Errors", errors));
    w.write(total("Warnings", warnings));
    w.write(total("Info", infos));
    w.write(total("Files not linted", result.failures().size()));
    w.write("</ul>\n<div class=\"overview-grid\">\n");

    // Findings by rule, most frequent first.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).total() > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingLong((Integer i) -> -rules.get(i).total())
        .thenComparing(i -> rules.get(i).id()));
    w.write("<div>\n<h3 id=\"by-rule\">Findings by rule</h3>\n");
    if (order.isEmpty()) {
      w.write("<p>No findings.</p>\n");
    } else {
      w.write("<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"n\">Errors"
          + "</th><th scope=\"col\" class=\"n\">Warnings</th><th scope=\"col\" class=\"n\">Info</th>"
          + "<th scope=\"col\"><span class=\"sr-only\">Filter</span></th></tr></thead>\n<tbody>\n");
      for (int i : order) {
        RuleRow r = rules.get(i);
        w.write("<tr><th scope=\"row\">" + ruleLink(r) + "</th>");
        w.write("<td class=\"n\">" + r.counts()[2] + "</td><td class=\"n\">" + r.counts()[1]
            + "</td><td class=\"n\">" + r.counts()[0] + "</td>");
        w.write("<td><button type=\"button\" data-rule=\"" + i + "\">Show files with <code>"
            + esc(r.id()) + "</code></button></td></tr>\n");
      }
      w.write("</tbody>\n</table>\n");
    }
    w.write("</div>\n");

    // Files with the most findings.
    List<Integer> worstFiles = new ArrayList<>();
    for (int i = 0; i < result.files().size(); i++) {
      if (!result.files().get(i).findings().isEmpty()) {
        worstFiles.add(i);
      }
    }
    worstFiles.sort(Comparator.comparingLong((Integer i) -> -weight(result.files().get(i)))
        .thenComparingInt(i -> i));
    w.write("<div>\n<h3 id=\"by-file\">Files with the most findings</h3>\n");
    if (worstFiles.isEmpty()) {
      w.write("<p>No file has findings.</p>\n");
    } else {
      w.write("<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\" class=\"n\">Errors"
          + "</th><th scope=\"col\" class=\"n\">Warnings</th><th scope=\"col\" class=\"n\">Info</th>"
          + "</tr></thead>\n<tbody>\n");
      for (int i : worstFiles.subList(0, Math.min(TOP_FILES, worstFiles.size()))) {
        FileOutcome f = result.files().get(i);
        w.write("<tr><th scope=\"row\"><a href=\"#f-" + i + "\">" + esc(f.path()) + "</a></th>"
            + "<td class=\"n\">" + f.count(Severity.ERROR) + "</td><td class=\"n\">"
            + f.count(Severity.WARNING) + "</td><td class=\"n\">" + f.count(Severity.INFO)
            + "</td></tr>\n");
      }
      w.write("</tbody>\n</table>\n");
    }
    w.write("</div>\n</div>\n");
    writeReadability(w, result);
    w.write("</section>\n");
  }

  private static long weight(FileOutcome f) {
    return f.count(Severity.ERROR) * 1_000_000L + f.count(Severity.WARNING) * 1_000L
        + f.count(Severity.INFO);
  }

  /** The hardest pages by grade, as a bar chart and as a table with the same figures. */
  private static void writeReadability(Writer w, LintResult result) throws IOException {
    List<Integer> graded = new ArrayList<>();
    for (int i = 0; i < result.files().size(); i++) {
      Metrics m = result.files().get(i).metrics();
      if (m != null && Double.isFinite(m.fleschKincaidGrade())) {
        graded.add(i);
      }
    }
    w.write("<h3 id=\"readability\">Readability: the hardest pages first</h3>\n");
    if (graded.isEmpty()) {
      w.write("<p>No page has readability scores.</p>\n");
      return;
    }
    graded.sort(Comparator.comparingDouble(
            (Integer i) -> -result.files().get(i).metrics().fleschKincaidGrade())
        .thenComparingInt(i -> i));
    double sum = 0;
    for (int i : graded) {
      sum += result.files().get(i).metrics().fleschKincaidGrade();
    }
    w.write("<p>" + count(graded.size(), "page") + " scored; average reading grade "
        + one(sum / graded.size()) + ". A grade above 8 is harder than plain-language guidance "
        + "recommends for the public.</p>\n");
    List<Integer> top = graded.subList(0, Math.min(CHART_PAGES, graded.size()));
    double max = 18;
    for (int i : top) {
      max = Math.max(max, result.files().get(i).metrics().fleschKincaidGrade());
    }
    int rowHeight = 22;
    int labelWidth = 330;
    int barWidth = 300;
    int height = top.size() * rowHeight + 30;
    w.write("<figure>\n<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" "
        + "viewBox=\"0 0 " + (labelWidth + barWidth + 150) + " " + height + "\" width=\""
        + (labelWidth + barWidth + 150) + "\" height=\"" + height + "\" "
        + "xmlns=\"http://www.w3.org/2000/svg\">\n");
    w.write("<title id=\"chart-title\">Reading grade (and Flesch reading ease) of the "
        + top.size() + " hardest pages; the table below gives the same figures.</title>\n");
    double target = 8 / max * barWidth;
    int y = 0;
    for (int i : top) {
      FileOutcome f = result.files().get(i);
      double grade = f.metrics().fleschKincaidGrade();
      double width = Math.max(1, Math.max(0, grade) / max * barWidth);
      w.write("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 15)
          + "\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">" + esc(shorten(f.path(), 48))
          + "</text>");
      w.write("<rect x=\"" + labelWidth + "\" y=\"" + (y + 3) + "\" width=\"" + one(width)
          + "\" height=\"" + (rowHeight - 6) + "\" fill=\"" + (grade > 8 ? "#b50909" : "#005ea2")
          + "\"/>");
      w.write("<text x=\"" + one(labelWidth + width + 4) + "\" y=\"" + (y + 15)
          + "\" font-size=\"12\" fill=\"#1b1b1b\">" + one(grade) + " (Flesch "
          + one(f.metrics().fleschReadingEase()) + ")</text>\n");
      y += rowHeight;
    }
    w.write("<line x1=\"" + one(labelWidth + target) + "\" x2=\"" + one(labelWidth + target)
        + "\" y1=\"0\" y2=\"" + y + "\" stroke=\"#1b1b1b\" stroke-dasharray=\"4 3\"/>");
    w.write("<text x=\"" + one(labelWidth + target) + "\" y=\"" + (y + 16)
        + "\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1b1b1b\">grade 8</text>\n");
    w.write("</svg>\n</figure>\n");
    w.write("<table>\n<caption>The " + top.size() + " hardest pages</caption>\n<thead><tr>"
        + "<th scope=\"col\">Page</th><th scope=\"col\" class=\"n\">Grade</th>"
        + "<th scope=\"col\" class=\"n\">Flesch reading ease</th><th scope=\"col\" class=\"n\">"
        + "Words</th></tr></thead>\n<tbody>\n");
    for (int i : top) {
      FileOutcome f = result.files().get(i);
      w.write("<tr><th scope=\"row\"><a href=\"#f-" + i + "\">" + esc(f.path()) + "</a></th>"
          + "<td class=\"n\">" + one(f.metrics().fleschKincaidGrade()) + "</td><td class=\"n\">"
          + one(f.metrics().fleschReadingEase()) + "</td><td class=\"n\">" + f.metrics().words()
          + "</td></tr>\n");
    }
    w.write("</tbody>\n</table>\n");
  }

  private static void writeFileSection(Writer w) throws IOException {
    w.write("""
        <section aria-labelledby="files-heading">
        <h2 id="files-heading" tabindex="-1">Files</h2>
        <p id="noscript-note">The file list and the annotated sources need JavaScript.</p>
        <form id="controls" hidden>
        <fieldset><legend>Severity</legend>
        <label><input type="checkbox" id="filter-error" checked> Errors</label>
        <label><input type="checkbox" id="filter-warning" checked> Warnings</label>
        <label><input type="checkbox" id="filter-info" checked> Info</label>
        </fieldset>
        <div><label class="block" for="filter-rule">Rule</label>
        <select id="filter-rule"><option value="">All rules</option></select></div>
        <div><label class="block" for="filter-file">Search file paths</label>
        <input type="search" id="filter-file" autocomplete="off"></div>
        <div><label class="block" for="sort">Order</label>
        <select id="sort"><option value="severity">Most serious findings first</option>
        <option value="grade">Hardest to read first</option>
        <option value="path">By path</option></select></div>
        </form>
        <p id="list-status" role="status" aria-live="polite"></p>
        <div id="file-table"></div>
        <button type="button" id="show-more" hidden>Show more files</button>
        </section>
        <section id="detail" aria-labelledby="detail-heading" hidden></section>
        """);
  }

  private static void writeData(Writer w, LintResult result, List<RuleRow> rules,
      Map<String, Integer> ruleIndex) throws IOException {
    StringWriter json = new StringWriter();
    JsonGenerator g = new JsonFactory().createGenerator(json);
    g.writeStartObject();
    g.writeArrayFieldStart("rules");
    for (RuleRow r : rules) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeNumberField("n", r.total());
      if (r.meta() != null) {
        g.writeStringField("s", r.meta().summary());
        String url = guidanceUrl(r.meta());
        if (url != null) {
          g.writeStringField("url", url);
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    Map<String, Integer> strings = new LinkedHashMap<>();
    g.writeArrayFieldStart("files");
    for (FileOutcome file : result.files()) {
      g.writeStartObject();
      g.writeStringField("p", file.path());
      g.writeStringField("e", file.error());
      Metrics m = file.metrics();
      number(g, "g", m == null ? Double.NaN : m.fleschKincaidGrade());
      number(g, "fl", m == null ? Double.NaN : m.fleschReadingEase());
      g.writeNumberField("w", m == null ? 0 : m.words());
      SourceFile source = file.source();
      g.writeFieldName("fm");
      int[] fm = source == null ? null : frontMatterLines(source, file.outline());
      if (fm == null) {
        g.writeNull();
      } else {
        g.writeArray(fm, 0, 2);
      }
      g.writeArrayFieldStart("s");
      for (SectionMetrics s : file.sections()) {
        g.writeStartArray();
        g.writeString(s.heading());
        g.writeNumber(s.line());
        numberValue(g, s.metrics().fleschKincaidGrade());
        numberValue(g, s.metrics().fleschReadingEase());
        g.writeNumber(s.metrics().words());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeStringField("x", source == null ? null : source.text());
      g.writeArrayFieldStart("f");
      for (Finding f : file.findings()) {
        g.writeStartArray();
        g.writeNumber(ruleIndex.get(f.rule()));
        g.writeNumber(f.severity().ordinal());
        g.writeNumber(f.line());
        g.writeNumber(f.column());
        g.writeNumber(f.endLine());
        g.writeNumber(f.endColumn());
        int start = f.startOffset();
        int end = f.endOffset();
        if (source != null && (start < 0 || end < start || end > source.length())) {
          // Offsets out of range: fall back to the line and column, which are always given.
          start = source.offset(f.line(), f.column());
          end = Math.max(start, source.offset(f.endLine(), f.endColumn()));
        }
        g.writeNumber(start);
        g.writeNumber(end);
        // Messages repeat (the same rule says the same thing often): index a string table.
        g.writeNumber(strings.computeIfAbsent(f.message() == null ? "" : f.message(),
            k -> strings.size()));
        if (f.suggestion() == null || f.suggestion().isEmpty()) {
          g.writeNumber(-1);
        } else {
          g.writeNumber(strings.computeIfAbsent(f.suggestion(), k -> strings.size()));
        }
        // [10]: each fix as [title, safe (1/0), before, after], shown under the finding
        g.writeStartArray();
        for (Fix fix : f.fixes()) {
          FixPreview preview = source == null ? null : FixPreview.of(source.text(), fix);
          if (preview != null) {
            g.writeStartArray();
            g.writeString(fix.title());
            g.writeNumber(fix.safe() ? 1 : 0);
            g.writeString(preview.before());
            g.writeString(preview.after());
            g.writeEndArray();
          }
        }
        g.writeEndArray();
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("t");
    for (String text : strings.keySet()) {
      g.writeString(text);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    w.write(scriptSafe(json.toString()));
  }

  /**
   * JSON that cannot end its script element: '<', '>' and '&' can only occur inside JSON
   * strings, where their \\u escapes mean the same; U+2028/9 are escaped for old parsers.
   */
  static String scriptSafe(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** 1-based first and last line of the front-matter block the parser found, or null. */
  static int[] frontMatterLines(SourceFile source, Outline outline) {
    Span span = outline.frontMatter();
    if (span == null || span.isEmpty()) {
      return null;
    }
    return new int[] {source.position(span.start()).line(),
        source.position(Math.max(span.start(), span.end() - 1)).line()};
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    g.writeFieldName(field);
    numberValue(g, v);
  }

  private static void numberValue(JsonGenerator g, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumber(Math.round(v * 10) / 10.0);
    } else {
      g.writeNull();
    }
  }

  private static String guidanceUrl(RuleMeta meta) {
    for (String url : meta.guidance()) {
      String u = url.toLowerCase(Locale.ROOT);
      if (u.startsWith("https://") || u.startsWith("http://")) {
        return url;
      }
    }
    return null;
  }

  private static String ruleLink(RuleRow r) {
    // Rule ids are code, not prose: cxlint's own rules must not read "shall" as a word here.
    String code = "<code>" + esc(r.id()) + "</code>";
    String url = r.meta() == null ? null : guidanceUrl(r.meta());
    if (url == null) {
      return code;
    }
    return "<a href=\"" + esc(url) + "\" aria-label=\"Guidance for rule " + esc(r.id()) + "\">"
        + code + "</a>";
  }

  private static String total(String label, long n) {
    return "<li><strong>" + String.format(Locale.ROOT, "%,d", n) + "</strong> " + label
        + "</li>\n";
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static String one(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "\u2013";
  }

  private static String shorten(String path, int max) {
    return path.length() <= max ? path : "\u2026" + path.substring(path.length() - max + 1);
  }

  private static String version(LintResult r) {
    return r.toolVersion() == null ? "" : r.toolVersion();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  static String hash(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

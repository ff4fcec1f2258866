package org.cxlint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.Outline;
import org.cxlint.core.RunSummary;
import org.cxlint.core.model.Span;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.fix.FixPreview;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * The HTML report for reviewers: an overview (totals, findings by rule and file, readability
 * chart) rendered here, and the file list and annotated sources rendered in the browser from
 * embedded JSON, one file at a time, so a page stays responsive for thousands of files.
 * Everything from linted files is escaped (HTML here, JSON plus {@code textContent} in the
 * script); a Content-Security-Policy allows only the page's own script and style, by hash.
 *
 * <p>Memory stays bounded: each file's data (findings, text) goes to a temporary spool file as
 * it arrives; only the overview's figures are kept (per file: path, counts, grade; per rule:
 * counts; the table of messages). {@link ReportWriter#finish} writes one self-contained page,
 * or, when the data passes {@link #DEFAULT_SINGLE_PAGE_BYTES} and the report is a file with a
 * folder beside it ({@link ReportFolder}), an index page plus parts of at most
 * {@link #DEFAULT_PART_FILES} files and about {@link #DEFAULT_PART_BYTES} bytes of data each,
 * so that every page opens in a browser in a few seconds.
 */
public final class HtmlReporter implements Reporter {
  /**
   * Data (bytes of JSON) above which a report file becomes an index plus parts. A one-page
   * report of the digital.gov corpus (4,044 files, 23 MB) took 2.6 to 3.9 s to become usable
   * in headless Chromium on a busy 2-core machine; 8 MB keeps a one-page report well under 3 s.
   */
  static final long DEFAULT_SINGLE_PAGE_BYTES = 8L << 20;
  /** Data (bytes of JSON) of one part; a single larger file gets a part of its own. */
  static final long DEFAULT_PART_BYTES = 2L << 20;
  /** Files in one part. */
  static final int DEFAULT_PART_FILES = 250;

  private static final int CHART_PAGES = 20;
  private static final int TOP_FILES = 10;
  private static final String CSS = resource("html/report.css");
  private static final String JS = resource("html/report.js");
  private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\""
      + "default-src 'none'; script-src '" + hash(JS) + "'; style-src '" + hash(CSS) + "'; "
      + "img-src data:; base-uri 'none'; form-action 'none'\">\n";

  private final long singlePageBytes;
  private final long partBytes;
  private final int partFiles;

  public HtmlReporter() {
    this(DEFAULT_SINGLE_PAGE_BYTES, DEFAULT_PART_BYTES, DEFAULT_PART_FILES);
  }

  /** A reporter with other limits (tests of the parts with a small run). */
  HtmlReporter(long singlePageBytes, long partBytes, int partFiles) {
    this.singlePageBytes = singlePageBytes;
    this.partBytes = partBytes;
    this.partFiles = partFiles;
  }

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
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out)
      throws IOException {
    return open(run, settings, out, null);
  }

  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out,
      ReportFolder folder) throws IOException {
    return new Report(run, out, folder);
  }

  /** What the overview and the index keep of one file. */
  private static final class Entry {
    final String path;
    final String error;
    final double grade;
    final double flesch;
    final int words;
    final long errors;
    final long warnings;
    final long infos;
    /** Per rule and severity: rule index, severity ordinal, count; repeated. */
    final int[] counts;
    /** Characters of the file's JSON in the spool. */
    final int chars;
    final int part;

    Entry(FileOutcome f, int[] counts, int chars, int part) {
      this.path = f.path();
      this.error = f.error();
      Metrics m = f.metrics();
      this.grade = m == null ? Double.NaN : m.fleschKincaidGrade();
      this.flesch = m == null ? Double.NaN : m.fleschReadingEase();
      this.words = m == null ? 0 : m.words();
      this.errors = f.count(Severity.ERROR);
      this.warnings = f.count(Severity.WARNING);
      this.infos = f.count(Severity.INFO);
      this.counts = counts;
      this.chars = chars;
      this.part = part;
    }

    long weight() {
      return errors * 1_000_000L + warnings * 1_000L + infos;
    }

    boolean graded() {
      return Double.isFinite(grade);
    }
  }

  /** One row per rule: the enabled rules first, then ids that only findings mention. */
  private record RuleRow(String id, RuleMeta meta, long[] counts) {
    long total() {
      return counts[0] + counts[1] + counts[2];
    }
  }

  /** A part of a large report: consecutive files, and the messages they use. */
  private static final class Part {
    final int first;
    int files;
    long bytes;
    final BitSet strings = new BitSet();

    Part(int first) {
      this.first = first;
    }
  }

  /** One report being written: files spooled as they come, pages written at the end. */
  private final class Report implements ReportWriter {
    private final ReportRun run;
    private final OutputStream out;
    private final ReportFolder folder;
    private final Path spool;
    private final Writer spoolOut;
    private final List<RuleRow> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    // Messages repeat (the same rule says the same thing often): findings index a string table.
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringList = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final StringWriter json = new StringWriter();
    private final JsonFactory factory = new JsonFactory();
    private long totalBytes;

    Report(ReportRun run, OutputStream out, ReportFolder folder) throws IOException {
      this.run = run;
      this.out = out;
      this.folder = folder;
      for (RuleMeta m : run.rules()) {
        ruleIndex.computeIfAbsent(m.id(), id -> {
          rules.add(new RuleRow(id, m, new long[3]));
          return rules.size() - 1;
        });
      }
      spool = Files.createTempFile("cxlint-html-", ".json");
      spool.toFile().deleteOnExit();
      spoolOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(spool),
          StandardCharsets.UTF_8), 1 << 16);
    }

    private int string(String s, BitSet used) {
      int id = strings.computeIfAbsent(s, k -> {
        stringList.add(k);
        return stringList.size() - 1;
      });
      used.set(id);
      return id;
    }

    @Override
    public void file(FileOutcome file) throws IOException {
      Part part = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (part == null || part.files >= partFiles || part.bytes >= partBytes) {
        part = new Part(entries.size());
        parts.add(part);
      }
      Map<Integer, long[]> byRule = new TreeMap<>();
      json.getBuffer().setLength(0);
      JsonGenerator g = factory.createGenerator(json);
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
      // A finding a baseline holds is listed too, dimmed: [..., 1] marks it (not counted).
      List<Finding> listed = file.findings();
      java.util.Set<Finding> held = java.util.Set.of();
      if (file.baseline() != null && !file.baseline().baselined().isEmpty()) {
        listed = new java.util.ArrayList<>(listed);
        listed.addAll(file.baseline().baselined());
        listed.sort(org.cxlint.core.DocumentLinter.ORDER);
        held = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        held.addAll(file.baseline().baselined());
      }
      for (Finding f : listed) {
        int rule = ruleIndex.computeIfAbsent(f.rule(), id -> {
          rules.add(new RuleRow(id, null, new long[3]));
          return rules.size() - 1;
        });
        if (!held.contains(f)) { // a baselined finding is listed, not counted
          rules.get(rule).counts()[f.severity().ordinal()]++;
          byRule.computeIfAbsent(rule, r -> new long[3])[f.severity().ordinal()]++;
        }
        g.writeStartArray();
        g.writeNumber(rule);
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
        g.writeNumber(string(f.message() == null ? "" : f.message(), part.strings));
        if (f.suggestion() == null || f.suggestion().isEmpty()) {
          g.writeNumber(-1);
        } else {
          g.writeNumber(string(f.suggestion(), part.strings));
        }
        // [10]: each fix as [title, safe (1/0), before, after], shown under the finding;
        // [11]: 1 when a baseline holds the finding (listed, dimmed, not counted). Both are
        // left out when empty, so a report without them keeps its size.
        List<String[]> previews = new ArrayList<>();
        for (Fix fix : f.fixes()) {
          FixPreview preview = source == null ? null : FixPreview.of(source.text(), fix);
          if (preview != null) {
            previews.add(new String[] {fix.title(), fix.safe() ? "1" : "0", preview.before(),
                preview.after()});
          }
        }
        boolean baselined = held.contains(f);
        if (!previews.isEmpty() || baselined) {
          g.writeStartArray();
          for (String[] p : previews) {
            g.writeStartArray();
            g.writeString(p[0]);
            g.writeNumber(Integer.parseInt(p[1]));
            g.writeString(p[2]);
            g.writeString(p[3]);
            g.writeEndArray();
          }
          g.writeEndArray();
        }
        if (baselined) {
          g.writeNumber(1);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.close();
      String data = scriptSafe(json.toString());
      spoolOut.write(data);
      int[] counts = new int[byRule.size() * 3];
      int k = 0;
      for (Map.Entry<Integer, long[]> e : byRule.entrySet()) {
        for (int sev = 2; sev >= 0; sev--) {
          if (e.getValue()[sev] > 0) {
            if (k + 3 > counts.length) {
              counts = Arrays.copyOf(counts, counts.length + 6);
            }
            counts[k++] = e.getKey();
            counts[k++] = sev;
            counts[k++] = (int) e.getValue()[sev];
          }
        }
      }
      entries.add(new Entry(file, Arrays.copyOf(counts, k), data.length(), parts.size() - 1));
      long bytes = utf8Length(data);
      part.files++;
      part.bytes += bytes;
      totalBytes += bytes;
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
      try {
        spoolOut.close();
        boolean split = folder != null && totalBytes > singlePageBytes && entries.size() > 1;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
            1 << 16);
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(spool),
            StandardCharsets.UTF_8), 1 << 16)) {
          if (split) {
            for (int i = 0; i < parts.size(); i++) {
              try (Writer page = new BufferedWriter(new OutputStreamWriter(
                  folder.create(partName(i)), StandardCharsets.UTF_8), 1 << 16)) {
                writePart(page, i, in);
              }
            }
            writeMain(w, null);
          } else {
            writeMain(w, in);
          }
        }
        w.flush();
      } finally {
        Files.deleteIfExists(spool);
      }
    }

    private String version() {
      return run.toolVersion() == null ? "" : run.toolVersion();
    }

    private String partName(int i) {
      return "part-" + (i + 1) + ".html";
    }

    /** Where the overview links file {@code i}: in this page, or in its part. */
    private String fileLink(int i, boolean split) {
      return (split ? uri(folder.name()) + "/" + partName(entries.get(i).part) : "") + "#f-" + i;
    }

    private void head(Writer w, String title) throws IOException {
      w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
      w.write(CSP);
      w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      w.write("<meta name=\"generator\" content=\"cxlint " + esc(version()) + "\">\n");
      w.write("<title>" + title + "</title>\n");
      w.write("<style>" + CSS + "</style>\n</head>\n<body>\n");
      w.write("<a class=\"skip\" href=\"#files-heading\">Skip to the file list</a>\n");
    }

    /** The one page of a small run, or the index of a split one ({@code spooled} null). */
    private void writeMain(Writer w, Reader spooled) throws IOException {
      boolean split = spooled == null;
      long errors = 0;
      long warnings = 0;
      long infos = 0;
      int failed = 0;
      for (Entry e : entries) {
        errors += e.errors;
        warnings += e.warnings;
        infos += e.infos;
        failed += e.error != null ? 1 : 0;
      }
      int files = entries.size();
      head(w, "cxlint report: " + count(files, "file") + ", " + count(errors, "error") + ", "
          + count(warnings, "warning") + ", " + infos + " info");
      w.write("<header>\n<h1>Accessibility and plain-language report</h1>\n");
      w.write("<p>Made by cxlint <code>" + esc(version()) + "</code>. "
          + count(files, "file") + " checked with " + count(run.rules().size(), "rule")
          + ".</p>\n");
      if (split) {
        w.write("<p>The annotated sources are in " + count(parts.size(), "part")
            + " of up to " + count(partFiles, "file") + " each: choose a file below, or see "
            + "<a href=\"#parts-heading\">the list of parts</a>.</p>\n");
      } else if (totalBytes > singlePageBytes) {
        w.write("<p>This report holds " + AsciiFormat.format("%.1f", totalBytes / 1e6)
            + " MB of data and may take some seconds to open. Written to a file rather than "
            + "standard output, a report this large is split into linked pages that open "
            + "quickly.</p>\n");
      }
      w.write("</header>\n<main>\n");

      writeOverview(w, errors, warnings, infos, failed, split);
      writeFileSection(w, "Files");
      if (split) {
        writePartList(w);
      }

      w.write("</main>\n<footer><p>Each rule name links to the guidance it is based on. "
          + "This page makes no network requests.</p></footer>\n");
      w.write("<script type=\"application/json\" id=\"cxlint-data\">");
      writeRules(w, null);
      if (split) {
        w.write(",\"parts\":[");
        for (int i = 0; i < parts.size(); i++) {
          w.write((i > 0 ? "," : "") + jsonString(uri(folder.name()) + "/" + partName(i)));
        }
        w.write("],\"files\":[");
        for (int i = 0; i < entries.size(); i++) {
          Entry e = entries.get(i);
          if (i > 0) {
            w.write(',');
          }
          w.write("{\"p\":" + jsonString(e.path) + ",\"e\":" + jsonString(e.error) + ",\"g\":"
              + jsonNumber(e.grade) + ",\"fl\":" + jsonNumber(e.flesch) + ",\"w\":" + e.words
              + ",\"q\":" + e.part + ",\"c\":" + Arrays.toString(e.counts).replace(" ", "")
              + "}");
        }
        w.write("]}");
      } else {
        w.write(",\"files\":[");
        copyFiles(w, spooled, 0, entries.size());
        w.write("],\"t\":[");
        for (int i = 0; i < stringList.size(); i++) {
          w.write((i > 0 ? "," : "") + jsonString(stringList.get(i)));
        }
        w.write("]}");
      }
      w.write("</script>\n<script>" + JS + "</script>\n</body>\n</html>\n");
    }

    /** Copies the spooled data of files {@code from} (the next in the spool) to {@code to}. */
    private void copyFiles(Writer w, Reader spooled, int from, int to) throws IOException {
      char[] buf = new char[1 << 16];
      for (int i = from; i < to; i++) {
        if (i > from) {
          w.write(',');
        }
        int left = entries.get(i).chars;
        while (left > 0) {
          int n = spooled.read(buf, 0, Math.min(buf.length, left));
          if (n < 0) {
            throw new IOException("the HTML report's temporary data ended early");
          }
          w.write(buf, 0, n);
          left -= n;
        }
      }
    }

    /** {"rules":[…] with counts of the whole run, or of one part. */
    private void writeRules(Writer w, Part part) throws IOException {
      long[] partCounts = null;
      if (part != null) {
        partCounts = new long[rules.size()];
        for (int i = part.first; i < part.first + part.files; i++) {
          int[] c = entries.get(i).counts;
          for (int k = 0; k < c.length; k += 3) {
            partCounts[c[k]] += c[k + 2];
          }
        }
      }
      StringWriter sw = new StringWriter();
      JsonGenerator g = factory.createGenerator(sw);
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (int i = 0; i < rules.size(); i++) {
        RuleRow r = rules.get(i);
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeNumberField("n", partCounts == null ? r.total() : partCounts[i]);
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
      g.close();
      // The object is left open: the caller adds the files.
      String text = sw.toString();
      w.write(scriptSafe(text.endsWith("}") ? text.substring(0, text.length() - 1) : text));
    }

    /** One part of a split report: its files' data, with links to the index and its neighbours. */
    private void writePart(Writer w, int index, Reader spooled) throws IOException {
      Part part = parts.get(index);
      int last = part.first + part.files - 1;
      String range = part.files == 1 ? "file " + fmt(part.first + 1)
          : "files " + fmt(part.first + 1) + " to " + fmt(last + 1);
      head(w, "cxlint report, part " + (index + 1) + " of " + parts.size() + ": " + range);
      w.write("<header>\n<h1>Accessibility and plain-language report, part " + (index + 1)
          + " of " + parts.size() + "</h1>\n");
      w.write("<p>Made by cxlint <code>" + esc(version()) + "</code>. This part shows " + range
          + " of " + fmt(entries.size()) + ": <code>" + esc(entries.get(part.first).path)
          + "</code>" + (part.files == 1 ? "" : " to <code>" + esc(entries.get(last).path)
          + "</code>") + ".</p>\n");
      w.write("<nav aria-label=\"Parts of the report\">\n<ul class=\"parts-nav\">\n");
      w.write("<li><a href=\"../" + esc(uri(folder.mainName())) + "\">Overview and all files</a>"
          + "</li>\n");
      if (index > 0) {
        w.write("<li><a href=\"" + partName(index - 1) + "\" rel=\"prev\">Previous part ("
            + index + " of " + parts.size() + ")</a></li>\n");
      }
      if (index + 1 < parts.size()) {
        w.write("<li><a href=\"" + partName(index + 1) + "\" rel=\"next\">Next part ("
            + (index + 2) + " of " + parts.size() + ")</a></li>\n");
      }
      w.write("</ul>\n</nav>\n</header>\n<main>\n");
      writeFileSection(w, "Files in this part");
      w.write("</main>\n<footer><p>Each rule name links to the guidance it is based on. "
          + "This page makes no network requests.</p></footer>\n");
      w.write("<script type=\"application/json\" id=\"cxlint-data\">");
      writeRules(w, part);
      w.write(",\"o\":" + part.first + ",\"n\":" + entries.size() + ",\"index\":"
          + jsonString("../" + uri(folder.mainName())) + ",\"files\":[");
      copyFiles(w, spooled, part.first, part.first + part.files);
      // Only the messages this part uses, by their number in the whole run.
      w.write("],\"t\":{");
      boolean first = true;
      for (int id = part.strings.nextSetBit(0); id >= 0; id = part.strings.nextSetBit(id + 1)) {
        w.write((first ? "\"" : ",\"") + id + "\":" + jsonString(stringList.get(id)));
        first = false;
      }
      w.write("}}</script>\n<script>" + JS + "</script>\n</body>\n</html>\n");
    }

    private void writePartList(Writer w) throws IOException {
      w.write("<section aria-labelledby=\"parts-heading\">\n<h2 id=\"parts-heading\">Parts of "
          + "this report</h2>\n<p>Each part holds the annotated sources of up to "
          + count(partFiles, "file") + ", in path order.</p>\n<ol class=\"parts\">\n");
      for (int i = 0; i < parts.size(); i++) {
        Part p = parts.get(i);
        int last = p.first + p.files - 1;
        w.write("<li><a href=\"" + esc(uri(folder.name()) + "/" + partName(i)) + "\">Part "
            + (i + 1) + "</a>: " + count(p.files, "file") + ", <code>"
            + esc(entries.get(p.first).path) + "</code>"
            + (p.files == 1 ? "" : " to <code>" + esc(entries.get(last).path) + "</code>")
            + "</li>\n");
      }
      w.write("</ol>\n</section>\n");
    }

    private void writeOverview(Writer w, long errors, long warnings, long infos, int failed,
        boolean split) throws IOException {
      w.write("<section aria-labelledby=\"overview-heading\">\n"
          + "<h2 id=\"overview-heading\">Overview</h2>\n<ul class=\"totals\">\n");
      w.write(total("Files", entries.size()));
      w.write(total("Errors", errors));
      w.write(total("Warnings", warnings));
      w.write(total("Info", infos));
      w.write(total("Files not linted", failed));
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
        w.write("<table>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"n\">"
            + "Errors</th><th scope=\"col\" class=\"n\">Warnings</th><th scope=\"col\" class=\"n\">"
            + "Info</th><th scope=\"col\"><span class=\"sr-only\">Filter</span></th></tr></thead>"
            + "\n<tbody>\n");
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
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).weight() > 0) {
          worstFiles.add(i);
        }
      }
      worstFiles.sort(Comparator.comparingLong((Integer i) -> -entries.get(i).weight())
          .thenComparingInt(i -> i));
      w.write("<div>\n<h3 id=\"by-file\">Files with the most findings</h3>\n");
      if (worstFiles.isEmpty()) {
        w.write("<p>No file has findings.</p>\n");
      } else {
        w.write("<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\" class=\"n\">"
            + "Errors</th><th scope=\"col\" class=\"n\">Warnings</th><th scope=\"col\" class=\"n\">"
            + "Info</th></tr></thead>\n<tbody>\n");
        for (int i : worstFiles.subList(0, Math.min(TOP_FILES, worstFiles.size()))) {
          Entry f = entries.get(i);
          w.write("<tr><th scope=\"row\"><a href=\"" + esc(fileLink(i, split)) + "\">"
              + esc(f.path) + "</a></th><td class=\"n\">" + f.errors + "</td><td class=\"n\">"
              + f.warnings + "</td><td class=\"n\">" + f.infos + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n");
      }
      w.write("</div>\n</div>\n");
      writeReadability(w, split);
      w.write("</section>\n");
    }

    /** The hardest pages by grade, as a bar chart and as a table with the same figures. */
    private void writeReadability(Writer w, boolean split) throws IOException {
      List<Integer> graded = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).graded()) {
          graded.add(i);
        }
      }
      w.write("<h3 id=\"readability\">Readability: the hardest pages first</h3>\n");
      if (graded.isEmpty()) {
        w.write("<p>No page has readability scores.</p>\n");
        return;
      }
      graded.sort(Comparator.comparingDouble((Integer i) -> -entries.get(i).grade)
          .thenComparingInt(i -> i));
      double sum = 0;
      for (int i : graded) {
        sum += entries.get(i).grade;
      }
      w.write("<p>" + count(graded.size(), "page") + " scored; average reading grade "
          + one(sum / graded.size()) + ". A grade above 8 is harder than plain-language guidance "
          + "recommends for the public.</p>\n");
      List<Integer> top = graded.subList(0, Math.min(CHART_PAGES, graded.size()));
      double max = 18;
      for (int i : top) {
        max = Math.max(max, entries.get(i).grade);
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
        Entry f = entries.get(i);
        double grade = f.grade;
        double width = Math.max(1, Math.max(0, grade) / max * barWidth);
        w.write("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 15)
            + "\" text-anchor=\"end\" font-size=\"12\" fill=\"#1b1b1b\">"
            + esc(shorten(f.path, 48)) + "</text>");
        w.write("<rect x=\"" + labelWidth + "\" y=\"" + (y + 3) + "\" width=\"" + one(width)
            + "\" height=\"" + (rowHeight - 6) + "\" fill=\"" + (grade > 8 ? "#b50909" : "#005ea2")
            + "\"/>");
        w.write("<text x=\"" + one(labelWidth + width + 4) + "\" y=\"" + (y + 15)
            + "\" font-size=\"12\" fill=\"#1b1b1b\">" + one(grade) + " (Flesch "
            + one(f.flesch) + ")</text>\n");
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
        Entry f = entries.get(i);
        w.write("<tr><th scope=\"row\"><a href=\"" + esc(fileLink(i, split)) + "\">"
            + esc(f.path) + "</a></th><td class=\"n\">" + one(f.grade) + "</td><td class=\"n\">"
            + one(f.flesch) + "</td><td class=\"n\">" + f.words + "</td></tr>\n");
      }
      w.write("</tbody>\n</table>\n");
    }
  }

  private static void writeFileSection(Writer w, String heading) throws IOException {
    w.write("""
        <section aria-labelledby="files-heading">
        <h2 id="files-heading" tabindex="-1">""" + heading + """
        </h2>
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

  /** A JSON string (or null) that is safe inside a script element. */
  private static String jsonString(String s) {
    if (s == null) {
      return "null";
    }
    try {
      StringWriter sw = new StringWriter();
      JsonGenerator g = new JsonFactory().createGenerator(sw);
      g.writeString(s);
      g.close();
      return scriptSafe(sw.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonNumber(double v) {
    return Double.isFinite(v) ? String.valueOf(Math.round(v * 10) / 10.0) : "null";
  }

  /** The length of {@code s} in UTF-8. */
  private static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        // Two bytes up to U+07FF, three above; a surrogate pair (two chars) makes four.
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
      }
    }
    return n;
  }

  /** Percent-encodes a file name for use as one segment of a relative link. */
  static String uri(String segment) {
    StringBuilder b = new StringBuilder();
    for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
          || c == '.' || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
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
    return "<li><strong>" + AsciiFormat.format("%,d", n) + "</strong> " + label
        + "</li>\n";
  }

  private static String count(long n, String noun) {
    return AsciiFormat.format("%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static String one(double v) {
    return Double.isFinite(v) ? AsciiFormat.format("%.1f", v) : "\u2013";
  }

  private static String shorten(String path, int max) {
    return path.length() <= max ? path : "\u2026" + path.substring(path.length() - max + 1);
  }

  private static String fmt(long n) {
    return AsciiFormat.format("%,d", n);
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

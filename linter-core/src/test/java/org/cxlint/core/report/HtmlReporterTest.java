package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report's two forms: one page (small runs, standard output) and, for a large run
 * written to a file, an index page plus a folder of parts. The limits are lowered here so that
 * a few small files make a "large" run.
 */
class HtmlReporterTest {
  /** Splits above 1 KB of data, parts of at most 2 files. */
  private static final HtmlReporter SMALL_LIMITS = new HtmlReporter(1_000, 1_000_000, 2);

  /** Seven files with findings of two rules; each file's text is about 300 bytes. */
  static LintResult sevenFiles() {
    List<FileOutcome> files = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String text = "# Page " + i + "\n\nApplicants shall apply. " + "Words. ".repeat(40)
          + "\n[click here](https://example.gov/" + i + ")\n";
      SampleResults.FileBuilder b = SampleResults.file(String.format("content/p%d.md", i), text)
          .finding("shall", Severity.INFO, "shall", "Message shall " + i, "Use must.")
          .metrics(4.0 + i, 70.0 - i);
      if (i % 2 == 0) {
        b.finding("link-text", Severity.WARNING, "click here", "Link text " + i, null);
      }
      files.add(b.build());
    }
    return new LintResult("1.0-test", List.of(SampleResults.LINK_TEXT, SampleResults.SHALL),
        files);
  }

  private static void writeFile(HtmlReporter reporter, LintResult result, Path target)
      throws IOException {
    Reporters.writeAtomically(reporter, result, ReportSettings.plain(), target);
  }

  @Test
  void aSmallRunIsOnePageAndMakesNoFolder(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out/report.html");
    writeFile(new HtmlReporter(), sevenFiles(), target);
    String html = Files.readString(target);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("content/p6.md")
        .contains("\"files\":[{\"p\":\"content/p0.md\"").doesNotContain("\"parts\"")
        .doesNotContain("This report holds");
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
    // The same bytes as on a stream without a folder.
    assertThat(html).isEqualTo(SampleResults.write(new HtmlReporter(), sevenFiles(),
        ReportSettings.plain()));
  }

  /**
   * A small run's page is what it was before the report streamed (written by the collecting
   * reporter of 6e41a64): the same markup and data, byte for byte. Only the embedded script and
   * style (and so the policy's hashes) may change; they are left out of the comparison.
   */
  @Test
  void aSmallRunsPageIsUnchanged() throws IOException {
    assertThat(withoutAssets(SampleResults.write(new HtmlReporter(), SampleResults.standard(),
        ReportSettings.plain()))).isEqualTo(resource("/html-report/standard.expected.html"));
    assertThat(withoutAssets(SampleResults.write(new HtmlReporter(),
        HtmlReportBrowserTest.hostileResult(), ReportSettings.plain())))
        .isEqualTo(resource("/html-report/hostile.expected.html"));
  }

  /** The page without its policy, style and script (which change with report.css / .js). */
  static String withoutAssets(String html) {
    int script = html.lastIndexOf("<script>");
    return html.substring(0, script)
        .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^\n]*\n", "")
        .replaceFirst("(?s)<style>.*?</style>", "<style></style>");
  }

  private static String resource(String name) throws IOException {
    try (var in = HtmlReporterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLargeRunOnAStreamStaysOnePageAndSaysHowToSplitIt() {
    String html = SampleResults.write(SMALL_LIMITS, sevenFiles(), ReportSettings.plain());
    assertThat(html).contains("<p>This report holds ").contains("split into linked pages")
        .doesNotContain("\"parts\"");
    assertThat(count(html, "\\{\"p\":\"content/p")).isEqualTo(7);
  }

  @Test
  void aLargeRunWrittenToAFileBecomesAnIndexAndParts(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.html");
    writeFile(SMALL_LIMITS, sevenFiles(), target);
    Path pages = dir.resolve("report-pages");
    try (Stream<Path> s = Files.list(pages)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "part-1.html", "part-2.html", "part-3.html", "part-4.html", FileReport.MARKER);
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.html", "report-pages");
    }
    String index = Files.readString(target);
    // The index keeps the overview, and per file only counts and its part: no text, no messages.
    assertThat(index).contains("<h2 id=\"overview-heading\">Overview</h2>")
        .contains("<strong>7</strong> Files").contains("<strong>4</strong> Warnings")
        .contains("\"parts\":[\"report-pages/part-1.html\",\"report-pages/part-2.html\","
            + "\"report-pages/part-3.html\",\"report-pages/part-4.html\"]")
        .contains("{\"p\":\"content/p2.md\",\"e\":null,\"g\":6.0,\"fl\":68.0,\"w\":120,\"q\":1,"
            + "\"c\":[0,1,1,1,0,1]}")
        .contains("{\"p\":\"content/p3.md\",\"e\":null,\"g\":7.0,\"fl\":67.0,\"w\":120,\"q\":1,"
            + "\"c\":[1,0,1]}")
        .doesNotContain("Applicants shall apply").doesNotContain("Message shall")
        // Overview links go to the file in its part.
        .contains("<a href=\"report-pages/part-4.html#f-6\">content/p6.md</a>")
        .contains("<h2 id=\"parts-heading\">Parts of this report</h2>")
        .contains("<li><a href=\"report-pages/part-2.html\">Part 2</a>: 2 files, "
            + "<code>content/p2.md</code> to <code>content/p3.md</code></li>")
        .contains("script-src 'sha256-");
    String part2 = Files.readString(pages.resolve("part-2.html"));
    assertThat(part2).startsWith("<!DOCTYPE html>")
        .contains("<title>cxlint report, part 2 of 4: files 3 to 4</title>")
        .contains("<a href=\"../report.html\">Overview and all files</a>")
        .contains("<a href=\"part-1.html\" rel=\"prev\">")
        .contains("<a href=\"part-3.html\" rel=\"next\">")
        .contains("\"o\":2,\"n\":7,\"index\":\"../report.html\",\"files\":[{\"p\":"
            + "\"content/p2.md\"")
        .contains("Applicants shall apply")
        // Rule counts of this part; messages by their number in the whole run.
        .contains("{\"id\":\"link-text\",\"n\":1,")
        .contains("{\"id\":\"shall\",\"n\":2,")
        .contains("\"t\":{\"1\":\"Use must.\",\"4\":\"Message shall 2\",\"5\":\"Link text 2\","
            + "\"6\":\"Message shall 3\"}}")
        .doesNotContain("content/p1.md").doesNotContain("content/p4.md")
        .doesNotContain("Message shall 1");
    // The same script and style in every page, allowed by the same policy.
    assertThat(csp(part2)).isEqualTo(csp(index));
    String last = Files.readString(pages.resolve("part-4.html"));
    assertThat(last).contains("file 7 of 7: <code>content/p6.md</code>.")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void aRunThatBecomesSmallRemovesTheOldPartsButNeverAFolderCxlintDidNotWrite(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("report.html");
    writeFile(SMALL_LIMITS, sevenFiles(), target);
    assertThat(dir.resolve("report-pages/part-4.html")).exists();
    // Smaller next time: fewer parts, the old folder replaced whole.
    LintResult three = new LintResult("1", sevenFiles().rules(),
        sevenFiles().files().subList(0, 3));
    writeFile(SMALL_LIMITS, three, target);
    try (Stream<Path> s = Files.list(dir.resolve("report-pages"))) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "part-1.html", "part-2.html", FileReport.MARKER);
    }
    // One page now: the stale folder goes.
    writeFile(new HtmlReporter(), three, target);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
    // A folder of the same name that cxlint did not write is kept, and the report fails whole.
    Files.createDirectories(dir.resolve("report-pages"));
    Files.writeString(dir.resolve("report-pages/notes.txt"), "mine");
    writeFile(new HtmlReporter(), three, target);
    assertThat(dir.resolve("report-pages/notes.txt")).hasContent("mine");
    String before = Files.readString(target);
    assertThatThrownBy(() -> writeFile(SMALL_LIMITS, sevenFiles(), target))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("report-pages already exists and cxlint did not write it");
    assertThat(target).hasContent(before);
    assertThat(dir.resolve("report-pages/notes.txt")).hasContent("mine");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.html", "report-pages");
    }
  }

  @Test
  void aReportThatDoesNotFinishLeavesNoPagesBehind(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("report.html");
    LintResult run = sevenFiles();
    FileReport report = FileReport.open(SMALL_LIMITS, new ReportRun("1", run.rules()),
        ReportSettings.plain(), target, TempFiles.NONE);
    for (FileOutcome f : run.files()) {
      report.file(f);
    }
    report.discard();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void hostilePathsStayTextInTheIndexAndTheParts(@TempDir Path dir) throws IOException {
    String evil = "content/</script><img src=x onerror=alert(1)>\u2028\".md";
    List<FileOutcome> files = new ArrayList<>(sevenFiles().files());
    files.add(SampleResults.file(evil, "Applicants shall apply.\n")
        .finding("shall", Severity.INFO, "shall", "</script><script>alert(2)</script>", null)
        .build());
    Path target = dir.resolve("my report #1.html");
    writeFile(SMALL_LIMITS, new LintResult("1", sevenFiles().rules(), files), target);
    Path pages = dir.resolve("my report #1-pages");
    String index = Files.readString(target);
    String part = Files.readString(pages.resolve("part-4.html"));
    for (String html : List.of(index, part)) {
      assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>alert");
      // The embedded data escapes what old script parsers read as a line break.
      int data = html.indexOf("id=\"cxlint-data\">");
      assertThat(html.substring(data, html.indexOf("</script>", data))).doesNotContain("\u2028")
          .contains("\\u2028");
      // Only the page's own two script elements.
      assertThat(count(html, "<script")).isEqualTo(2);
      assertThat(count(html, "</script>")).isEqualTo(2);
    }
    assertThat(index).contains("\"parts\":[\"my%20report%20%231-pages/part-1.html\"");
    assertThat(part).contains("<a href=\"../my%20report%20%231.html\">Overview and all files</a>")
        .contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void linksToPartsAreEncoded() {
    assertThat(HtmlReporter.uri("my report#1 é.html")).isEqualTo("my%20report%231%20%C3%A9.html");
  }

  private static String csp(String html) {
    Matcher m = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group();
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

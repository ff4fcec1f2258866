package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report formats through the real command line: one run writes SARIF to standard output and
 * JUnit, Checkstyle, GitHub and HTML reports to files, all naming the same finding at the same
 * place, with paths relative to the working directory.
 */
class ReportsEndToEndTest {
  /** Reports every "shall" in the source text, so the test does not depend on the rule pack. */
  static final class ShallEverywhere implements Rule {
    private static final RuleMeta META = RuleMeta.builder("e2e-shall")
        .category(Category.CUSTOM)
        .severity(Severity.WARNING)
        .summary("Every \"shall\".")
        .rationale("A test rule.")
        .guidance("https://www.plainlanguage.gov/guidelines/conversational/use-must-to-indicate-requirements/")
        .formats(Format.values())
        .build();

    @Override
    public RuleMeta meta() {
      return META;
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      Matcher m = Pattern.compile("shall").matcher(document.source().text());
      while (m.find()) {
        context.report(new Span(m.start(), m.end()), "\u201cShall\u201d <is> unclear.",
            "Use \u201cmust\u201d.");
      }
    }
  }

  @Test
  void oneRunWritesEveryFormatWithTheSamePositions(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/page one.md"),
        "# Title\n\nApplicants shall apply. <script>alert(1)</script>\n");
    Files.writeString(dir.resolve("docs/clean.md"), "# Clean\n\nShort words.\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(),
        false, dir, () -> RuleRegistry.of(List.of(new ShallEverywhere())));
    int exit = Main.run(terminal, "check", "docs", "--no-config", "--format", "sarif",
        "--report", "junit=out/cxlint.xml", "--report", "checkstyle=out/checkstyle.xml",
        "--report", "github=out/annotations.txt", "--report", "html=out/cxlint.html");
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();

    String sarif = out.toString(StandardCharsets.UTF_8);
    try (InputStream schema = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema)
          .validate(sarif, InputFormat.JSON)).isEmpty();
    }
    JsonNode run = new ObjectMapper().readTree(sarif).at("/runs/0");
    assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("e2e-shall");
    assertThat(run.get("results")).hasSize(1);
    JsonNode loc = run.at("/results/0/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("docs/page%20one.md");
    assertThat(loc.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(12);
    assertThat(loc.at("/region/endColumn").asInt()).isEqualTo(17);

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("out/cxlint.xml").toFile());
    assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
    assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) junit.getElementsByTagName("failure").item(0).getParentNode())
        .getAttribute("name")).isEqualTo("e2e-shall at 3:12");

    Document checkstyle = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("out/checkstyle.xml").toFile());
    Element error = (Element) checkstyle.getElementsByTagName("error").item(0);
    assertThat(((Element) error.getParentNode()).getAttribute("name")).isEqualTo("docs/page one.md");
    assertThat(error.getAttribute("line")).isEqualTo("3");
    assertThat(error.getAttribute("source")).isEqualTo("cxlint.e2e-shall");

    assertThat(Files.readString(dir.resolve("out/annotations.txt"))).isEqualTo(
        "::warning file=docs/page one.md,line=3,col=12,endLine=3,endColumn=16,title=e2e-shall::"
            + "\u201cShall\u201d <is> unclear.%0AUse \u201cmust\u201d.\n");

    String html = Files.readString(dir.resolve("out/cxlint.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
        .contains("docs/page one.md").doesNotContain("<script>alert(1)")
        .contains("\\u003cscript\\u003ealert(1)");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
          "cxlint.xml", "checkstyle.xml", "annotations.txt", "cxlint.html");
    }
  }

  @Test
  void theHtmlReportPassesCxlintsOwnRules(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/page.md"), """
        ---
        title: Grant guide
        ---
        # Grant guide

        Applicants shall utilize the form. [Click here](http://example.gov/form.pdf).

        ![](chart.png)
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(),
        false, dir, RuleRegistry::load);
    Main.run(terminal, "check", "docs", "--no-config", "--fail-on", "never",
        "--report", "html=out/cxlint.html");
    assertThat(Files.readString(dir.resolve("out/cxlint.html"))).contains("docs/page.md");

    // Two rules do not apply: a report is not a federal site's page (required-links), and
    // link-malformed misreads https://https.cio.gov/ (a real host named "https") as a doubled
    // scheme; that false positive belongs to the links rules.
    Files.writeString(dir.resolve("report-check.yml"), """
        rules:
          required-links: off
          link-malformed: off
        """);
    out.reset();
    int exit = Main.run(terminal, "check", "out/cxlint.html", "--config", "report-check.yml",
        "--fail-on", "info");
    assertThat(exit).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
        .isZero();
  }
}

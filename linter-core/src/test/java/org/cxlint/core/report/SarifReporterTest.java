package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Error> validate(String sarif) throws Exception {
    try (InputStream schemaText = SarifReporterTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
          .getSchema(schemaText);
      return schema.validate(sarif, InputFormat.JSON);
    }
  }

  @Test
  void outputIsValidAgainstTheOfficialSchema() throws Exception {
    String sarif = SampleResults.write(new SarifReporter(), SampleResults.standard(),
        ReportSettings.plain());
    assertThat(validate(sarif)).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesABrokenLog() throws Exception {
    // Proves the validation above can fail: a result with a level SARIF does not know.
    String sarif = SampleResults.write(new SarifReporter(), SampleResults.standard(),
        ReportSettings.plain()).replace("\"level\" : \"note\"", "\"level\" : \"info\"");
    assertThat(validate(sarif)).isNotEmpty();
  }

  @Test
  void describesTheToolAndEveryEnabledRule() throws Exception {
    JsonNode run = run(SampleResults.standard(), ReportSettings.plain());
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("cxlint");
    assertThat(driver.get("version").asText()).isEqualTo("0.1.0-test");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(3);
    JsonNode linkText = rules.get(0);
    assertThat(linkText.get("id").asText()).isEqualTo("link-text");
    assertThat(linkText.at("/shortDescription/text").asText())
        .isEqualTo("Link text says where the link goes.");
    assertThat(linkText.at("/fullDescription/text").asText()).contains("screen readers");
    assertThat(linkText.get("helpUri").asText())
        .isEqualTo("https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html");
    assertThat(linkText.at("/properties/category").asText()).isEqualTo("links");
    assertThat(linkText.at("/properties/wcag").asText()).startsWith("2.4.4");
    assertThat(linkText.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rules.get(1).at("/defaultConfiguration/level").asText()).isEqualTo("note");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("error");
  }

  @Test
  void resultsCarryRuleLevelMessageAndExactRegion() throws Exception {
    JsonNode results = run(SampleResults.standard(), ReportSettings.plain()).get("results");
    assertThat(results).hasSize(4);
    JsonNode link = results.get(1);
    assertThat(link.get("ruleId").asText()).isEqualTo("link-text");
    assertThat(link.get("ruleIndex").asInt()).isZero();
    assertThat(link.get("level").asText()).isEqualTo("warning");
    assertThat(link.at("/message/text").asText())
        .isEqualTo("Link text \u201cclick here\u201d does not say where the link goes."
            + " Name the destination, e.g. \u201capply for a grant\u201d.");
    JsonNode loc = link.at("/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("content/guide.md");
    assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(loc.at("/region/startLine").asInt()).isEqualTo(7);
    assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(46);
    assertThat(loc.at("/region/endLine").asInt()).isEqualTo(7);
    assertThat(loc.at("/region/endColumn").asInt()).isEqualTo(56);
    assertThat(results.get(0).get("level").asText()).isEqualTo("note");
    assertThat(results.get(0).get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(results.get(2).get("level").asText()).isEqualTo("error");
  }

  @Test
  void fixesAreSarifFixObjectsValidAgainstTheSchema() throws Exception {
    FileOutcome r = SampleResults.file("a.md", "Intro.\nWe shall utilize it.\n")
        .fixable("shall", Severity.WARNING, "shall", "Use must.", "must", false)
        .fixable("utilize", Severity.INFO, "utilize", "Write use.", "use", true).build();
    String sarif = SampleResults.write(new SarifReporter(),
        new LintResult("1", List.of(SampleResults.SHALL), List.of(r)), ReportSettings.plain());
    assertThat(validate(sarif)).isEmpty();
    JsonNode results = JSON.readTree(sarif).at("/runs/0/results");
    JsonNode fix = results.get(1).at("/fixes/0");
    assertThat(fix.at("/description/text").asText()).isEqualTo("Replace with “use”");
    assertThat(fix.at("/properties/safe").asBoolean()).isTrue();
    JsonNode change = fix.at("/artifactChanges/0");
    assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo("a.md");
    JsonNode replacement = change.at("/replacements/0");
    assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(2);
    assertThat(replacement.at("/deletedRegion/startColumn").asInt()).isEqualTo(10);
    assertThat(replacement.at("/deletedRegion/endColumn").asInt()).isEqualTo(17);
    assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo("use");
    assertThat(results.get(0).at("/fixes/0/properties/safe").asBoolean()).isFalse();
    assertThat(results.get(0).at("/message/text").asText()).isEqualTo("Use must."); // the fix is in the message already
  }

  @Test
  void findingsOfRulesThatAreNotListedHaveNoRuleIndex() throws Exception {
    FileOutcome r = SampleResults.file("a.md", "Some text.\n")
        .finding("parse-error", Severity.ERROR, "text", "Cannot parse.", null).build();
    String sarif = SampleResults.write(new SarifReporter(),
        new LintResult("1", List.of(SampleResults.SHALL), List.of(r)), ReportSettings.plain());
    assertThat(validate(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    // Descriptors come first, before the results stream; every rule a run can report is among
    // the enabled rules, and a result of another rule keeps its ruleId without an index.
    assertThat(run.at("/tool/driver/rules")).hasSize(1);
    assertThat(run.at("/results/0/ruleId").asText()).isEqualTo("parse-error");
    assertThat(run.at("/results/0").has("ruleIndex")).isFalse();
  }

  @Test
  void unreadableFilesAreToolNotificationsAndTheRunIsNotSuccessful() throws Exception {
    JsonNode invocation = run(SampleResults.standard(), ReportSettings.plain())
        .at("/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode note = invocation.at("/toolExecutionNotifications/0");
    assertThat(note.get("level").asText()).isEqualTo("error");
    assertThat(note.at("/message/text").asText()).contains("not UTF-8");
    assertThat(note.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("content/broken.md");

    LintResult ok = new LintResult("1", List.of(), List.of(SampleResults.standard().files().get(1)));
    assertThat(run(ok, ReportSettings.plain()).at("/invocations/0/executionSuccessful").asBoolean())
        .isTrue();
  }

  @Test
  void urisAreRelativeToTheBaseDirectoryAndEncoded(@TempDir Path repo) throws Exception {
    Path file = repo.resolve("content/my page.md");
    FileOutcome r = SampleResults.file("../elsewhere/my page.md", file, "Applicants shall.\n")
        .finding("shall", Severity.INFO, "shall", "m", "s").build();
    String sarif = SampleResults.write(new SarifReporter(),
        new LintResult("1", List.of(SampleResults.SHALL), List.of(r)),
        new ReportSettings(false, repo));
    assertThat(validate(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("content/my%20page.md");
    assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
        .isEqualTo(repo.toUri().toString());
  }

  @Test
  void filesOutsideTheBaseDirectoryGetAbsoluteUris(@TempDir Path dir) throws Exception {
    Path repo = dir.resolve("repo");
    Path outside = dir.resolve("elsewhere/page.md");
    FileOutcome r = SampleResults.file("../elsewhere/page.md", outside, "Applicants shall.\n")
        .finding("shall", Severity.INFO, "shall", "m", "s").build();
    FileOutcome failed = FileOutcome.failed("../elsewhere/broken.md", "cannot read");
    String sarif = SampleResults.write(new SarifReporter(),
        new LintResult("1", List.of(SampleResults.SHALL), List.of(failed, r)),
        new ReportSettings(false, repo));
    assertThat(validate(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    JsonNode loc = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(loc.get("uri").asText()).isEqualTo(outside.toUri().toString());
    assertThat(loc.has("uriBaseId")).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation"
        + "/artifactLocation/uri").asText())
        .isEqualTo(dir.resolve("elsewhere/broken.md").toUri().toString());
  }

  @Test
  void fingerprintsSurviveUnrelatedLineShiftsButNotEditsOfTheLine() throws Exception {
    String text = "Intro.\n\nWe shall go.\nWe shall go.\n";
    String shifted = "New first line.\nMore.\n" + text;
    String edited = "Intro.\n\nWe shall go now.\nWe shall go.\n";
    List<String> a = fingerprints(text);
    List<String> b = fingerprints(shifted);
    List<String> c = fingerprints(edited);
    assertThat(a).hasSize(2).doesNotHaveDuplicates();
    assertThat(b).isEqualTo(a);
    assertThat(c.get(0)).isNotEqualTo(a.get(0));
  }

  private static List<String> fingerprints(String text) throws Exception {
    FileOutcome r = SampleResults.file("a.md", text)
        .finding("shall", Severity.INFO, "shall", 0, "m", null)
        .finding("shall", Severity.INFO, "shall", 1, "m", null)
        .build();
    JsonNode results = run(new LintResult("1", List.of(SampleResults.SHALL), List.of(r)),
        ReportSettings.plain()).get("results");
    return List.of(results.get(0).at("/partialFingerprints/cxlint~1v1").asText(),
        results.get(1).at("/partialFingerprints/cxlint~1v1").asText());
  }

  private static JsonNode run(LintResult result, ReportSettings settings) throws Exception {
    String sarif = SampleResults.write(new SarifReporter(), result, settings);
    JsonNode root = JSON.readTree(sarif);
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    return root.at("/runs/0");
  }
}

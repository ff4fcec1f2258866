package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreReportersTest {
  @TempDir Path dir;

  static LintResult sample() {
    Finding link = new Finding("link-text", Severity.WARNING, 11, 82, 11, 112,
        "Link text “click here” does not say where the link goes.", "Name the destination.", 0, 0);
    Finding shall = new Finding("shall", Severity.ERROR, 3, 5, 3, 10,
        "Use “must” instead of “shall”.", null, 0, 0);
    Finding longOne = new Finding("sentence-length", Severity.INFO, 120, 1, 120, 40,
        "This sentence has 31 words.", null, 0, 0);
    Metrics m = new Metrics(812, 41, 1290, 3950, 88, 30, 58.123, 9.249, 11.0, 10.94, 10.4,
        Double.NaN);
    return new LintResult("1.2.3", List.of(), List.of(
        new FileOutcome("content/a.md", null, List.of(shall, link, longOne), m, null, null),
        new FileOutcome("content/b.md", null, List.of(), null, null, null),
        FileOutcome.failed("content/c.md", "cannot read content/c.md: permission denied")));
  }

  @Test
  void scoresCarryTwoDecimalsSoPublishedValuesCanBeReproduced() {
    // "The cat sat on the mat.": Flesch Reading Ease 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
    assertThat(JsonReporter.twoDecimals(206.835 - 1.015 * 6 - 84.6)).isEqualTo(116.15);
    assertThat(JsonReporter.twoDecimals(-8.049)).isEqualTo(-8.05);
    assertThat(JsonReporter.twoDecimals(9.0)).isEqualTo(9.0);
  }

  private static String write(Reporter r, LintResult result, boolean color) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.write(result, new ReportSettings(color, null), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonHasExactlyTheDesignShape() throws IOException {
    String json = write(new JsonReporter(), sample(), false);
    assertThat(json).isEqualTo("""
        {
          "tool" : {
            "name" : "cxlint",
            "version" : "1.2.3"
          },
          "files" : [ {
            "path" : "content/a.md",
            "metrics" : {
              "words" : 812,
              "sentences" : 41,
              "syllables" : 1290,
              "letters" : 3950,
              "complexWords" : 88,
              "fleschReadingEase" : 58.12,
              "fleschKincaidGrade" : 9.25,
              "gunningFog" : 11.0,
              "smogIndex" : 10.94,
              "colemanLiauIndex" : 10.4,
              "automatedReadabilityIndex" : null
            },
            "findings" : [ {
              "rule" : "shall",
              "severity" : "error",
              "line" : 3,
              "column" : 5,
              "endLine" : 3,
              "endColumn" : 10,
              "message" : "Use “must” instead of “shall”.",
              "suggestion" : null,
              "fingerprint" : "63e2c7ee6ae162bf"
            }, {
              "rule" : "link-text",
              "severity" : "warning",
              "line" : 11,
              "column" : 82,
              "endLine" : 11,
              "endColumn" : 112,
              "message" : "Link text “click here” does not say where the link goes.",
              "suggestion" : "Name the destination.",
              "fingerprint" : "aa561f99fa876b8f"
            }, {
              "rule" : "sentence-length",
              "severity" : "info",
              "line" : 120,
              "column" : 1,
              "endLine" : 120,
              "endColumn" : 40,
              "message" : "This sentence has 31 words.",
              "suggestion" : null,
              "fingerprint" : "592484d56dbefab4"
            } ]
          }, {
            "path" : "content/b.md",
            "findings" : [ ]
          }, {
            "path" : "content/c.md",
            "error" : "cannot read content/c.md: permission denied",
            "findings" : [ ]
          } ],
          "summary" : {
            "files" : 3,
            "errors" : 1,
            "warnings" : 1,
            "infos" : 1
          }
        }
        """);
  }

  @Test
  void textGroupsByFileWithSuggestionsAndASummary() throws IOException {
    String text = write(new TextReporter(), sample(), false);
    assertThat(text).isEqualTo("""
        content/a.md
          3:5    error    Use “must” instead of “shall”.  shall
          11:82  warning  Link text “click here” does not say where the link goes.  link-text
                          → Name the destination.
          120:1  info     This sentence has 31 words.  sentence-length

        content/c.md
          error  cannot read content/c.md: permission denied

        ✖ 3 problems (1 error, 1 warning, 1 info) in 1 file; 1 file was not linted
        """);
    assertThat(text).doesNotContain("\u001b[");
  }

  @Test
  void textColoursOnlyWhenAsked() throws IOException {
    String text = write(new TextReporter(), sample(), true);
    assertThat(text).contains("\u001b[31merror\u001b[0m").contains("\u001b[33mwarning\u001b[0m");
  }

  @Test
  void textSaysSoWhenClean() throws IOException {
    LintResult clean = new LintResult("1", List.of(),
        List.of(new FileOutcome("a.md", null, List.of(), null, null, null)));
    assertThat(write(new TextReporter(), clean, false)).isEqualTo("✔ No problems in 1 file.\n");
  }

  @Test
  void reportersAreFoundByName() {
    assertThat(Reporters.names()).contains("text", "json");
    assertThat(Reporters.find("json")).get().isInstanceOf(JsonReporter.class);
    assertThat(Reporters.find("nope")).isEmpty();
  }

  @Test
  void writeAtomicallyReplacesTheTargetWhole() throws IOException {
    Path target = dir.resolve("out/report.json");
    Reporters.writeAtomically(new JsonReporter(), sample(), ReportSettings.plain(), target);
    assertThat(Files.readString(target)).contains("\"summary\"");
    assertThat(Files.list(dir.resolve("out"))).containsExactly(target);
  }

  @Test
  void aReportGetsTheUsualPermissionsNotPrivateOnes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // umask decides both
    Path target = dir.resolve("report.json");
    Reporters.writeAtomically(new JsonReporter(), sample(), ReportSettings.plain(), target);
    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void writeAtomicallyLeavesNothingBehindOnFailure() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "old");
    Reporter failing = new Reporter() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out) {
        return new ReportWriter() {
          @Override
          public void file(org.cxlint.core.FileOutcome outcome) throws IOException {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
          }

          @Override
          public void finish(org.cxlint.core.RunSummary summary) {}
        };
      }
    };
    assertThatThrownBy(() -> Reporters.writeAtomically(failing, sample(), ReportSettings.plain(),
        target)).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(Files.list(dir)).containsExactly(target);
  }
}

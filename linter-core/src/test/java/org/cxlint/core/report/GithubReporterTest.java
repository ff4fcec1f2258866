package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
  @Test
  void writesOneWorkflowCommandPerFindingAndPerUnreadableFile() {
    String out = SampleResults.write(new GithubReporter(), SampleResults.standard(),
        ReportSettings.plain());
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("::error file=content/broken.md,title=cxlint::")
        .contains("not UTF-8");
    assertThat(lines.get(1)).isEqualTo("::notice file=content/guide.md,line=7,col=12,endLine=7,"
        + "endColumn=16,title=shall::\u201cShall\u201d is unclear.%0AUse \u201cmust\u201d.");
    assertThat(lines.get(2)).startsWith("::warning file=content/guide.md,line=7,col=46,endLine=7,"
        + "endColumn=55,title=link-text::Link text");
    assertThat(lines.get(3)).startsWith("::error file=content/guide.md,line=9,col=1,");
  }

  @Test
  void escapesPercentLineBreaksAndPropertyDelimiters() {
    Finding f = new Finding("link-text", Severity.WARNING, 2, 3, 2, 9,
        "100% wrong:\r\nsee, here", null, 0, 1);
    FileOutcome r = new FileOutcome("a,b:c%.md", null, List.of(f), null, List.of(), null);
    String out = SampleResults.write(new GithubReporter(),
        new LintResult("1", List.of(), List.of(r)), ReportSettings.plain());
    assertThat(out).isEqualTo("::warning file=a%2Cb%3Ac%25.md,line=2,col=3,endLine=2,endColumn=8,"
        + "title=link-text::100%25 wrong:%0D%0Asee, here\n");
  }
}

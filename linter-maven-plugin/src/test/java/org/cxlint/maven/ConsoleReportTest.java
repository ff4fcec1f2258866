package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
  private static Finding finding(Severity severity, int line, int column, String suggestion) {
    return new Finding("link-text", severity, line, column, line, column + 10,
        "Link text “click here” does not say where the link goes.", suggestion, 0, 10);
  }

  @Test
  void aLineNamesFileLineColumnRuleAndMessage() {
    assertThat(ConsoleReport.line("content/a.md", finding(Severity.ERROR, 12, 5, null)))
        .isEqualTo("content/a.md:[12,5] (link-text) Link text “click here” does not say where"
            + " the link goes.");
    assertThat(ConsoleReport.line("a.md", finding(Severity.INFO, 1, 1, "420 KB")))
        .endsWith(" Suggestion: 420 KB");
  }

  @Test
  void eachFindingGoesToTheLogLevelOfItsSeverity() {
    List<String> lines = new ArrayList<>();
    SystemStreamLog log = new SystemStreamLog() {
      @Override
      public void error(CharSequence content) {
        lines.add("ERROR " + content);
      }

      @Override
      public void warn(CharSequence content) {
        lines.add("WARNING " + content);
      }

      @Override
      public void info(CharSequence content) {
        lines.add("INFO " + content);
      }
    };
    LintResult result = new LintResult("test", List.of(), List.of(
        new FileOutcome("a.md", null, List.of(
            finding(Severity.ERROR, 1, 1, null),
            finding(Severity.WARNING, 2, 1, null),
            finding(Severity.INFO, 3, 1, null)), null, List.of(), null)));

    ConsoleReport.findings(result, log);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("ERROR a.md:[1,1] (link-text) ");
    assertThat(lines.get(1)).startsWith("WARNING a.md:[2,1] (link-text) ");
    assertThat(lines.get(2)).startsWith("INFO a.md:[3,1] (link-text) ");
    assertThat(ConsoleReport.summary(result))
        .isEqualTo("cxlint checked 1 file: 1 error, 1 warning, 1 info.");
  }
}

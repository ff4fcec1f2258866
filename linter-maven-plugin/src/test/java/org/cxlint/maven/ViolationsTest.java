package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class ViolationsTest {
  private static Finding finding(Severity severity) {
    return new Finding("shall", severity, 1, 1, 1, 6, "Use must.", "must", 0, 5);
  }

  private static FileOutcome file(String path, Severity... severities) {
    return new FileOutcome(path, null,
        Arrays.stream(severities).map(ViolationsTest::finding).toList(), null,
        List.of(), null);
  }

  private final LintResult result = new LintResult("test", List.of(), List.of(
      file("a.md", Severity.ERROR, Severity.WARNING, Severity.INFO),
      file("b.md", Severity.WARNING),
      file("c.md")));

  @Test
  void countsFindingsAtOrAboveTheThresholdAndTheFilesTheyAreIn() {
    assertThat(Violations.of(result, Severity.ERROR)).isEqualTo(new Violations(1, 1));
    assertThat(Violations.of(result, Severity.WARNING)).isEqualTo(new Violations(3, 2));
    assertThat(Violations.of(result, Severity.INFO)).isEqualTo(new Violations(4, 2));
  }

  @Test
  void theBuildFailsOnlyAboveMaxAllowedAndWhenFailingIsOn() {
    Violations three = new Violations(3, 2);
    assertThat(three.failBuild(0, true)).isTrue();
    assertThat(three.failBuild(2, true)).isTrue();
    assertThat(three.failBuild(3, true)).isFalse();
    assertThat(three.failBuild(0, false)).isFalse();
    assertThat(three.failBuild(-1, true)).isTrue();
    assertThat(new Violations(0, 0).failBuild(0, true)).isFalse();
  }
}

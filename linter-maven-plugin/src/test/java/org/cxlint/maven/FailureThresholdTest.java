package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class FailureThresholdTest {
  @Test
  void readsEachSeverityInAnyCase() throws MojoExecutionException {
    assertThat(FailureThreshold.parse("error")).isEqualTo(Severity.ERROR);
    assertThat(FailureThreshold.parse(" Warning ")).isEqualTo(Severity.WARNING);
    assertThat(FailureThreshold.parse("INFO")).isEqualTo(Severity.INFO);
    assertThat(FailureThreshold.parse(null)).isEqualTo(Severity.ERROR);
  }

  @Test
  void anythingElseIsAnErrorThatSaysWhatToUse() {
    assertThatThrownBy(() -> FailureThreshold.parse("warnings"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("\"warnings\"")
        .hasMessageContaining("error, warning or info");
  }
}

package org.cxlint.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.cxlint.core.rule.Severity;

/** Reads the {@code failOn} parameter: the lowest severity that counts as a violation. */
final class FailureThreshold {
  private FailureThreshold() {}

  static Severity parse(String failOn) throws MojoExecutionException {
    String text = failOn == null ? "error" : failOn.trim().toLowerCase(Locale.ROOT);
    Severity severity = Severity.parse(text);
    if (severity == null) {
      throw new MojoExecutionException("cxlint: failOn is \"" + failOn
          + "\", which is not a severity. Use error, warning or info"
          + " (or failOnViolation=false to never fail the build).");
    }
    return severity;
  }
}

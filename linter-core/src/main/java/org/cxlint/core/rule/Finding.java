package org.cxlint.core.rule;

import java.util.List;
import java.util.Objects;

/**
 * One reported problem, positioned for people (1-based line and column, end exclusive) and for
 * tools (source offsets).
 *
 * @param message what is wrong, a plain sentence
 * @param advice what to do, in words for a person; null when the message or a fix says it all
 * @param fixes changes that resolve the finding, applicable as they are (may be empty); a
 *     {@linkplain Fix#safe() safe} one is applied by {@code --fix}, the others are suggestions
 * @param fingerprint what identifies the finding across edits that do not touch it (see
 *     {@link org.cxlint.core.baseline.Fingerprints}); null until its file's outcome is made
 */
public record Finding(
    String rule,
    Severity severity,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    String advice,
    List<Fix> fixes,
    int startOffset,
    int endOffset,
    String fingerprint) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    fixes = fixes == null ? List.of() : List.copyOf(fixes);
  }

  /** A finding not yet fingerprinted (rules report these; the file's outcome adds it). */
  public Finding(String rule, Severity severity, int line, int column, int endLine, int endColumn,
      String message, String advice, List<Fix> fixes, int startOffset, int endOffset) {
    this(rule, severity, line, column, endLine, endColumn, message, advice, fixes,
        startOffset, endOffset, null);
  }

  /** A finding without fixes. */
  public Finding(String rule, Severity severity, int line, int column, int endLine, int endColumn,
      String message, String advice, int startOffset, int endOffset) {
    this(rule, severity, line, column, endLine, endColumn, message, advice, List.of(),
        startOffset, endOffset);
  }

  /**
   * The one line of help every human-readable format prints under the message: the advice, or
   * else what the first fix would write. Null when there is neither.
   */
  public String suggestion() {
    if (advice != null && !advice.isBlank()) {
      return advice;
    }
    return fixes.isEmpty() ? null : fixes.get(0).preview();
  }

  /** The first fix that {@code --fix} may apply unasked, or null. */
  public Fix safeFix() {
    for (Fix f : fixes) {
      if (f.safe()) {
        return f;
      }
    }
    return null;
  }

  /** This finding at another severity (config overrides, quiet mode). */
  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, line, column, endLine, endColumn, message, advice, fixes,
        startOffset, endOffset, fingerprint);
  }

  /** This finding with its fingerprint. */
  public Finding withFingerprint(String value) {
    return new Finding(rule, severity, line, column, endLine, endColumn, message, advice, fixes,
        startOffset, endOffset, value);
  }
}

package org.cxlint.core.rule;

import java.util.List;
import org.cxlint.core.model.Span;

/** What a rule gets besides the document: its options and a way to report. */
public interface RuleContext {
  RuleOptions options();

  /** Reports a finding at {@code span} with the rule's configured severity. */
  default void report(Span span, String message, String advice) {
    report(span, null, message, advice, List.of());
  }

  /**
   * Reports a finding. {@code severity} is the rule's own judgement for this finding (e.g.
   * {@code sentence-length}'s info vs warning); null means the rule's default. A severity set
   * in config overrides both.
   *
   * @param advice what to do instead, in words for a person, or null
   */
  default void report(Span span, Severity severity, String message, String advice) {
    report(span, severity, message, advice, List.of());
  }

  /**
   * Reports a finding that carries fixes: edits that resolve it as they are (see {@link Fix}).
   *
   * @param advice words for a person beyond the fixes, or null
   */
  void report(Span span, Severity severity, String message, String advice, List<Fix> fixes);
}

package org.cxlint.core.rule;

import org.cxlint.core.model.Span;

/** What a rule gets besides the document: its options and a way to report. */
public interface RuleContext {
  RuleOptions options();

  /** Reports a finding at {@code span} with the rule's configured severity. */
  default void report(Span span, String message, String suggestion) {
    report(span, null, message, suggestion);
  }

  /**
   * Reports a finding. {@code severity} is the rule's own judgement for this finding (e.g.
   * {@code sentence-length}'s info vs warning); null means the rule's default. A severity set
   * in config overrides both.
   *
   * @param suggestion what to do instead, or null when there is nothing specific to say
   */
  void report(Span span, Severity severity, String message, String suggestion);
}

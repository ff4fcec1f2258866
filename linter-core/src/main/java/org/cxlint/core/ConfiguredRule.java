package org.cxlint.core;

import java.util.Objects;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;

/**
 * A rule as one file sees it after config: its options, and the severity config forces on it
 * (null = the rule's own judgement per finding, falling back to its default severity).
 */
public record ConfiguredRule(Rule rule, Severity severityOverride, RuleOptions options) {
  public ConfiguredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(options, "options");
  }

  /** The rule with its defaults: no override, default options. */
  public static ConfiguredRule defaults(Rule rule) {
    return new ConfiguredRule(rule, null, RuleOptions.defaults(rule.meta()));
  }

  public String id() {
    return rule.meta().id();
  }
}

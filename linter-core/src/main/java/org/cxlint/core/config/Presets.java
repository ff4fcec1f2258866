package org.cxlint.core.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Rule;

/** The named starting points for {@code extends:}. */
enum Presets {
  /** The rules whose metadata says {@code recommended}, at their default severities. */
  RECOMMENDED,
  /** Every rule, at its default severity. */
  STRICT;

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Presets named(String name) {
    for (Presets p : values()) {
      if (p.label().equals(name)) {
        return p;
      }
    }
    return null;
  }

  Map<String, RuleSetting> settings(RuleRegistry registry) {
    Map<String, RuleSetting> out = new LinkedHashMap<>();
    for (Rule r : registry.rules()) {
      boolean on = this == STRICT || r.meta().recommended();
      out.put(r.meta().id(), on ? RuleSetting.ON : RuleSetting.OFF);
    }
    return out;
  }
}

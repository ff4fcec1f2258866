package org.cxlint.core.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.core.rule.Severity;

/**
 * What config says about one rule at one layer (preset, a config file, an override).
 *
 * @param enabled whether the rule runs
 * @param severity forced severity, or null for the rule's own
 * @param options option values set so far (already type-checked), by option name
 */
public record RuleSetting(boolean enabled, Severity severity, Map<String, Object> options) {
  public static final RuleSetting OFF = new RuleSetting(false, null, Map.of());
  public static final RuleSetting ON = new RuleSetting(true, null, Map.of());

  public RuleSetting {
    options = Map.copyOf(options);
  }

  /** This setting with a later layer applied on top: options merge, the rest is replaced. */
  public RuleSetting then(RuleSetting later) {
    Map<String, Object> merged = new LinkedHashMap<>(options);
    merged.putAll(later.options);
    Severity sev = later.severity != null ? later.severity : severity;
    return new RuleSetting(later.enabled, later.enabled ? sev : null, merged);
  }

  /** A stable text form for fingerprints. */
  String canonical() {
    return (enabled ? "on" : "off") + "/" + (severity == null ? "-" : severity.label()) + "/"
        + new TreeMap<>(options);
  }
}

package org.cxlint.core.rule;

import java.util.List;
import java.util.Map;

/**
 * A rule's effective options: config values over the defaults declared in its
 * {@link RuleMeta}. Values have already been checked against the {@link OptionSpec} types.
 */
public final class RuleOptions {
  private final RuleMeta meta;
  private final Map<String, Object> values;

  public RuleOptions(RuleMeta meta, Map<String, Object> values) {
    this.meta = meta;
    this.values = Map.copyOf(values);
  }

  public static RuleOptions defaults(RuleMeta meta) {
    return new RuleOptions(meta, Map.of());
  }

  public Object get(String name) {
    Object v = values.get(name);
    if (v != null) {
      return v;
    }
    OptionSpec spec = meta.option(name);
    if (spec == null) {
      throw new IllegalArgumentException("rule " + meta.id() + " declares no option " + name);
    }
    return spec.defaultValue();
  }

  public int integer(String name) {
    return ((Number) get(name)).intValue();
  }

  public double number(String name) {
    return ((Number) get(name)).doubleValue();
  }

  public String string(String name) {
    Object v = get(name);
    return v == null ? null : v.toString();
  }

  public boolean bool(String name) {
    return (Boolean) get(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> stringList(String name) {
    return (List<String>) get(name);
  }

  /** The values set in config (not defaults), for cache keys and reports. */
  public Map<String, Object> explicitValues() {
    return values;
  }
}

package org.cxlint.core.rule;

import java.util.List;

/**
 * One option a rule accepts in {@code .cxlint.yml}, with its type and default. The config
 * loader checks option names and value types against these, so a typo is an error.
 *
 * @param name option name as written in config (camelCase or kebab-case, as the rule chooses)
 * @param type value type
 * @param defaultValue Integer, Double, String, Boolean or List&lt;String&gt;, matching {@code type}
 * @param description one sentence for {@code cxlint explain}
 * @param allowed for ENUM, the allowed values; otherwise empty
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description, List<String> allowed) {
  /** Option value types. */
  public enum Type {
    INTEGER,
    NUMBER,
    STRING,
    BOOLEAN,
    STRING_LIST,
    ENUM
  }

  public OptionSpec {
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }

  public static OptionSpec integer(String name, int dflt, String description) {
    return new OptionSpec(name, Type.INTEGER, dflt, description, List.of());
  }

  public static OptionSpec number(String name, double dflt, String description) {
    return new OptionSpec(name, Type.NUMBER, dflt, description, List.of());
  }

  public static OptionSpec string(String name, String dflt, String description) {
    return new OptionSpec(name, Type.STRING, dflt, description, List.of());
  }

  public static OptionSpec bool(String name, boolean dflt, String description) {
    return new OptionSpec(name, Type.BOOLEAN, dflt, description, List.of());
  }

  public static OptionSpec stringList(String name, List<String> dflt, String description) {
    return new OptionSpec(name, Type.STRING_LIST, List.copyOf(dflt), description, List.of());
  }

  public static OptionSpec oneOf(String name, String dflt, List<String> allowed, String description) {
    return new OptionSpec(name, Type.ENUM, dflt, description, allowed);
  }
}

package org.cxlint.core.rule;

import java.util.List;

/**
 * One option a rule accepts in {@code .cxlint.yml}, with its type and default. The config
 * loader checks option names, value types and ranges against these, so a typo or a value that
 * makes no sense is an error.
 *
 * @param name option name as written in config (camelCase or kebab-case, as the rule chooses)
 * @param type value type
 * @param defaultValue Integer, Double, String, Boolean or List&lt;String&gt;, matching {@code type}
 * @param description one sentence for {@code cxlint explain}
 * @param allowed for ENUM, the allowed values; otherwise empty
 * @param min for INTEGER and NUMBER, the smallest value allowed (0 unless the rule says
 *     otherwise: every number a rule takes is a count, a length, a grade or a scale); else null
 * @param max for INTEGER and NUMBER, the largest value allowed, or null for no limit
 * @param notBelow the name of another numeric option of the same rule this one must not be
 *     below (sentence-length's warningMax is at least its max), or null
 */
public record OptionSpec(String name, Type type, Object defaultValue, String description,
    List<String> allowed, Double min, Double max, String notBelow) {
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
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("option " + name + ": min " + min + " is over max " + max);
    }
  }

  /** An option without a range beyond the default one (numbers are 0 or more). */
  public OptionSpec(String name, Type type, Object defaultValue, String description,
      List<String> allowed) {
    this(name, type, defaultValue, description, allowed,
        type == Type.INTEGER || type == Type.NUMBER ? 0.0 : null, null, null);
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

  /** This option with {@code min} as its smallest allowed value. */
  public OptionSpec atLeast(double min) {
    return new OptionSpec(name, type, defaultValue, description, allowed, min, max, notBelow);
  }

  /** This option with {@code max} as its largest allowed value. */
  public OptionSpec atMost(double max) {
    return new OptionSpec(name, type, defaultValue, description, allowed, min, max, notBelow);
  }

  /** This option, which must not be below the rule's option {@code other}. */
  public OptionSpec notBelow(String other) {
    return new OptionSpec(name, type, defaultValue, description, allowed, min, max, other);
  }

  /** Why {@code value} is out of range, as the end of a sentence ("must be 1 or more"), or null. */
  public String rangeProblem(double value) {
    if (min != null && value < min) {
      return max == null ? "must be " + number(min) + " or more"
          : "must be from " + number(min) + " to " + number(max);
    }
    if (max != null && value > max) {
      return min == null ? "must be " + number(max) + " or less"
          : "must be from " + number(min) + " to " + number(max);
    }
    return null;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}

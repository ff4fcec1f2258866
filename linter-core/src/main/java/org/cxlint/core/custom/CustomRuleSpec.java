package org.cxlint.core.custom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cxlint.core.rule.Severity;

/**
 * A user-defined rule as declared under {@code customRules:} in {@code .cxlint.yml}, in the
 * spirit of Vale's existence and substitution rules.
 *
 * @param id kebab-case id, distinct from every built-in rule
 * @param kind existence (report any match) or substitution (report a match with its replacement)
 * @param message the finding's message; {@code %s} stands for the matched text (existence), or
 *     for the replacement then the matched text (substitution), as in Vale
 * @param severity default severity
 * @param scopes where to look
 * @param ignoreCase whether words and patterns match regardless of case
 * @param tokens literal words or phrases (existence), matched on word boundaries
 * @param patterns RE2 regular expressions (existence)
 * @param swap for substitution: RE2 pattern (or word) to its replacement, in declaration order
 * @param summary one line for {@code cxlint rules} (defaults to the message)
 */
public record CustomRuleSpec(
    String id,
    Kind kind,
    String message,
    Severity severity,
    Set<Scope> scopes,
    boolean ignoreCase,
    List<String> tokens,
    List<String> patterns,
    Map<String, String> swap,
    String summary) {

  /** The two kinds of data rule. */
  public enum Kind {
    EXISTENCE,
    SUBSTITUTION
  }

  /** Where a custom rule looks. */
  public enum Scope {
    PROSE,
    HEADINGS,
    LINK_TEXT,
    ALT_TEXT,
    FRONT_MATTER;

    /** The name as written in config: prose, headings, link-text, alt-text, front-matter. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a config name (accepts "link text", "link_text", "linkText"), or null. */
    public static Scope parse(String text) {
      String n = text.trim().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-').replace(' ', '-');
      for (Scope s : values()) {
        if (s.label().equals(n)) {
          return s;
        }
      }
      return null;
    }
  }

  public CustomRuleSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    scopes = Set.copyOf(scopes);
    tokens = List.copyOf(tokens);
    patterns = List.copyOf(patterns);
    swap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(swap));
  }
}

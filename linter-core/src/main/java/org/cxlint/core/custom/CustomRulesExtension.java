package org.cxlint.core.custom;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.NearestName;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.config.ConfigExtension;
import org.cxlint.core.config.ConfigSource;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code customRules:} in {@code .cxlint.yml}: a list of existence and substitution rules
 * written as data. Every mistake is a config error at its line and column.
 *
 * <pre>{@code
 * customRules:
 *   - id: agency-terms
 *     type: substitution
 *     message: "Write “%s”, not “%s”."
 *     severity: warning
 *     scope: [prose, headings]
 *     swap:
 *       e-mail: email
 *       "web ?site": website
 * }</pre>
 */
public final class CustomRulesExtension implements ConfigExtension {
  private static final List<String> KEYS = List.of("id", "type", "message", "severity", "scope",
      "ignoreCase", "tokens", "patterns", "swap", "summary");
  private static final String ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  @Override
  public String key() {
    return "customRules";
  }

  @Override
  public List<Rule> rules(Node value, ConfigSource source) throws ConfigException {
    if (value instanceof ScalarNode s && s.getValue().isEmpty()) {
      return List.of();
    }
    if (!(value instanceof SequenceNode list)) {
      throw source.error(value, "customRules must be a list of rules, each starting with \"- id:\".");
    }
    List<Rule> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Node item : list.getValue()) {
      CustomRule rule = rule(item, source);
      if (!ids.add(rule.meta().id())) {
        throw source.error(item, "customRules defines \"" + rule.meta().id()
            + "\" twice. Give each rule its own id.");
      }
      out.add(rule);
    }
    return out;
  }

  private static CustomRule rule(Node item, ConfigSource source) throws ConfigException {
    if (!(item instanceof MappingNode map)) {
      throw source.error(item, "each custom rule must be a map with id, type, message and"
          + " tokens, patterns or swap.");
    }
    Map<String, NodeTuple> e = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw source.error(t.getKeyNode(), "custom rule keys must be plain words.");
      }
      if (!KEYS.contains(k.getValue())) {
        throw source.error(k, "unknown custom rule setting \"" + k.getValue() + "\"."
            + NearestName.hint(k.getValue(), KEYS) + " The settings are: " + String.join(", ", KEYS) + ".");
      }
      e.put(k.getValue(), t);
    }
    String id = scalar(required(e, "id", map, source), source, "id");
    if (!id.matches(ID)) {
      throw source.error(e.get("id").getValueNode(), "custom rule id \"" + id
          + "\" must be kebab-case, like \"agency-terms\".");
    }
    String typeText = e.containsKey("type") ? scalar(e.get("type").getValueNode(), source, "type") : "existence";
    CustomRuleSpec.Kind kind = switch (typeText.toLowerCase(java.util.Locale.ROOT)) {
      case "existence" -> CustomRuleSpec.Kind.EXISTENCE;
      case "substitution" -> CustomRuleSpec.Kind.SUBSTITUTION;
      default -> throw source.error(e.get("type").getValueNode(), "custom rule type \"" + typeText
          + "\" is not known." + NearestName.hint(typeText, List.of("existence", "substitution"))
          + " Use existence or substitution.");
    };
    String message = scalar(required(e, "message", map, source), source, "message");
    Severity severity = Severity.WARNING;
    if (e.containsKey("severity")) {
      Node n = e.get("severity").getValueNode();
      severity = Severity.parse(scalar(n, source, "severity"));
      if (severity == null) {
        throw source.error(n, "severity must be info, warning or error.");
      }
    }
    Set<CustomRuleSpec.Scope> scopes = EnumSet.of(CustomRuleSpec.Scope.PROSE, CustomRuleSpec.Scope.HEADINGS);
    if (e.containsKey("scope")) {
      scopes = EnumSet.noneOf(CustomRuleSpec.Scope.class);
      for (ScalarNode s : strings(e.get("scope").getValueNode(), source, "scope")) {
        CustomRuleSpec.Scope scope = CustomRuleSpec.Scope.parse(s.getValue());
        if (scope == null) {
          List<String> names = new ArrayList<>();
          for (CustomRuleSpec.Scope x : CustomRuleSpec.Scope.values()) {
            names.add(x.label());
          }
          throw source.error(s, "unknown scope \"" + s.getValue() + "\"."
              + NearestName.hint(s.getValue(), names) + " The scopes are: " + String.join(", ", names) + ".");
        }
        scopes.add(scope);
      }
    }
    boolean ignoreCase = true;
    if (e.containsKey("ignoreCase")) {
      Node n = e.get("ignoreCase").getValueNode();
      String b = scalar(n, source, "ignoreCase");
      if (!b.equals("true") && !b.equals("false")) {
        throw source.error(n, "ignoreCase must be true or false.");
      }
      ignoreCase = Boolean.parseBoolean(b);
    }
    List<String> tokens = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    Map<String, String> swap = new LinkedHashMap<>();
    if (e.containsKey("tokens")) {
      for (ScalarNode s : strings(e.get("tokens").getValueNode(), source, "tokens")) {
        if (s.getValue().isBlank()) {
          throw source.error(s, "an empty token would match nothing a writer can change.");
        }
        tokens.add(s.getValue());
      }
    }
    if (e.containsKey("patterns")) {
      for (ScalarNode s : strings(e.get("patterns").getValueNode(), source, "patterns")) {
        compiles(kind, List.of(), List.of(s.getValue()), Map.of(), source, s, id, message);
        patterns.add(s.getValue());
      }
    }
    if (e.containsKey("swap")) {
      Node n = e.get("swap").getValueNode();
      if (!(n instanceof MappingNode swaps)) {
        throw source.error(n, "swap must be a map from what to find to what to write instead.");
      }
      for (NodeTuple t : swaps.getValue()) {
        String from = scalar(t.getKeyNode(), source, "swap");
        String to = scalar(t.getValueNode(), source, "swap");
        compiles(CustomRuleSpec.Kind.SUBSTITUTION, List.of(), List.of(), Map.of(from, to), source,
            t.getKeyNode(), id, message);
        swap.put(from, to);
      }
    }
    if (kind == CustomRuleSpec.Kind.EXISTENCE && tokens.isEmpty() && patterns.isEmpty()) {
      throw source.error(map, "existence rule \"" + id + "\" needs tokens or patterns to look for.");
    }
    if (kind == CustomRuleSpec.Kind.SUBSTITUTION && swap.isEmpty()) {
      throw source.error(map, "substitution rule \"" + id + "\" needs a swap map (find: replace).");
    }
    if (kind == CustomRuleSpec.Kind.SUBSTITUTION && (!tokens.isEmpty() || !patterns.isEmpty())) {
      throw source.error(map, "substitution rule \"" + id + "\" takes swap, not tokens or patterns.");
    }
    String summary = e.containsKey("summary") ? scalar(e.get("summary").getValueNode(), source, "summary") : null;
    try {
      // Tokens are checked here as a whole: one RE2 compile per token would cost seconds for a
      // vocabulary of 100,000 words, which go into a word trie anyway.
      return CustomRule.compile(new CustomRuleSpec(id, kind, message, severity, scopes, ignoreCase,
          tokens, patterns, swap, summary));
    } catch (IllegalArgumentException ex) {
      Node at = e.containsKey("tokens") ? e.get("tokens").getValueNode() : map;
      throw source.error(at, ex.getMessage() + ".");
    }
  }

  /** Compiles one entry alone so an invalid pattern is reported at its own line. */
  private static void compiles(CustomRuleSpec.Kind kind, List<String> tokens, List<String> patterns,
      Map<String, String> swap, ConfigSource source, Node at, String id, String message)
      throws ConfigException {
    for (String p : patterns.isEmpty() ? swap.keySet() : patterns) {
      if (PatternCost.of(p) > PatternCost.LIMIT) {
        try {
          CustomRule.check(p);
        } catch (IllegalArgumentException ex) {
          throw source.error(at, ex.getMessage() + ".");
        }
      }
    }
    try {
      CustomRule.compile(new CustomRuleSpec(id, kind, message, Severity.INFO,
          Set.of(CustomRuleSpec.Scope.PROSE), true, tokens, patterns, swap, null));
    } catch (IllegalArgumentException ex) {
      throw source.error(at, ex.getMessage() + ". cxlint patterns use RE2 syntax (no backreferences"
          + " or lookaround), which keeps matching fast on any input.");
    }
  }

  private static Node required(Map<String, NodeTuple> e, String key, Node at, ConfigSource source)
      throws ConfigException {
    NodeTuple t = e.get(key);
    if (t == null) {
      throw source.error(at, "custom rule is missing \"" + key + "\".");
    }
    return t.getValueNode();
  }

  private static String scalar(Node n, ConfigSource source, String what) throws ConfigException {
    if (!(n instanceof ScalarNode s)) {
      throw source.error(n, what + " must be a single value, not a list or map.");
    }
    return s.getValue();
  }

  private static List<ScalarNode> strings(Node n, ConfigSource source, String what) throws ConfigException {
    if (n instanceof ScalarNode s) {
      return List.of(s);
    }
    if (!(n instanceof SequenceNode seq)) {
      throw source.error(n, what + " must be a list of strings.");
    }
    List<ScalarNode> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s)) {
        throw source.error(item, what + " must be a list of strings, not nested lists or maps.");
      }
      out.add(s);
    }
    return out;
  }
}

package org.cxlint.rules.act;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleOptions;

/**
 * Runs cxlint rules on W3C ACT rules test cases: which cxlint rule (and options) answers which
 * ACT rule, and the outcome cxlint gives a case. A page "fails" when the rule reports anything
 * on it; "passed" and "inapplicable" both mean nothing is reported.
 */
final class ActCases {
  /** The cxlint rule that answers an ACT rule, with the options that match its scope. */
  record Mapping(String ruleId, Map<String, Object> options) {}

  /** ACT rule id → cxlint rule. ACT rules not listed here are not implemented by cxlint. */
  static final Map<String, Mapping> MAPPINGS = mappings();

  private static Map<String, Mapping> mappings() {
    Map<String, Mapping> m = new LinkedHashMap<>();
    m.put("23a2a8", new Mapping("image-alt", Map.of()));
    m.put("59796f", new Mapping("image-alt", Map.of()));
    m.put("7d6734", new Mapping("image-alt", Map.of()));
    m.put("c487ae", new Mapping("link-name", Map.of()));
    m.put("97a4e1", new Mapping("button-name", Map.of()));
    m.put("2t702h", new Mapping("button-name", Map.of()));
    m.put("m6b1q3", new Mapping("button-name", Map.of()));
    m.put("e086e5", new Mapping("form-label", Map.of()));
    m.put("cae760", new Mapping("frame-title", Map.of()));
    m.put("ffd0e9", new Mapping("heading-empty", Map.of()));
    m.put("2779a5", new Mapping("document-title", Map.of()));
    m.put("b5c3f8", new Mapping("html-lang", Map.of()));
    m.put("bf051a", new Mapping("html-lang", Map.of()));
    m.put("de46e4", new Mapping("html-lang", Map.of()));
    m.put("b4f0c3", new Mapping("meta-viewport", Map.of()));
    m.put("bc659a", new Mapping("meta-refresh", Map.of()));
    m.put("bisz58", new Mapping("meta-refresh", Map.of("level", "AAA")));
    m.put("3ea0c8", new Mapping("duplicate-id", Map.of()));
    m.put("a25f45", new Mapping("table-headers", Map.of()));
    m.put("d0f69e", new Mapping("table-headers", Map.of()));
    return m;
  }

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  ActCases() {
    for (Rule r : ServiceLoader.load(Rule.class)) {
      rules.put(r.meta().id(), r);
    }
  }

  /** The findings of the mapped rule on one case; an HTML case is parsed as HTML, others are not linted. */
  List<Finding> run(String actRuleId, String fileName, String content) {
    Mapping mapping = MAPPINGS.get(actRuleId);
    Rule rule = rules.get(mapping.ruleId());
    if (rule == null) {
      throw new IllegalStateException("no rule " + mapping.ruleId() + " on the class path");
    }
    Format format = Format.forFileName(fileName);
    if (format == null) {
      return List.of(); // .svg, .xml: cxlint does not lint them, so it reports nothing
    }
    ContentDocument doc = Parsers.parse(SourceFile.of(fileName, content), format);
    ConfiguredRule configured =
        new ConfiguredRule(rule, null, new RuleOptions(rule.meta(), mapping.options()));
    List<Finding> out = new ArrayList<>();
    for (Finding f : DocumentLinter.lint(doc, List.of(configured))) {
      if (f.rule().equals(rule.meta().id())) {
        out.add(f);
      }
    }
    return out;
  }

  /** One row of manifest.tsv. */
  record Case(String actRuleId, String actRuleName, String wcag, String file, String expected,
      String note) {}

  static List<Case> readManifest(Path manifest) throws IOException {
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      out.add(new Case(c[0], c[1], c[2], c[3], c[4], c.length > 5 ? c[5] : ""));
    }
    return out;
  }
}

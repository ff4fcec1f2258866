package org.cxlint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.config.ConfigException;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** customRules in .cxlint.yml, through the real config loader and runner. */
class CustomRulesConfigTest {
  @TempDir Path dir;

  private Config load(String yaml) throws Exception {
    Path file = dir.resolve(".cxlint.yml");
    Files.writeString(file, yaml);
    return Config.load(file, RuleRegistry.of(List.of()));
  }

  private ConfigException error(String yaml) {
    return (ConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
  }

  @Test
  void definedRulesRunThroughTheEngineWithSeverityOverridesAndSuppressions() throws Exception {
    Config config = load("""
        customRules:
          - id: agency-terms
            type: substitution
            message: "Write “%s”, not “%s”."
            swap:
              e-mail: email
          - id: no-jargon
            message: "Avoid “%s”."
            severity: info
            tokens: [synergy]
            patterns: ['(a+)+$']
        rules:
          agency-terms: error
        """);
    Files.writeString(dir.resolve("draft.txt"), "Send an e-mail about synergy.\n\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n");
    LintResult result = new Linter(config.registry(), config, LinterSettings.defaults())
        .lint(List.of(dir.resolve("draft.txt")), dir);
    FileOutcome file = result.files().get(0);
    assertThat(file.findings()).extracting(Finding::rule, Finding::severity, Finding::line, Finding::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("agency-terms", Severity.ERROR, 1, 9),
            org.assertj.core.groups.Tuple.tuple("no-jargon", Severity.INFO, 1, 22));
    assertThat(file.findings().get(0).message()).isEqualTo("Write “email”, not “e-mail”.");
    assertThat(result.rules()).extracting(m -> m.id()).contains("agency-terms", "no-jargon");
  }

  @Test
  void anInvalidPatternIsAnErrorAtItsLine() {
    ConfigException e = error("""
        customRules:
          - id: bad
            message: "Avoid %s."
            patterns:
              - 'fine'
              - '(unclosed'
        """);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.getMessage()).contains("“(unclosed” is not a valid RE2 pattern").contains("RE2 syntax");
  }

  @Test
  void mistakesAreErrorsWithDidYouMean() {
    assertThat(error("""
        customRules:
          - id: x
            mesage: "Avoid %s."
            tokens: [a]
        """).getMessage()).contains(":3:5:").contains("Did you mean \"message\"");
    assertThat(error("""
        customRules:
          - id: x
            message: "m"
            scope: [prose, link-txt]
            tokens: [a]
        """).getMessage()).contains(":4:20:").contains("link-text");
    assertThat(error("""
        customRules:
          - id: Not_Kebab
            message: m
            tokens: [a]
        """).getMessage()).contains("kebab-case");
    assertThat(error("""
        customRules:
          - id: x
            type: substitution
            message: m
        """).getMessage()).contains("needs a swap map");
    assertThat(error("""
        customRules:
          - id: x
            message: m
            tokens: [a]
          - id: x
            message: m
            tokens: [b]
        """).getMessage()).contains("twice");
    assertThat(error("customRules: {id: x}\n").getMessage()).contains("must be a list");
  }

  @Test
  void aCustomIdMayNotShadowABuiltInRule() throws Exception {
    Path file = dir.resolve(".cxlint.yml");
    Files.writeString(file, "customRules:\n  - id: no-jargon\n    message: m\n    tokens: [a]\n");
    RuleRegistry builtIns = RuleRegistry.of(List.of(CustomRule.compile(new CustomRuleSpec("no-jargon",
        CustomRuleSpec.Kind.EXISTENCE, "m", Severity.INFO, java.util.Set.of(CustomRuleSpec.Scope.PROSE),
        true, List.of("z"), List.of(), java.util.Map.of(), null))));
    assertThatThrownBy(() -> Config.load(file, builtIns)).hasMessageContaining("already exists");
  }
}

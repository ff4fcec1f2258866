package org.cxlint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.custom.CustomRuleSpec.Kind;
import org.cxlint.core.custom.CustomRuleSpec.Scope;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class CustomRuleTest {
  private static CustomRuleSpec existence(List<String> tokens, List<String> patterns, boolean ignoreCase) {
    return new CustomRuleSpec("no-jargon", Kind.EXISTENCE, "Avoid “%s”: say what you mean.",
        Severity.WARNING, Set.of(Scope.PROSE), ignoreCase, tokens, patterns, Map.of(), null);
  }

  private static CustomRuleSpec substitution(Map<String, String> swap) {
    return new CustomRuleSpec("agency-terms", Kind.SUBSTITUTION, "Write “%s”, not “%s”.",
        Severity.INFO, Set.of(Scope.PROSE), true, List.of(), List.of(), swap, null);
  }

  @Test
  void existenceTokensMatchWholeWordsAcrossLineBreaks() {
    RuleTester.of(CustomRule.compile(existence(List.of("synergy", "going forward"), List.of(), true)))
        .valid("a.txt", "Synergistic teams are fine.")
        .invalid("a.txt", "We seek Synergy.\n\nGoing\nforward, we plan.",
            Expect.at(1, 9, "Avoid “Synergy”").endColumn(16),
            Expect.at(3, 1, "Avoid “Going forward”").endColumn(8));
  }

  @Test
  void caseSensitiveWhenAsked() {
    RuleTester.of(CustomRule.compile(existence(List.of("GSA"), List.of(), false)))
        .valid("a.txt", "gsa in lower case is not the agency name.")
        .invalid("a.txt", "Ask GSA.", Expect.at(1, 5, "“GSA”"));
  }

  @Test
  void substitutionNamesTheReplacementAndSuggestsIt() {
    Map<String, String> swap = new LinkedHashMap<>();
    swap.put("e-mail", "email");
    swap.put("web site", "website");
    swap.put("Dept\\.? of", "Department of");
    RuleTester.of(CustomRule.compile(substitution(swap)))
        .invalid("a.txt", "Send an e-mail to the Dept of Labor web site.",
            Expect.at(1, 9, "Write “email”, not “e-mail”.").suggestion("email"),
            Expect.at(1, 23, "Write “Department of”, not “Dept of”.").suggestion("Department of"),
            Expect.at(1, 37, "Write “website”, not “web site”.").suggestion("website"));
  }

  @Test
  void patternsWithTheirOwnGroupsStillTellWhichEntryMatched() {
    Map<String, String> swap = new LinkedHashMap<>();
    swap.put("(ut|u)tilize", "use");
    swap.put("in order (to)", "to");
    List<Finding> f = RuleTester.of(CustomRule.compile(substitution(swap)))
        .findings("a.txt", "We utilize forms in order to help.");
    assertThat(f).extracting(Finding::suggestion).containsExactly("use", "to");
  }

  @Test
  void catastrophicBacktrackingPatternFinishesOnLongInput() {
    // (a+)+$ takes exponential time in a backtracking engine on "aaaa…b"; RE2 is linear.
    String text = "a".repeat(200_000) + "b\n\n" + "a".repeat(50) + "\n";
    List<Finding> f = RuleTester.of(CustomRule.compile(existence(List.of(), List.of("(a+)+$"), false)))
        .findings("a.txt", text);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).line()).isEqualTo(3);
  }

  @Test
  void invalidPatternIsAClearError() {
    assertThatThrownBy(() -> CustomRule.compile(existence(List.of(), List.of("(unclosed"), false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("“(unclosed” is not a valid RE2 pattern");
    // Backreferences are not RE2: refused rather than silently slow.
    assertThatThrownBy(() -> CustomRule.compile(existence(List.of(), List.of("(a)\\1"), false)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyRuleIsAnError() {
    assertThatThrownBy(() -> CustomRule.compile(existence(List.of(), List.of(), true)))
        .hasMessageContaining("nothing to match");
  }

  @Test
  void messageFillingIgnoresOtherPercentSigns() {
    assertThat(CustomRule.fill("100% sure: “%s” %d", "x", null)).isEqualTo("100% sure: “x” %d");
  }

  @Test
  void scopesAreParsedFromConfigSpellings() {
    assertThat(Scope.parse("link text")).isEqualTo(Scope.LINK_TEXT);
    assertThat(Scope.parse("altText")).isEqualTo(Scope.ALT_TEXT);
    assertThat(Scope.parse("front_matter")).isEqualTo(Scope.FRONT_MATTER);
    assertThat(Scope.parse("everywhere")).isNull();
  }
}

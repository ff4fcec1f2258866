package org.cxlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.TextEdit;
import org.junit.jupiter.api.Test;

class FixApplierTest {
  private static Finding finding(String rule, Fix... fixes) {
    TextEdit e = fixes.length == 0 ? new TextEdit(0, 0, "") : fixes[0].edits().get(0);
    return new Finding(rule, Severity.INFO, 1, 1, 1, 1, "m", null, List.of(fixes), e.start(),
        e.end());
  }

  private static Fix safe(int start, int end, String text) {
    return new Fix("t", List.of(new TextEdit(start, end, text)), true);
  }

  private static Fix suggestion(int start, int end, String text) {
    return new Fix("t", List.of(new TextEdit(start, end, text)), false);
  }

  @Test
  void appliesSafeFixesOnlyAndLeavesSuggestions() {
    String text = "We utilize it and shall go.";
    FixApplier.Applied a = FixApplier.apply(text, List.of(
        finding("plain-words", safe(3, 10, "use")),
        finding("shall", suggestion(18, 23, "must"))), f -> true);
    assertThat(a.text()).isEqualTo("We use it and shall go.");
    assertThat(a.fixed()).extracting(Finding::rule).containsExactly("plain-words");
  }

  @Test
  void overlappingFixesWaitForTheNextPass() {
    String text = "in order to go";
    FixApplier.Applied a = FixApplier.apply(text, List.of(
        finding("b", safe(9, 11, "TO")),
        finding("a", safe(0, 11, "to")),
        finding("c", safe(12, 14, "run"))), f -> true);
    assertThat(a.text()).isEqualTo("to run");
    assertThat(a.fixed()).extracting(Finding::rule).containsExactly("a", "c");
  }

  @Test
  void twoInsertionsAtOnePointAreNotGuessedInOrder() {
    FixApplier.Applied a = FixApplier.apply("<html>", List.of(
        finding("x", safe(5, 5, " a")), finding("y", safe(5, 5, " b"))), f -> true);
    assertThat(a.fixed()).hasSize(1);
  }

  @Test
  void theFilterChoosesRules() {
    FixApplier.Applied a = FixApplier.apply("ab", List.of(
        finding("x", safe(0, 1, "A")), finding("y", safe(1, 2, "B"))),
        f -> f.rule().equals("y"));
    assertThat(a.text()).isEqualTo("aB");
  }

  @Test
  void aFixPastTheEndOfTheTextIsIgnored() {
    assertThat(FixApplier.apply("ab", List.of(finding("x", safe(1, 9, "c"))), f -> true).text())
        .isEqualTo("ab");
  }

  @Test
  void lineBreaksInAReplacementFollowTheFile() {
    assertThat(FixApplier.applyEdits("a\r\nb", List.of(new TextEdit(0, 1, "x\ny"))))
        .isEqualTo("x\r\ny\r\nb");
    assertThat(FixApplier.applyEdits("a\nb", List.of(new TextEdit(0, 1, "x\r\ny"))))
        .isEqualTo("x\r\ny\nb"); // an LF file: the replacement as given
    assertThatThrownBy(() -> FixApplier.applyEdits("abc",
        List.of(new TextEdit(0, 2, "x"), new TextEdit(1, 3, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package org.cxlint.core.custom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternCostTest {
  @Test
  void countsAtomsAndMultipliesCountedRepetition() {
    assertThat(PatternCost.of("abc")).isEqualTo(3);
    assertThat(PatternCost.of("a|b")).isEqualTo(3);
    assertThat(PatternCost.of("[a-z]+\\b")).isEqualTo(3);
    assertThat(PatternCost.of("a{10}")).isEqualTo(11);
    assertThat(PatternCost.of("a{2,5}")).isEqualTo(6);
    assertThat(PatternCost.of("a{3,}")).isEqualTo(5);
    assertThat(PatternCost.of("(?:\\w+\\W+){1000}X")).isEqualTo(6002);
    assertThat(PatternCost.of("((a{1000}){1000}){1000}")).isGreaterThan(1_000_000_000L);
  }

  @Test
  void escapesClassesAndFlagGroupsAreOneUnitOrNone() {
    assertThat(PatternCost.of("\\p{Greek}")).isEqualTo(1);
    assertThat(PatternCost.of("[]a{1000}]")).isEqualTo(1);
    assertThat(PatternCost.of("[[:alpha:]{}]")).isEqualTo(1);
    assertThat(PatternCost.of("\\Q{1000}\\E")).isEqualTo(1);
    assertThat(PatternCost.of("(?i)ab")).isEqualTo(2);
    assertThat(PatternCost.of("(?P<x>ab)")).isEqualTo(4);
    assertThat(PatternCost.of("a{,5}")).isEqualTo(5); // not a repetition in RE2: literal text
  }

  @Test
  void neverOverflows() {
    assertThat(PatternCost.of("(((a{99999999999}){99999999999}){99999999999}){99999999999}"))
        .isPositive();
  }
}

package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The syllable tables: every key finds its own entry, and weights read as Java reads them. */
class SortedTableTest {
  private static final SortedTable DICTIONARY =
      SortedTable.load(SyllableCounter.class, "cmudict-syllables.txt.gz");
  private static final SortedTable WEIGHTS =
      SortedTable.load(SyllableCounter.class, "syllable-fallback.txt.gz");

  @Test
  void everyKeyFindsItsOwnEntry() {
    for (SortedTable t : new SortedTable[] {DICTIONARY, WEIGHTS}) {
      assertThat(t.size()).isGreaterThan(50_000);
      for (int i = 0; i < t.size(); i++) {
        if (t.indexOf(t.key(i)) != i) {
          assertThat(t.indexOf(t.key(i))).as("entry %d, key %s", i, t.key(i)).isEqualTo(i);
        }
      }
    }
  }

  @Test
  void absentKeysAndPrefixesAreNotFound() {
    assertThat(DICTIONARY.indexOf("the")).isNotNegative();
    assertThat(DICTIONARY.intValue(DICTIONARY.indexOf("the"))).isEqualTo(1);
    assertThat(DICTIONARY.intValue(DICTIONARY.indexOf("government"))).isEqualTo(3);
    assertThat(DICTIONARY.indexOf("governmen")).isNegative();
    assertThat(DICTIONARY.indexOf("governmentt")).isNegative();
    assertThat(DICTIONARY.indexOf("")).isNegative();
    assertThat(DICTIONARY.indexOf("zzqxjw")).isNegative();
    assertThat(DICTIONARY.indexOf("caf\u00e9\u2019s")).isNegative();
  }

  @Test
  void weightsReadExactlyAsDoubleParseDouble() {
    for (int i = 0; i < WEIGHTS.size(); i++) {
      double parsed = Double.parseDouble(WEIGHTS.value(i));
      if (WEIGHTS.decimalValue(i) != parsed) {
        assertThat(WEIGHTS.decimalValue(i)).as("weight %s", WEIGHTS.key(i)).isEqualTo(parsed);
      }
    }
  }
}

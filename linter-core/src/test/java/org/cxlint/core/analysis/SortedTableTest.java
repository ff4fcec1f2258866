package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The syllable tables: every key finds its own entry, by bisection and by the hash index, absent
 * keys are not found, and weights read as Java reads them.
 */
class SortedTableTest {
  private static final String DICTIONARY = "cmudict-syllables.txt.gz";
  private static final String WEIGHTS = "syllable-fallback.txt.gz";

  private static SortedTable bisecting(String resource) {
    return SortedTable.load(SyllableCounter.class, resource, Integer.MAX_VALUE);
  }

  private static SortedTable indexed(String resource) {
    return SortedTable.load(SyllableCounter.class, resource, 0);
  }

  @Test
  void everyKeyFindsItsOwnEntryBothWays() {
    for (String resource : new String[] {DICTIONARY, WEIGHTS}) {
      for (SortedTable t : new SortedTable[] {bisecting(resource), indexed(resource)}) {
        int[] entries = t.entries();
        assertThat(entries.length).isGreaterThan(50_000);
        for (int i = 0; i < entries.length; i++) {
          String key = t.key(entries[i]);
          if (i > 0) {
            assertThat(key.compareTo(t.key(entries[i - 1]))).as("%s sorted at %s", resource, key)
                .isPositive();
          }
          if (t.indexOf(key) != entries[i]) {
            assertThat(t.indexOf(key)).as("%s entry %d, key %s", resource, i, key)
                .isEqualTo(entries[i]);
          }
        }
      }
    }
  }

  @Test
  void theIndexIsBuiltAfterEnoughLookupsAndAgreesWithBisection() {
    SortedTable t = SortedTable.load(SyllableCounter.class, DICTIONARY, 3);
    SortedTable b = bisecting(DICTIONARY);
    String[] words = {"the", "a", "government", "zzqxjw", "the", "aardvark", "'bout", "zywicki",
        "governmen", ""};
    for (int i = 0; i < words.length; i++) {
      assertThat(t.indexed()).as("after %d lookups", i).isEqualTo(i > 3);
      assertThat(t.indexOf(words[i])).as(words[i]).isEqualTo(b.indexOf(words[i]));
    }
    assertThat(t.indexed()).isTrue();
    assertThat(b.indexed()).isFalse();
  }

  @Test
  void theTablesHaveNoBlankLine() throws java.io.IOException {
    for (String resource : new String[] {DICTIONARY, WEIGHTS}) {
      byte[] packed;
      try (var in = SyllableCounter.class.getResourceAsStream(resource)) {
        packed = in.readAllBytes();
      }
      String text = new String(new java.util.zip.GZIPInputStream(
          new java.io.ByteArrayInputStream(packed)).readAllBytes(),
          java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(text).as(resource).doesNotContain("\n\n").endsWith("\n");
      long lines = text.lines().filter(l -> !l.startsWith("#")).count();
      assertThat(bisecting(resource).entries()).hasSize((int) lines);
    }
  }

  @Test
  void absentKeysAndPrefixesAreNotFound() {
    for (SortedTable t : new SortedTable[] {bisecting(DICTIONARY), indexed(DICTIONARY)}) {
      assertThat(t.indexOf("the")).isNotNegative();
      assertThat(t.intValue(t.indexOf("the"))).isEqualTo(1);
      assertThat(t.intValue(t.indexOf("government"))).isEqualTo(3);
      assertThat(t.key(t.indexOf("government"))).isEqualTo("government");
      assertThat(t.value(t.indexOf("government"))).isEqualTo("3");
      assertThat(t.indexOf("governmen")).isNegative();
      assertThat(t.indexOf("governmentt")).isNegative();
      assertThat(t.indexOf("")).isNegative();
      assertThat(t.indexOf("#")).isNegative(); // the header is not an entry
      assertThat(t.indexOf("\u0000")).isNegative();
      assertThat(t.indexOf("zzqxjw")).isNegative();
      assertThat(t.indexOf("\u00ff\u00ff")).isNegative();
      assertThat(t.indexOf("caf\u00e9\u2019s")).isNegative();
    }
  }

  @Test
  void weightsReadExactlyAsDoubleParseDouble() {
    SortedTable weights = bisecting(WEIGHTS);
    for (int e : weights.entries()) {
      double parsed = Double.parseDouble(weights.value(e));
      if (weights.decimalValue(e) != parsed) {
        assertThat(weights.decimalValue(e)).as("weight %s", weights.key(e)).isEqualTo(parsed);
      }
    }
  }
}

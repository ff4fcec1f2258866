package org.cxlint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a.md", "x\n", "x\n")).isEmpty();
  }

  @Test
  void oneChangedLineWithContext() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String b = a.replace("5\n", "five\n");
    assertThat(UnifiedDiff.of("d/a.md", a, b)).isEqualTo("""
        --- a/d/a.md
        +++ b/d/a.md
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void farApartChangesMakeTwoHunksAndNearOnesOne() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      sb.append(i).append('\n');
    }
    String a = sb.toString();
    String far = a.replace("1\n2\n", "1\ntwo\n").replace("\n19\n", "\nnineteen\n");
    assertThat(UnifiedDiff.of("a", a, far)).contains("@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@");
    String near = a.replace("\n5\n", "\nfive\n").replace("\n10\n", "\nten\n");
    assertThat(UnifiedDiff.of("a", a, near)).containsOnlyOnce("@@ -");
  }

  @Test
  void insertionsDeletionsAndAMissingLastNewline() {
    assertThat(UnifiedDiff.of("a", "a\nb", "a\nc")).isEqualTo("""
        --- a/a
        +++ b/a
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +c
        \\ No newline at end of file
        """);
    assertThat(UnifiedDiff.of("a", "a\nb\n", "a\nx\ny\nb\n")).contains("@@ -1,2 +1,4 @@",
        "+x\n+y\n");
    assertThat(UnifiedDiff.of("a", "", "x\n")).contains("@@ -0,0 +1 @@\n+x\n");
  }

  @Test
  void crlfLinesKeepTheirEndings() {
    assertThat(UnifiedDiff.of("a", "a\r\nb\r\n", "a\r\nc\r\n")).contains("-b\r\n+c\r\n");
  }
}

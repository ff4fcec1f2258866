package org.cxlint.core.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitChangesTest {
  @TempDir Path root;

  @Test
  void readsAddedLinesRenamesDeletionsAndQuotedPaths() {
    String patch = """
        diff --git a/a.md b/a.md
        index 1111111..2222222 100644
        --- a/a.md
        +++ b/a.md
        @@ -3 +3 @@ intro
        -old
        +new
        @@ -10,0 +11,2 @@
        ++++ b/not-a-header.md
        +second
        @@ -20,2 +21,0 @@
        -gone
        -gone
        diff --git a/old.md b/moved.md
        similarity index 100%
        rename from old.md
        rename to moved.md
        diff --git a/dead.md b/dead.md
        deleted file mode 100644
        --- a/dead.md
        +++ /dev/null
        @@ -1 +0,0 @@
        -text
        diff --git "a/caf\\303\\251 \\"x\\".md" "b/caf\\303\\251 \\"x\\".md"
        --- "a/caf\\303\\251 \\"x\\".md"
        +++ "b/caf\\303\\251 \\"x\\".md"
        @@ -1 +1 @@
        -a
        +b
        """;
    Map<Path, BitSet> files = new HashMap<>();
    GitChanges.parseDiff(patch, root, files);
    ChangedLines changes = new ChangedLines(root, files);
    Path a = root.resolve("a.md");
    assertThat(changes.touches(a, 3, 3)).isTrue();
    assertThat(changes.touches(a, 4, 10)).isFalse();
    assertThat(changes.touches(a, 12, 12)).isTrue();
    assertThat(changes.touches(a, 9, 11)).isTrue();
    assertThat(changes.touches(a, 13, 30)).isFalse();
    assertThat(changes.contains(root.resolve("not-a-header.md"))).isFalse();
    assertThat(changes.contains(root.resolve("moved.md"))).isTrue();
    assertThat(changes.touches(root.resolve("moved.md"), 1, 100)).isFalse();
    assertThat(changes.contains(root.resolve("dead.md"))).isFalse();
    assertThat(changes.touches(root.resolve("café \"x\".md"), 1, 1)).isTrue();
  }

  @Test
  void unquotesAsGitQuotes() {
    assertThat(GitChanges.unquote("plain.md")).isEqualTo("plain.md");
    assertThat(GitChanges.unquote("\"tab\\there.md\"")).isEqualTo("tab\there.md");
    assertThat(GitChanges.unquote("\"\\346\\227\\245.md\"")).isEqualTo("日.md");
  }
}

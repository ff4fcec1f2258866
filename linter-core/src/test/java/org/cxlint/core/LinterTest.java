package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.config.Config;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
  @TempDir Path dir;
  private final RuleRegistry registry = FakeRules.registry();

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private LintResult lint(Config config, int threads, Path... inputs) {
    return new Linter(registry, config, LinterSettings.defaults().withThreads(threads))
        .lint(List.of(inputs), dir);
  }

  private static List<String> paths(LintResult r) {
    return r.files().stream().map(FileOutcome::path).toList();
  }

  @Test
  void expandsDirectoriesSortedSkippingHiddenAndOtherExtensions() throws IOException {
    write("b.md", "shall\n");
    write("a.markdown", "ok\n");
    write("sub/c.html", "<p>here</p>\n");
    write("sub/d.htm", "x\n");
    write("notes.txt", "utilize\n");
    write("sub/.hidden/e.md", "shall\n");
    write(".git/f.md", "shall\n");
    write(".draft.md", "shall\n");
    write("image.png", "shall\n");
    write("README", "shall\n");
    LintResult r = lint(Config.defaults(registry), 2, Path.of("."));
    assertThat(paths(r)).containsExactly("a.markdown", "b.md", "notes.txt", "sub/c.html", "sub/d.htm");
    assertThat(r.files().get(1).findings()).extracting(Finding::rule).containsExactly("shall");
    assertThat(r.files().get(1).findings().get(0).line()).isEqualTo(1);
    assertThat(r.rules()).extracting(RuleMeta::id)
        .containsExactly("invalid-suppression", "link-text", "parse-error", "shall");
    assertThat(r.toolVersion()).isNotBlank();
  }

  @Test
  void outputIsTheSameWhateverTheThreadCount() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("d" + (i % 3) + "/f" + i + ".md", "shall here ".repeat(i % 5) + "\n");
    }
    LintResult one = lint(Config.defaults(registry), 1, dir);
    LintResult four = lint(Config.defaults(registry), 4, dir);
    assertThat(paths(four)).isEqualTo(paths(one)).hasSize(40).isSorted();
    assertThat(four.files()).extracting(FileOutcome::findings)
        .isEqualTo(one.files().stream().map(FileOutcome::findings).toList());
  }

  @Test
  void explicitFilesAreAlwaysLintedAndDeduplicated() throws IOException {
    write(".cxlint.yml", "ignore: [\"drafts/**\"]\n");
    write("drafts/a.md", "shall\n");
    write("drafts/b.md", "shall\n");
    write("page.md", "shall\n");
    write("NOTES", "shall\n");
    Config config = configIn(dir);
    assertThat(paths(lint(config, 2, dir))).containsExactly("page.md");
    LintResult r = lint(config, 2, Path.of("drafts/a.md"), Path.of("NOTES"), Path.of("page.md"),
        dir.resolve("page.md"));
    assertThat(paths(r)).containsExactly("NOTES", "drafts/a.md", "page.md");
    assertThat(r.files().get(0).findings()).hasSize(1); // unknown extension: linted as text
  }

  @Test
  void ignoreGlobsAreRelativeToTheConfigFile() throws IOException {
    write("site/.cxlint.yml", "ignore: [\"content/_archived\"]\n");
    write("site/content/_archived/old.md", "shall\n");
    write("site/content/new.md", "shall\n");
    Config config = configIn(dir.resolve("site"));
    assertThat(paths(lint(config, 1, Path.of("site")))).containsExactly("site/content/new.md");
  }

  @Test
  void overridesFollowTheFilePath() throws IOException {
    write(".cxlint.yml", "overrides:\n  - files: [\"news/**\"]\n    rules: { shall: off }\n");
    write("news/a.md", "shall\n");
    write("b.md", "shall\n");
    LintResult r = lint(configIn(dir), 2, dir);
    assertThat(r.files().get(0).path()).isEqualTo("b.md");
    assertThat(r.files().get(0).findings()).hasSize(1);
    assertThat(r.files().get(1).findings()).isEmpty();
  }

  @Test
  void aFileThatCannotBeReadIsAnErrorAndTheOthersStillRun() throws IOException {
    write("good.md", "shall\n");
    Files.write(dir.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    LintResult r = lint(Config.defaults(registry), 2, dir, Path.of("missing.md"));
    assertThat(paths(r)).containsExactly("good.md", "latin1.md", "missing.md");
    assertThat(r.files().get(0).error()).isNull();
    assertThat(r.files().get(0).findings()).hasSize(1);
    // Bytes that are not UTF-8 are read anyway and reported, not a failed file.
    assertThat(r.files().get(1).error()).isNull();
    assertThat(r.files().get(1).findings()).extracting(Finding::rule).contains("parse-error");
    assertThat(r.files().get(2).error()).isEqualTo(
        "cannot read missing.md: no such file or directory");
    assertThat(r.failures()).hasSize(1);
  }

  @Test
  void aRuleThatThrowsLeavesAnErrorFindingAndTheOtherRulesRun() throws IOException {
    write("a.md", "shall\n");
    RuleRegistry withBroken = RuleRegistry.of(List.of(FakeRules.broken("aaa-broken"),
        FakeRules.word("shall", "shall", org.cxlint.core.rule.Severity.ERROR, true)));
    LintResult r = new Linter(withBroken, Config.defaults(withBroken), LinterSettings.defaults())
        .lint(List.of(dir), dir);
    List<Finding> f = r.files().get(0).findings();
    assertThat(f).extracting(Finding::rule).containsExactly("aaa-broken", "shall");
    assertThat(f.get(0).message()).contains("could not finish rule aaa-broken").contains("boom");
  }

  @Test
  void symlinkLoopsAreNotFollowedForever() throws IOException {
    write("d/a.md", "shall\n");
    try {
      Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
      Files.createSymbolicLink(dir.resolve("d/gone.md"), dir.resolve("nowhere.md"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system
    }
    LintResult r = lint(Config.defaults(registry), 2, dir);
    assertThat(paths(r)).containsExactly("d/a.md", "d/gone.md");
    assertThat(r.files().get(1).error()).isEqualTo("cannot read d/gone.md: broken symbolic link");
  }

  @Test
  void lintTextUsesTheNameForFormatAndReportsUnderIt() {
    LintResult r = new Linter(registry, Config.defaults(registry), LinterSettings.defaults())
        .lintText("content/draft.md", "we shall\n");
    assertThat(paths(r)).containsExactly("content/draft.md");
    Finding f = r.files().get(0).findings().get(0);
    assertThat(List.of(f.rule(), f.line(), f.column(), f.endColumn()))
        .isEqualTo(List.of("shall", 1, 4, 9));
  }

  @Test
  void manyFilesInParallel() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = String.format("p%03d.md", i);
      write(name, "here\n");
      expected.add(name);
    }
    LintResult r = lint(Config.defaults(registry), 8, dir);
    assertThat(paths(r)).isEqualTo(expected);
    assertThat(r.files()).allSatisfy(f -> assertThat(f.findings()).hasSize(1));
  }

  private Config configIn(Path directory) {
    try {
      return Config.load(directory.resolve(".cxlint.yml"), registry, List.of());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

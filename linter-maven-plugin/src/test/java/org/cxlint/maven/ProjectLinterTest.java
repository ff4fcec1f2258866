package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ProjectLinterTest {
  @TempDir Path root;

  @Test
  void findsTheConfigUpwardFromTheProjectAsTheCliDoes() throws Exception {
    Path module = Files.createDirectories(root.resolve("module"));
    Files.writeString(root.resolve(".cxlint.yml"), "extends: recommended\n");

    Optional<Path> found = new ProjectLinter(module).configFile(null);

    assertThat(found).contains(root.resolve(".cxlint.yml"));
  }

  @Test
  void aConfigLocationThatDoesNotExistIsAClearError() {
    assertThatThrownBy(() -> new ProjectLinter(root).configFile("config/cxlint.yml"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining(root.resolve("config/cxlint.yml").toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void aBadConfigNamesFileLineAndColumnWithoutAStackTrace() throws IOException {
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/a.md"), "# Title\n");
    Path config = root.resolve(".cxlint.yml");
    Files.writeString(config, "rules:\n  no-such-rule-at-all: off\n");
    ProjectLinter linter = new ProjectLinter(root);
    ContentSources sources = ContentSources.scan(root, null, null, null);

    assertThatThrownBy(() -> linter.lint(sources, Optional.of(config), List.of(), false))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cxlint: the config file .cxlint.yml:2:3 is not valid: ")
        .hasMessageContaining("no-such-rule-at-all")
        .hasNoCause();
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRegexBombInCustomRulesStopsTheBuildAtItsLineAndColumn() throws IOException {
    // cxlint 7dc7255 compiled this pattern until the heap ran out ("[ERROR] Java heap space").
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/a.md"), "# Title\n");
    Path config = root.resolve(".cxlint.yml");
    Files.writeString(config, "customRules:\n  - id: n\n    message: x\n"
        + "    patterns: ['((a{1000}){1000}){1000}']\n");
    ProjectLinter linter = new ProjectLinter(root);
    ContentSources sources = ContentSources.scan(root, null, null, null);

    assertThatThrownBy(() -> linter.lint(sources, Optional.of(config), List.of(), false))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("cxlint: the config file .cxlint.yml:4:16 is not valid: the"
            + " pattern “((a{1000}){1000}){1000}” would compile to more than a billion RE2"
            + " instructions")
        .hasNoCause();
  }

  @Test
  void aConfigLocationThatIsADirectoryIsNamedAsOne() throws IOException {
    Files.createDirectories(root.resolve("config"));
    assertThatThrownBy(() -> new ProjectLinter(root).configFile("config"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining(root.resolve("config").toString())
        .hasMessageContaining("is a directory, not a file");
  }

  @Test
  void oneReportFailingDoesNotStopTheOthers() throws Exception {
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/a.md"), "# Title\n\nPlease utilize it.\n");
    ProjectLinter linter = new ProjectLinter(root);
    var result = linter.lint(ContentSources.scan(root, null, null, null), Optional.empty(), List.of(), false);
    Path out = Files.createDirectories(root.resolve("target/cxlint"));
    Files.createDirectories(out.resolve("cxlint.json")); // in the way of the json report

    assertThatThrownBy(() -> linter.writeReports(result, List.of("json", "sarif"), out.toFile()))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("cannot write the json report")
        .hasMessageContaining("is a directory");
    assertThat(Files.readString(out.resolve("cxlint.sarif"))).contains("\"runs\"");
  }

  @Test
  void aBaselineHoldsBackOldFindingsSoOnlyNewOnesCount() throws Exception {
    Path page = root.resolve("content/a.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "# Title\n\nApplicants shall apply. To apply, [click here](x).\n");
    ProjectLinter linter = new ProjectLinter(root);
    ContentSources sources = ContentSources.scan(root, null, null, null);
    org.cxlint.core.LintResult before = linter.lint(sources, Optional.empty(), List.of(), false);
    long old = before.files().get(0).findings().size();
    assertThat(old).isPositive();
    org.cxlint.core.baseline.BaselineRecorder recorder =
        new org.cxlint.core.baseline.BaselineRecorder(root.resolve("cxlint-baseline.json"), root);
    before.files().forEach(recorder::add);
    recorder.baseline().write();

    Files.writeString(page, "\n\n\n" + Files.readString(page) + "\nFor the form, [click here](y).\n");
    org.cxlint.core.LintResult after = linter.lint(ContentSources.scan(root, null, null, null),
        Optional.empty(), List.of(), false, linter.baseline("cxlint-baseline.json"));
    assertThat(after.files().get(0).findings()).extracting(f -> f.rule() + ":" + f.line())
        .containsExactly("link-text:8");
    assertThat(after.files().get(0).baselinedCount()).isEqualTo(old);
    assertThat(ConsoleReport.summary(after)).contains("; " + old + " baselined (not listed)");

    assertThatThrownBy(() -> linter.baseline("missing.json"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("missing.json does not exist")
        .hasMessageContaining("<baseline>");
  }

  @Test
  void reportFilesAreNamedForTheirFormat() {
    assertThat(ProjectLinter.fileName("json")).isEqualTo("cxlint.json");
    assertThat(ProjectLinter.fileName("sarif")).isEqualTo("cxlint.sarif");
    assertThat(ProjectLinter.fileName("html")).isEqualTo("cxlint.html");
    assertThat(ProjectLinter.fileName("junit")).isEqualTo("cxlint-junit.xml");
    assertThat(ProjectLinter.fileName("checkstyle")).isEqualTo("cxlint-checkstyle.xml");
  }

  @Test
  void anUnknownFormatIsAClearError() {
    assertThatThrownBy(() -> ProjectLinter.formats(List.of("json", "pdf")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no \"pdf\" report format")
        .hasMessageContaining("json");
  }

  @Test
  void formatsAreTrimmedLowerCasedAndListedOnce() throws MojoExecutionException {
    assertThat(ProjectLinter.formats(List.of(" JSON", "json", ""))).containsExactly("json");
    assertThat(ProjectLinter.formats(null)).isEmpty();
  }
}

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

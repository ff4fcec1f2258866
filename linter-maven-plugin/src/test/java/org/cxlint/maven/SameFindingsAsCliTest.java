package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.Linter;
import org.cxlint.core.LinterSettings;
import org.cxlint.core.RuleRegistry;
import org.assertj.core.groups.Tuple;
import org.cxlint.core.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin and {@code cxlint check content} give the same findings for the same files and
 * config: whether the plugin hands the engine its directories (default includes) or a scanned
 * file list (includes / excludes given), config ignores and hidden files are honoured alike.
 */
class SameFindingsAsCliTest {
  @TempDir Path project;

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void directoriesAndScannedFilesGiveTheCliFindings() throws Exception {
    String page = "# Grants\n\nApplicants shall send the form by May 1.\n\n<img src=\"chart.png\">\n";
    write("content/a.md", page);
    write("content/news/b.html", "<!DOCTYPE html><html lang=\"en\"><head><title>News</title></head>"
        + "<body><h1>News</h1><p>Applicants shall apply by May 1.</p><img src=\"chart.png\">"
        + "</body></html>\n");
    write("content/drafts/c.md", page);
    write("content/.hidden/d.md", page);
    write(".cxlint.yml", "ignore: [\"content/drafts/**\"]\n");
    Path config = project.resolve(".cxlint.yml");

    // What the CLI does for `cxlint check content` in the project directory.
    RuleRegistry registry = RuleRegistry.load();
    LintResult cli = new Linter(registry, Config.load(config, registry), LinterSettings.defaults())
        .lint(List.of(Path.of("content")), project);

    ProjectLinter plugin = new ProjectLinter(project);
    LintResult byDirectory = plugin.lint(
        ContentSources.scan(project, null, null, null), Optional.of(config), List.of(), false);
    LintResult byFiles = plugin.lint(
        ContentSources.scan(project, null, List.of("**/*.md", "**/*.html"), List.of()),
        Optional.of(config), List.of(), false);

    assertThat(cli.files()).extracting(FileOutcome::path)
        .containsExactly("content/a.md", "content/news/b.html");
    assertThat(cli.files()).allSatisfy(f -> assertThat(f.findings()).isNotEmpty());
    List<Tuple> expected =
        cli.files().stream().map(f -> tuple(f.path(), f.findings())).toList();
    assertThat(byDirectory.files()).extracting(FileOutcome::path, FileOutcome::findings)
        .isEqualTo(expected);
    assertThat(byFiles.files()).extracting(FileOutcome::path, FileOutcome::findings)
        .isEqualTo(expected);
  }
}

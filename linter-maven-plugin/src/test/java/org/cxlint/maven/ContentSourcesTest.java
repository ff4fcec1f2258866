package org.cxlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourcesTest {
  @TempDir Path project;

  private Path write(String relative) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# Title\n");
    return file;
  }

  private List<String> relative(ContentSources sources) {
    return sources.files().stream()
        .map(f -> project.relativize(f).toString().replace(File.separatorChar, '/'))
        .toList();
  }

  @Test
  void defaultsAreTheContentDirectoriesThatExist() throws IOException {
    write("src/site/markdown/index.md");
    write("docs/guide.html");
    write("docs/notes.txt");
    write("docs/image.png");
    write("src/main/java/Readme.md");

    ContentSources sources = ContentSources.scan(project, null, null, null);

    assertThat(sources.directories())
        .containsExactly(project.resolve("src/site"), project.resolve("docs"));
    assertThat(relative(sources))
        .containsExactly("docs/guide.html", "docs/notes.txt", "src/site/markdown/index.md");
    assertThat(sources.filtered()).isFalse();
  }

  @Test
  void noContentDirectoryMeansNothingToCheck() {
    ContentSources sources = ContentSources.scan(project, List.of(), List.of(), List.of());
    assertThat(sources.isEmpty()).isTrue();
    assertThat(sources.directories()).isEmpty();
  }

  @Test
  void configuredDirectoriesReplaceTheDefaultsAndMissingOnesAreSkipped() throws IOException {
    write("content/a.md");
    write("pages/b.md");

    ContentSources sources = ContentSources.scan(project,
        List.of(new File("pages"), new File("missing")), null, null);

    assertThat(relative(sources)).containsExactly("pages/b.md");
  }

  @Test
  void includesAndExcludesAreAntPatterns() throws IOException {
    write("content/a.md");
    write("content/news/b.md");
    write("content/news/c.html");
    write("content/_archived/d.md");

    ContentSources sources = ContentSources.scan(project, null,
        List.of("**/*.md"), List.of("_archived/**"));

    assertThat(relative(sources)).containsExactly("content/a.md", "content/news/b.md");
    assertThat(sources.filtered()).isTrue();
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedAsTheEngineSkipsThem() throws IOException {
    write("content/a.md");
    write("content/.drafts/x.md");
    write("content/news/.b.md");
    assertThat(relative(ContentSources.scan(project, null, List.of("**/*.md"), List.of())))
        .containsExactly("content/a.md");
  }

}

package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Configuration" examples work with the real rule pack, as written. */
class ReadmeExamplesTest {
  @TempDir Path dir;

  private static String section(String heading) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section " + heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 4);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String section, String language) {
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).as("a " + language + " block").isTrue();
    return m.group(1);
  }

  @Test
  void theConfigurationExampleLoads() throws Exception {
    String yaml = block(section("Configuration"), "yaml");
    Path file = dir.resolve(".cxlint.yml");
    Files.writeString(file, yaml);
    Config config = Config.load(file, RuleRegistry.load());
    assertThat(config.isIgnored("content/_archived/2019/a.md")).isTrue();
    assertThat(config.rulesFor("content/a.md")).extracting(r -> r.id()).contains("shall")
        .doesNotContain("passive-voice");
  }

  @Test
  void theSuppressionExampleSuppresses() throws Exception {
    String markdown = block(section("Configuration"), "markdown");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)),
        out, err, Map.of(), false, dir, RuleRegistry::load);
    int code = Main.commandLine(t).execute("check", "-", "--stdin-filename", "page.md",
        "--format", "json", "--no-config");
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isIn(List.of(0, 1));
    assertThat(json).doesNotContain("\"rule\" : \"shall\"")
        .doesNotContain("\"rule\" : \"plain-words\"")
        .doesNotContain("invalid-suppression");
  }

  @Test
  void theSiteExampleLoads() throws Exception {
    String section = section("Configuration");
    String yaml = block(section.substring(section.indexOf("### Jekyll, Eleventy and Hugo sites")),
        "yaml");
    Path file = dir.resolve(".cxlint.yml");
    Files.writeString(file, yaml);
    Config config = Config.load(file, RuleRegistry.load());
    assertThat(config.site().generator()).hasToString("ELEVENTY");
    assertThat(config.site().titleLevels()).containsEntry("styleguide", 2);
  }
}

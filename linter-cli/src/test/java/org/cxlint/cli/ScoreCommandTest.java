package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.core.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
        dir, () -> RuleRegistry.of(List.of()));
    return Main.commandLine(t).execute(args);
  }

  @Test
  void tableWithTheCountsAndScores() throws IOException {
    Files.writeString(dir.resolve("cat.txt"), "The cat sat on the mat.\n");
    assertThat(run("score", "cat.txt")).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("cat.txt").containsPattern(
        "\\(whole page\\)\\s+1\\s+6\\s+1\\s+6\\s+0\\s+116\\.1\\s+-1\\.4\\s+2\\.4\\s+3\\.1\\s+-4\\.1\\s+-5\\.1");
  }

  @Test
  void jsonCarriesTheDesignNamesAndSections() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Go.\n");
    assertThat(run("score", "--format", "json", "--sections", "a.txt")).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode m = root.get("files").get(0).get("metrics");
    assertThat(m.get("words").asInt()).isEqualTo(1);
    assertThat(m.get("fleschReadingEase").asDouble()).isEqualTo(121.22); // 206.835 - 1.015 - 84.6, two decimals
    assertThat(m.get("fleschKincaidGrade").asDouble()).isEqualTo(-3.4);
    assertThat(root.get("files").get(0).get("sections")).hasSize(1);
  }

  @Test
  void aMissingFileIsAFailedRun() {
    assertThat(run("score", "nope.md")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.md");
  }
}

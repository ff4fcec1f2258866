package org.cxlint.cli.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlint.cli.Main;
import org.cxlint.cli.Terminal;
import org.cxlint.core.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input through the real command line with every built-in rule: each case
 * gives a clear message naming the file and the cause, the good file beside it is still linted,
 * and the exit code is the one DESIGN.md gives (2 only when an input could not be linted at all).
 */
class BadInputTest {
  @TempDir Path dir;

  /** A file with one known finding, linted next to every bad file: it must always be reported. */
  private static final String GOOD = "# Good page\n\nPlease utilize the [grant guide](https://example.gov/guide).\n";

  record Run(int exit, String out, String err, JsonNode json) {
    JsonNode file(String path) {
      for (JsonNode f : json.get("files")) {
        if (f.get("path").asText().equals(path)) {
          return f;
        }
      }
      throw new AssertionError("no result for " + path + " in " + out);
    }

    List<String> rules(String path) {
      List<String> out = new ArrayList<>();
      file(path).get("findings").forEach(f -> out.add(f.get("rule").asText()));
      return out;
    }

    String messages(String path) {
      StringBuilder sb = new StringBuilder();
      JsonNode f = file(path);
      if (f.has("error")) {
        sb.append(f.get("error").asText()).append('\n');
      }
      f.get("findings").forEach(x -> sb.append(x.get("message").asText()).append('\n'));
      return sb.toString();
    }
  }

  private Run cxlint(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false, dir,
        RuleRegistry::load);
    List<String> given = List.of(args);
    List<String> all = new ArrayList<>(List.of("check"));
    if (!given.contains("--format")) {
      all.addAll(List.of("--format", "json"));
    }
    if (!given.contains("--fail-on")) {
      all.addAll(List.of("--fail-on", "error"));
    }
    all.addAll(given);
    int code = Main.run(t, all.toArray(String[]::new));
    String o = out.toString(StandardCharsets.UTF_8);
    JsonNode json = o.isBlank() || !o.startsWith("{") ? null : new ObjectMapper().readTree(o);
    return new Run(code, o, err.toString(StandardCharsets.UTF_8), json);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void assertGoodFileLinted(Run run) {
    assertThat(run.rules("good.md")).as("the good file is still linted").contains("plain-words");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAFinding() throws IOException {
    write("good.md", GOOD);
    write("bad.md", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', '.', '\n'});
    Run run = cxlint("good.md", "bad.md");
    assertGoodFileLinted(run);
    assertThat(run.messages("bad.md")).contains("not valid UTF-8").contains("Windows-1252");
    JsonNode note = null;
    for (JsonNode f : run.file("bad.md").get("findings")) {
      if (f.get("rule").asText().equals("parse-error")) {
        note = f;
      }
    }
    assertThat(note).as("a parse-error note").isNotNull();
    assertThat(note.get("line").asInt()).isEqualTo(1);
    assertThat(note.get("column").asInt()).isEqualTo(4); // at the é
    assertThat(run.exit()).isLessThan(2); // the file was linted
  }

  @Test
  void utf16WithBomIsDecoded() throws IOException {
    write("good.md", GOOD);
    byte[] body = "# Title\n\nPlease utilize the form.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    write("utf16.md", bytes);
    Run run = cxlint("good.md", "utf16.md");
    assertGoodFileLinted(run);
    assertThat(run.rules("utf16.md")).contains("plain-words");
    JsonNode f = run.file("utf16.md").get("findings").get(0);
    assertThat(f.get("line").asInt()).isEqualTo(3);
  }

  @Test
  void binaryFileWithALintedExtensionIsNamedAsBinary() throws IOException {
    write("good.md", GOOD);
    byte[] png = new byte[4096];
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    for (int i = 4; i < png.length; i++) {
      png[i] = (byte) (i * 31);
    }
    write("image.md", png);
    Run run = cxlint("good.md", "image.md");
    assertGoodFileLinted(run);
    assertThat(run.messages("image.md")).containsIgnoringCase("binary");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void emptyFilesAreClean() throws IOException {
    write("empty.md", "");
    write("empty.html", "");
    write("empty.txt", "");
    Run run = cxlint("empty.md", "empty.html", "empty.txt");
    assertThat(run.exit()).isLessThan(2);
    assertThat(run.rules("empty.md")).doesNotContain("parse-error");
    assertThat(run.rules("empty.txt")).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void unclosedCodeFenceKeepsItsContentOutOfProse() throws IOException {
    write("fence.md", "# T\n\nText.\n\n```\nclick here to utilize it\n");
    Run run = cxlint("fence.md");
    assertThat(run.rules("fence.md")).doesNotContain("plain-words");
  }

  @Test
  void frontMatterThatIsNotYamlIsAFindingAtItsLine() throws IOException {
    write("good.md", GOOD);
    write("fm.md", "---\ntitle: Fine\nsummary: \"unterminated\ntags: [a\n---\n\nBody text.\n");
    Run run = cxlint("good.md", "fm.md");
    assertGoodFileLinted(run);
    JsonNode parseError = null;
    for (JsonNode f : run.file("fm.md").get("findings")) {
      if (f.get("rule").asText().equals("parse-error")) {
        parseError = f;
      }
    }
    assertThat(parseError).as("a parse-error finding").isNotNull();
    assertThat(parseError.get("line").asInt()).isBetween(2, 5);
    assertThat(parseError.get("message").asText()).containsIgnoringCase("front matter");
  }

  @Test
  void yamlAliasBombInFrontMatterIsRefusedNotExpanded() throws IOException {
    StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    bomb.append("---\n\nBody.\n");
    write("good.md", GOOD);
    write("bomb.md", bomb.toString());
    Run run = cxlint("good.md", "bomb.md");
    assertGoodFileLinted(run);
    assertThat(run.messages("bomb.md")).containsIgnoringCase("alias");
  }

  @Test
  void yamlAliasBombInConfigIsAConfigError() throws IOException {
    write("good.md", GOOD);
    StringBuilder bomb = new StringBuilder("ignore: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append("x").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = c;
    }
    write(".cxlint.yml", bomb.toString());
    Run run = cxlint("good.md");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(".cxlint.yml").doesNotContain("Exception");
  }

  @Test
  void configThatIsNotYamlIsAnErrorNamingTheFile() throws IOException {
    write("good.md", GOOD);
    write("bad.yml", "rules: [unclosed\n  {: }\n\t- tab");
    Run run = cxlint("--config", "bad.yml", "good.md");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yml").doesNotContain("Exception");
    write("binary.yml", new byte[] {0, 1, 2, 3, (byte) 0xff});
    Run binary = cxlint("--config", "binary.yml", "good.md");
    assertThat(binary.exit()).isEqualTo(2);
    assertThat(binary.err()).contains("binary.yml");
  }

  @Test
  void unreadableFileIsNamedAndTheRestStillLinted() throws IOException {
    write("good.md", GOOD);
    // Root reads any file whatever its mode, so make a read fail for real: /proc/self/mem
    // gives EIO when read from offset 0 (Linux only; elsewhere the case is skipped).
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc");
    Files.createSymbolicLink(dir.resolve("unreadable.md"), mem);
    Run run = cxlint(".");
    assertGoodFileLinted(run);
    assertThat(run.messages("unreadable.md")).contains("cannot read unreadable.md");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void fifoIsNotReadAndDoesNotHang() throws Exception {
    write("good.md", GOOD);
    Path fifo = dir.resolve("pipe.md");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "needs mkfifo");
    Run walked = cxlint(".");
    assertGoodFileLinted(walked);
    Run named = cxlint("good.md", "pipe.md");
    assertGoodFileLinted(named);
    assertThat(named.messages("pipe.md")).contains("pipe.md").contains("not a regular file");
    assertThat(named.exit()).isEqualTo(2);
  }

  @Test
  void brokenSymlinksAndLoopsAreReportedOrSkipped() throws IOException {
    write("docs/good.md", GOOD);
    Files.createSymbolicLink(dir.resolve("docs/broken.md"), dir.resolve("docs/missing.md"));
    Files.createSymbolicLink(dir.resolve("docs/loop"), dir.resolve("docs"));
    Run run = cxlint("docs");
    assertThat(run.rules("docs/good.md")).contains("plain-words");
    assertThat(run.messages("docs/broken.md")).contains("broken symbolic link");
    assertThat(run.json().get("files")).hasSize(2); // the loop is not followed again
    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void pathsWithSpacesQuotesAndNonAsciiCharacters() throws IOException {
    String name = "Año \"nuevo\" 'plan' ünïcødé — 日本.md";
    write("dir with spaces/" + name, "Please utilize the form.\n");
    Run run = cxlint("dir with spaces");
    assertThat(run.rules("dir with spaces/" + name)).contains("plain-words");
    Run text = cxlint("--format", "text", "dir with spaces/" + name);
    assertThat(text.out()).contains(name);
  }

  @Test
  void directoryNamedLikeAFileIsWalkedNotRead() throws IOException {
    write("folder.md/inner.md", GOOD);
    Run run = cxlint("--fail-on", "info", "folder.md");
    assertThat(run.rules("folder.md/inner.md")).contains("plain-words");
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void missingPathIsAnErrorNamingIt() throws IOException {
    write("good.md", GOOD);
    Run run = cxlint("good.md", "nope.md");
    assertGoodFileLinted(run);
    assertThat(run.messages("nope.md")).contains("nope.md").contains("no such file");
    assertThat(run.exit()).isEqualTo(2);
  }

  @Test
  void fileOverTheSizeLimitIsNamedAndSkipped() throws IOException {
    write("good.md", GOOD);
    byte[] big = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    for (int i = 80; i < big.length; i += 81) {
      big[i] = '\n';
    }
    write("big.md", big);
    Run run = cxlint("good.md", "big.md");
    assertGoodFileLinted(run);
    assertThat(run.messages("big.md")).contains("big.md").contains("50.0 MB").contains("--max-file-size");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aTenMegabyteLineIsLinted() throws IOException {
    write("good.md", GOOD);
    StringBuilder line = new StringBuilder(10_000_100);
    while (line.length() < 10_000_000) {
      line.append("Please utilize the form in order to apply. ");
    }
    write("long.md", "# Long\n\n" + line + "\n");
    Run run = cxlint("good.md", "long.md");
    assertGoodFileLinted(run);
    assertThat(run.rules("long.md")).contains("plain-words");
    assertThat(run.exit()).isLessThan(2);
  }

  @Test
  void htmlNestedOneHundredThousandLevelsDeep() throws IOException {
    write("good.md", GOOD);
    write("deep.html", "<!doctype html><html lang=\"en\"><head><title>Deep</title></head><body>"
        + "<div>".repeat(100_000) + "<p>Please utilize <a href=\"x.pdf\">here</a>.</p>"
        + "</div>".repeat(100_000) + "</body></html>\n");
    Run run = cxlint("good.md", "deep.html");
    assertGoodFileLinted(run);
    assertThat(run.err()).doesNotContain("Exception");
    // Either linted, or one clear error naming the file and the nesting: never a crash.
    JsonNode f = run.file("deep.html");
    if (f.has("error")) {
      assertThat(f.get("error").asText()).contains("deep.html").contains("nested");
    } else {
      assertThat(run.rules("deep.html")).isNotEmpty();
    }
  }

  @Test
  void fileThatDisappearsDuringTheRunIsNamed() throws IOException {
    write("a.md", GOOD);
    write("b.md", GOOD);
    write("c.md", GOOD);
    // A rule that deletes b.md while a.md is being linted, with one thread: b.md was found by
    // the directory walk but is gone when its turn comes.
    org.cxlint.core.rule.Rule deleter = new org.cxlint.core.rule.Rule() {
      @Override
      public org.cxlint.core.rule.RuleMeta meta() {
        return org.cxlint.core.rule.RuleMeta.builder("plain-words")
            .category(org.cxlint.core.rule.Category.LANGUAGE).summary("test").build();
      }

      @Override
      public void check(org.cxlint.core.model.ContentDocument d, org.cxlint.core.rule.RuleContext c) {
        if (d.source().displayPath().equals("a.md")) {
          try {
            Files.deleteIfExists(dir.resolve("b.md"));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        c.report(new org.cxlint.core.model.Span(0, 1), "seen", null);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(),
        Map.of(), false, dir, () -> RuleRegistry.of(List.of(deleter)));
    int code = Main.run(t, "check", "--format", "json", "--threads", "1", ".");
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    Run run = new Run(code, "", "", json);
    assertThat(run.rules("a.md")).containsExactly("plain-words");
    assertThat(run.rules("c.md")).containsExactly("plain-words");
    assertThat(run.messages("b.md")).contains("cannot read b.md: no such file or directory");
    assertThat(code).isEqualTo(2);
  }
}

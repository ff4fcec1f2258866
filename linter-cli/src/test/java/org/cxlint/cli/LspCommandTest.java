package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cxlint.core.RuleRegistry;
import org.junit.jupiter.api.Test;

/** {@code cxlint lsp} through the real command line: the protocol on standard streams. */
class LspCommandTest {
  private static final Path SESSION = Path.of("src", "cds", "lsp-training.jsonl");

  private static byte[] framed(Path jsonLines) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String line : Files.readAllLines(jsonLines, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("//")) {
        continue;
      }
      byte[] body = line.getBytes(StandardCharsets.UTF_8);
      b.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      b.write(body);
    }
    return b.toByteArray();
  }

  @Test
  void aSessionOnStandardStreamsGetsDiagnosticsAndEndsWithExitCodeZero() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(framed(SESSION)), out, err, Map.of(),
        false, Path.of("").toAbsolutePath(), RuleRegistry::load);
    assertThat(Main.run(t, "lsp", "--stdio")).isZero();
    String protocol = out.toString(StandardCharsets.UTF_8);
    assertThat(protocol).contains("\"serverInfo\":{\"name\":\"cxlint\"")
        .contains("\"method\":\"textDocument/publishDiagnostics\"")
        .contains("\"uri\":\"untitled:training.md\"")
        .contains("\"code\":\"shall\"")
        .contains("\"code\":\"image-alt\"")       // the HTML page
        .contains("\"source\":\"cxlint\"");
    assertThat(protocol).startsWith("Content-Length: ");
  }

  @Test
  void theRecordedSessionReplaysCleanly() {
    // The build trains the start-up archive with this session (linter-cli/pom.xml).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out,
        new ByteArrayOutputStream(), Map.of(), false, Path.of("").toAbsolutePath(),
        RuleRegistry::load);
    assertThat(Main.run(t, "lsp", "--replay", SESSION.toString())).isZero();
    assertThat(out.size()).isZero(); // the answers are discarded
  }

  @Test
  void aClientThatLeavesWithoutShutdownEndsTheServerWithOne() {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), Map.of(), false, Path.of("").toAbsolutePath(),
        RuleRegistry::load);
    assertThat(Main.run(t, "lsp")).isEqualTo(1);
  }
}

package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: Neovim's built-in LSP client (Debian's neovim 0.7.2, headless, scripted)
 * attaches {@code cxlint lsp} to a Markdown file and gets cxlint's diagnostics at the right line
 * and column. Outside CI a missing {@code nvim} skips this with a message; in CI (CI=true, set by
 * .ci/run, which installs neovim) it fails.
 */
class NeovimTest {
  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

  @TempDir Path dir;

  @Test
  void neovimShowsTheDiagnosticsAtTheRightLineAndColumn() throws Exception {
    Path nvim = onPath("nvim");
    if (nvim == null) {
      String message = "nvim is not installed (Debian: apt-get install neovim): the Neovim"
          + " editor test is skipped";
      if (CI) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    // Line 5 has accents and an emoji before "shall": Neovim counts bytes, the protocol UTF-16.
    String line5 = "Café crème 😀 naïve: the agency shall review it.";
    String text = "---\ntitle: Forms\nsummary: How to send a form.\n---\n" + line5 + "\n";
    Path page = dir.resolve("page.md");
    Files.writeString(page, text);
    Path script = dir.resolve("attach.lua");
    try (InputStream in = getClass().getResourceAsStream("nvim/attach.lua")) {
      Files.write(script, in.readAllBytes());
    }
    Path out = dir.resolve("diagnostics.jsonl");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> server = List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "lsp");

    ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-n",
        "-c", "luafile " + script, page.toString());
    pb.directory(dir.toFile());
    pb.environment().put("CXLINT_LSP_CMD", String.join("\t", server));
    pb.environment().put("CXLINT_NVIM_OUT", out.toString());
    pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
    pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("nvim.log").toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assertions.fail("nvim did not finish within 120 s; its output: "
          + Files.readString(dir.resolve("nvim.log")));
    }
    assertThat(out).as("nvim's output: %s", Files.readString(dir.resolve("nvim.log"))).exists();

    ObjectMapper json = new ObjectMapper();
    List<JsonNode> diagnostics = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      diagnostics.add(json.readTree(l));
    }
    assertThat(diagnostics).noneMatch(d -> d.has("error"));
    JsonNode shall = diagnostics.stream().filter(d -> "shall".equals(d.path("code").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no shall diagnostic in " + diagnostics));
    int byteColumn = line5.substring(0, line5.indexOf("shall")).getBytes(StandardCharsets.UTF_8).length;
    assertThat(shall.get("lnum").asInt()).isEqualTo(4);
    assertThat(shall.get("col").asInt()).isEqualTo(byteColumn);
    assertThat(shall.get("end_col").asInt()).isEqualTo(byteColumn + 5);
    assertThat(shall.get("source").asText()).isEqualTo("cxlint");
    assertThat(shall.get("severity").asInt()).isEqualTo(2); // vim.diagnostic.severity.WARN
    assertThat(shall.get("message").asText()).contains("“shall”");
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      Path c = Path.of(d, name);
      if (Files.isExecutable(c)) {
        return c;
      }
    }
    return null;
  }
}

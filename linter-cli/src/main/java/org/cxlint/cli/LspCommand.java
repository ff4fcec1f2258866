package org.cxlint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cxlint lsp}: the language server, over standard input and output. The server's classes
 * (and LSP4J's) load only here, so no other command pays for them at start-up.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = {
      "Run the cxlint language server (Language Server Protocol) over standard input and output,"
          + " for editors: diagnostics as you type, the rule's explanation on hover, quick fixes"
          + " (the finding's own fix; disable a rule for a line or a file), and readability"
          + " (cxlint/metrics).",
      "The nearest .cxlint.yml above each document applies, as with check. See the README for"
          + " editor set-up.",
    })
final class LspCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--stdio",
      description = "Talk over standard input and output (the default and only transport; editor"
          + " clients often pass it).")
  boolean stdio;

  /**
   * A recorded session (one JSON-RPC message a line) played to the server instead of standard
   * input, its answers discarded: the build runs one to train the start-up archive
   * (linter-cli/pom.xml).
   */
  @Option(names = "--replay", paramLabel = "FILE", hidden = true)
  Path replay;

  @Override
  public Integer call() throws UsageError {
    Terminal terminal = main.terminal();
    InputStream in = terminal.in();
    OutputStream out = terminal.out();
    if (replay != null) {
      in = new ByteArrayInputStream(framed(terminal.workingDirectory().resolve(replay)));
      out = OutputStream.nullOutputStream();
    } else if (terminal.out() == System.out) {
      // Standard output carries the protocol: a stray print must go to standard error.
      System.setOut(new PrintStream(terminal.err(), true));
    }
    return org.cxlint.lsp.LanguageServerMain.run(in, out, terminal.rules());
  }

  /** The session's messages with the protocol's Content-Length headers. */
  private static byte[] framed(Path file) throws UsageError {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("//")) {
          continue;
        }
        byte[] body = line.getBytes(StandardCharsets.UTF_8);
        b.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        b.write(body);
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UsageError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}

package org.cxlint.cli;

import java.io.PrintStream;
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
          + " that disable a rule for a line or a file, and readability (cxlint/metrics).",
      "The nearest .cxlint.yml above each document applies, as with check. See the README for"
          + " editor set-up.",
    })
final class LspCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = "--stdio",
      description = "Talk over standard input and output (the default and only transport; editor"
          + " clients often pass it).")
  boolean stdio;

  @Override
  public Integer call() {
    Terminal terminal = main.terminal();
    PrintStream protocolOut = terminal.out() instanceof PrintStream p ? p : null;
    if (terminal.out() == System.out) {
      // Standard output carries the protocol: a stray print must go to standard error.
      System.setOut(new PrintStream(terminal.err(), true));
    }
    int code = org.cxlint.lsp.LanguageServerMain.run(terminal.in(),
        protocolOut != null ? protocolOut : terminal.out(), terminal.rules());
    return code;
  }
}

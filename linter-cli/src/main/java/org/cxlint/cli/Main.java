package org.cxlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code cxlint}: the command line. Thin by design: options in, one call to the engine,
 * reporters out. Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 the run
 * failed (with a one-line message on standard error, never a stack trace unless {@code --debug}).
 */
@Command(
    name = "cxlint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Accessibility and plain-language linter for web content.",
    // One line per command: more commands (e.g. score) are added here.
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      ScoreCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Main implements Runnable {
  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces for internal errors.")
  boolean debug;

  public Main(Terminal terminal) {
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    int code = run(Terminal.system(), args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs cxlint as from the command line and returns the exit code. */
  public static int run(Terminal terminal, String... args) {
    return commandLine(terminal).execute(args);
  }

  /** The configured command line (tests call {@code execute} on it). */
  public static CommandLine commandLine(Terminal terminal) {
    Main main = new Main(terminal);
    CommandLine cmd = new CommandLine(main);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ParameterException e, String[] args) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("cxlint: " + e.getMessage());
      if (e instanceof UnmatchedArgumentException u) {
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
          w.println("Did you mean " + String.join(" or ", suggestions) + "?");
        }
      }
      w.println("Run \"" + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help\" to see the options.");
      w.flush();
      return ExitCode.FAILED;
    });
    cmd.setExecutionExceptionHandler((Exception e, CommandLine c, CommandLine.ParseResult r) -> {
      PrintWriter w = c.getErr();
      if (e instanceof UsageError) {
        w.println("cxlint: " + e.getMessage());
      } else {
        w.println("cxlint: internal error: " + e + (main.debug ? "" : " (run with --debug to see"
            + " where; please report it)"));
      }
      if (main.debug) {
        e.printStackTrace(w);
      }
      w.flush();
      return ExitCode.FAILED;
    });
    return cmd;
  }

  Terminal terminal() {
    return terminal;
  }

  @Override
  public void run() {
    // "cxlint" alone: say what it can do.
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed, e.g. \"cxlint check content/\"");
  }
}

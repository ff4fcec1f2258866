package org.cxlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.WarmUp;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.report.Visible;
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
    description = "Accessibility and plain-language linter for web content.")
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
    int code;
    try {
      boolean usesRules = args.length > 0 && COMMANDS_WITH_RULES.contains(args[0]);
      Terminal terminal;
      if (usesRules) {
        WarmUp warmUp = args[0].equals("check")
            ? WarmUp.of(Arrays.asList(args).subList(1, args.length), Path.of("").toAbsolutePath())
            : WarmUp.NONE;
        boolean lints = args[0].equals("check") || args[0].equals("lsp");
        terminal = Terminal.system(inBackground(warmUp, lints), warmUp);
      } else {
        terminal = Terminal.system();
      }
      code = run(terminal, args);
    } catch (StackOverflowError e) {
      System.err.println("cxlint: internal error: the stack overflowed (content nested too"
          + " deeply?). Run again with CXLINT_JAVA_OPTS=-Xss16m, and please report it.");
      code = ExitCode.FAILED;
    }
    System.out.flush();
    System.exit(code);
  }

  /**
   * Says that the heap ran out, how big it was and how to give more; exit 2. Works with little
   * memory left: the message is short and the failed run's objects are garbage by now.
   */
  static int outOfMemory(java.io.OutputStream stream) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    err.println("cxlint: out of memory: the run needed more than the " + mb + " MB of heap"
        + " Java gave it. Give it more with CXLINT_JAVA_OPTS=-Xmx" + Math.max(512, mb * 2)
        + "m (bin/cxlint), or lint fewer files at a time.");
    err.flush();
    return ExitCode.FAILED;
  }

  /** Commands that load the rule registry (the rules and their word lists). */
  private static final Set<String> COMMANDS_WITH_RULES = Set.of("check", "rules", "explain",
      "lsp");

  /**
   * Starts what a linting run will need while picocli builds its model and reads the arguments
   * (a tenth of a second of a one-file run). One thread parses the files about to be linted
   * ({@code warmUp}), the longest step before the rules can run, from the first millisecond;
   * another loads the rules (ServiceLoader, each rule's word lists) and then, for a command
   * that lints ({@code syllables}), the syllable dictionary that the readability rules and
   * metrics look words up in (loaded for nothing only when config turns all of those off). The
   * supplier waits for the rules and rethrows their failure as it is.
   */
  static Supplier<RuleRegistry> inBackground(Runnable warmUp, boolean syllables) {
    FutureTask<RuleRegistry> rules = new FutureTask<>(RuleRegistry::load);
    if (warmUp != WarmUp.NONE) {
      Thread parse = new Thread(warmUp, "cxlint-parse");
      parse.setDaemon(true);
      parse.start();
    }
    Thread t = new Thread(() -> {
      rules.run();
      if (!syllables) {
        return;
      }
      try {
        SyllableCounter.preload();
      } catch (RuntimeException | Error e) {
        // Loading ahead is only for speed, and a background thread must not print a stack
        // trace of its own: the run meets the failure again when a rule counts syllables.
      }
    }, "cxlint-start");
    t.setDaemon(true);
    t.start();
    return () -> {
      try {
        return rules.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the rules", e);
      }
    };
  }

  /**
   * The commands, in the order help lists them. One line per command: more commands are added
   * here. {@code help} needs the others, so it is never registered alone.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("check", CheckCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("score", ScoreCommand::new);
    m.put("lsp", LspCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** Runs cxlint as from the command line and returns the exit code. */
  public static int run(Terminal terminal, String... args) {
    try {
      return commandLine(terminal, args.length > 0 ? args[0] : null).execute(args);
    } catch (OutOfMemoryError e) {
      // The run's objects are garbage once its stack is unwound: there is room to say so.
      return outOfMemory(terminal.err());
    }
  }

  /** The configured command line with every command (tests call {@code execute} on it). */
  public static CommandLine commandLine(Terminal terminal) {
    return commandLine(terminal, null);
  }

  /**
   * The configured command line. When {@code first} (the first argument) names a command other
   * than help, only that command is registered: picocli builds each command's model from its
   * annotations, which cost a one-file check 25 ms for the four commands it does not run.
   */
  static CommandLine commandLine(Terminal terminal, String first) {
    skipUnusedConverters();
    Main main = new Main(terminal);
    CommandLine cmd = new CommandLine(main);
    boolean one = first != null && COMMANDS.containsKey(first) && !first.equals("help");
    for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
      if (!one || c.getKey().equals(first)) {
        cmd.addSubcommand(c.getKey(), c.getValue().get());
      }
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(terminal.err(), StandardCharsets.UTF_8), true);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ParameterException e, String[] args) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("cxlint: " + Visible.of(e.getMessage()));
      if (e instanceof UnmatchedArgumentException u) {
        List<String> suggestions = u.getSuggestions();
        if (!suggestions.isEmpty()) {
          w.println("Did you mean " + Visible.of(String.join(" or ", suggestions)) + "?");
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
        w.println("cxlint: " + Visible.of(e.getMessage()));
      } else {
        w.println("cxlint: internal error: " + Visible.of(e.toString()) + (main.debug ? "" : " (run with --debug to see"
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

  /** The picocli property that names the built-in converters it should not register. */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /**
   * Tells picocli not to register its converters for java.time and java.sql types, which no
   * option of cxlint has: picocli finds each by reflection when it builds a command line, and
   * loading and initialising those 70 classes was a tenth of a one-file check's start-up. A
   * value set by the user (-D on the command line) is kept.
   */
  static void skipUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql)\\..*");
    }
  }

  Terminal terminal() {
    return terminal;
  }

  /** The rules, or a usage error naming the rule pack that cannot load. */
  RuleRegistry rules() throws UsageError {
    try {
      return terminal.rules().get();
    } catch (IllegalStateException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  @Override
  public void run() {
    // "cxlint" alone: say what it can do.
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed, e.g. \"cxlint check content/\"");
  }
}

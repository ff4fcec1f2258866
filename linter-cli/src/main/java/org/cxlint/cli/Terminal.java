package org.cxlint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.WarmUp;

/**
 * Everything the commands take from the world outside the JVM's statics, so tests can run the
 * real command line with captured streams, a chosen directory and their own rules.
 *
 * @param in standard input
 * @param out standard output (reports)
 * @param err standard error (messages)
 * @param env environment variables (NO_COLOR, TERM)
 * @param interactive whether standard output is a terminal (colour by default)
 * @param workingDirectory where relative paths start and {@code .cxlint.yml} is looked for
 * @param rules the rules to use (ServiceLoader in production)
 * @param warmUp files the process started parsing before the command line was read
 */
public record Terminal(
    InputStream in,
    OutputStream out,
    OutputStream err,
    Map<String, String> env,
    boolean interactive,
    Path workingDirectory,
    Supplier<RuleRegistry> rules,
    WarmUp warmUp) {

  /** A terminal with nothing parsed ahead (tests, commands that lint nothing). */
  public Terminal(InputStream in, OutputStream out, OutputStream err, Map<String, String> env,
      boolean interactive, Path workingDirectory, Supplier<RuleRegistry> rules) {
    this(in, out, err, env, interactive, workingDirectory, rules, WarmUp.NONE);
  }

  /** The real process: System streams, environment and working directory. */
  public static Terminal system() {
    return system(RuleRegistry::load);
  }

  /** The real process, with the rules from {@code rules}. */
  public static Terminal system(Supplier<RuleRegistry> rules) {
    return system(rules, WarmUp.NONE);
  }

  /** The real process, with the rules from {@code rules} and files parsed ahead. */
  public static Terminal system(Supplier<RuleRegistry> rules, WarmUp warmUp) {
    return new Terminal(System.in, System.out, System.err, System.getenv(),
        System.console() != null, Path.of("").toAbsolutePath(), rules, warmUp);
  }

  /** Colour by default: on a terminal that is not "dumb", unless NO_COLOR is set. */
  public boolean colorByDefault() {
    String noColor = env.get("NO_COLOR");
    return interactive && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(env.get("TERM"));
  }
}

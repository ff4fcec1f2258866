package org.cxlint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cxlint.core.NearestName;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.RuleExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cxlint explain RULE}: a rule's full metadata, with a bad and a good example. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a rule: what it reports and why, the guidance behind it, its options,"
        + " and an example before and after.")
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id, e.g. link-text.")
  String id;

  @Override
  public Integer call() throws UsageError {
    RuleRegistry registry = main.rules();
    RuleExplanation explanation = RuleExplanation.find(registry, id).orElseThrow(() ->
        new UsageError("unknown rule \"" + id + "\"." + NearestName.hint(id, registry.ids())
            + " Run \"cxlint rules\" to list the rules."));
    PrintWriter out = spec.commandLine().getOut();
    out.print(explanation.toText());
    out.flush();
    return ExitCode.CLEAN;
  }
}

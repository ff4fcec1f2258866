package org.cxlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cxlint rules}: every rule with its category, default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, category, default severity, whether the recommended"
        + " preset turns it on, and what it reports.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws UsageError {
    RuleRegistry registry = main.rules();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"RULE", "CATEGORY", "SEVERITY", "RECOMMENDED", "LANGUAGES", "SUMMARY"});
    for (Rule r : registry.rules()) {
      RuleMeta m = r.meta();
      rows.add(new String[] {m.id(), m.category().label(), m.defaultSeverity().label(),
          m.recommended() ? "yes" : "no", m.languagesLabel(), m.summary()});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[5]).toString().stripTrailing());
    }
    out.println();
    out.println(registry.rules().size() + " rules. \"cxlint explain RULE\" tells more about one.");
    out.flush();
    return ExitCode.CLEAN;
  }
}

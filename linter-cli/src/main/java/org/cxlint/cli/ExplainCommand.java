package org.cxlint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cxlint.core.NearestName;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
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
    Rule rule = registry.find(id).orElse(null);
    PrintWriter w = spec.commandLine().getOut();
    if (rule == null) {
      throw new UsageError("unknown rule \"" + id + "\"." + NearestName.hint(id, registry.ids())
          + " Run \"cxlint rules\" to list the rules.");
    }
    RuleMeta m = rule.meta();
    PrintWriter out = spec.commandLine().getOut();
    out.println(m.id() + " — " + m.summary());
    out.println();
    out.println("Category:          " + m.category().label());
    out.println("Default severity:  " + m.defaultSeverity().label());
    out.println("Recommended:       " + (m.recommended() ? "yes (on by default)" : "no (on in strict)"));
    out.println("Standard:          " + m.wcag());
    out.println("Applies to:        " + m.formats().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
        .sorted().collect(Collectors.joining(", ")));
    if (m.fixable()) {
      out.println("Fix:               findings carry a replacement you can apply as is");
    }
    section(out, "Why", m.rationale());
    if (!m.options().isEmpty()) {
      out.println();
      out.println("Options (in .cxlint.yml under rules: " + m.id() + ": { … }):");
      for (OptionSpec o : m.options()) {
        out.println("  " + o.name() + " (" + type(o) + ", default " + value(o.defaultValue())
            + ")" + (o.description().isEmpty() ? "" : ": " + o.description()));
      }
    }
    section(out, "Reported", m.badExample());
    section(out, "Fixed", m.goodExample());
    if (!m.guidance().isEmpty()) {
      out.println();
      out.println("Guidance:");
      m.guidance().forEach(g -> out.println("  " + g));
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  private static void section(PrintWriter out, String title, String body) {
    if (body == null || body.isBlank()) {
      return;
    }
    out.println();
    out.println(title + ":");
    for (String line : body.strip().split("\\R", -1)) {
      out.println(("  " + line).stripTrailing());
    }
  }

  private static String type(OptionSpec o) {
    return switch (o.type()) {
      case INTEGER -> "whole number";
      case NUMBER -> "number";
      case STRING -> "text";
      case BOOLEAN -> "true or false";
      case STRING_LIST -> "list of text";
      case ENUM -> "one of " + String.join(", ", o.allowed());
    };
  }

  private static String value(Object v) {
    if (v instanceof List<?> l) {
      return l.isEmpty() ? "none" : "[" + l.stream().map(String::valueOf)
          .collect(Collectors.joining(", ")) + "]";
    }
    return String.valueOf(v);
  }
}

package org.cxlint.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;

/**
 * Runs configured rules over one parsed document and returns its findings in order. Parse
 * problems become {@code parse-error} findings. A rule that throws does not take the file down:
 * it leaves an error finding that names the rule, so the failure is seen and reported upstream.
 */
public final class DocumentLinter {
  /** Findings in reading order: line, column, then rule id, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  private DocumentLinter() {}

  public static List<Finding> lint(ContentDocument document, List<ConfiguredRule> rules) {
    return lint(document, rules, false);
  }

  /**
   * Like {@link #lint(ContentDocument, List)}; with {@code spread}, every other rule runs on a
   * second thread (the common fork-join pool's), for a run that lints one file while the other
   * cores are idle: a writer's one-file check waits for the rules on one core otherwise. The
   * findings are the same, in the same order: each rule reports into a list of its own, and the
   * lists are joined in rule order before the sort, as one thread would have reported them.
   * Two threads then read one document: rules are stateless, and the document's lists are
   * immutable and its derived data computed under a lock. A document with HTML (a page, or raw
   * HTML in Markdown) is never spread: jsoup does not promise that two threads may read one DOM
   * (reading it can rewrite a node's cached sibling index).
   */
  public static List<Finding> lint(ContentDocument document, List<ConfiguredRule> rules,
      boolean spread) {
    SourceFile source = document.source();
    List<Finding> findings = new ArrayList<>();
    Severity parseError = engineSeverity(rules, Problem.RULE_ID);
    if (parseError != null) {
      for (Problem p : document.problems()) {
        findings.add(finding(source, Problem.RULE_ID, parseError, p.span(), p.message(), null));
      }
    }
    List<ConfiguredRule> applicable = new ArrayList<>(rules.size());
    for (ConfiguredRule configured : rules) {
      if (configured.rule().meta().formats().contains(document.format())) {
        applicable.add(configured);
      }
    }
    List<List<Finding>> perRule = new ArrayList<>(applicable.size());
    for (int i = 0; i < applicable.size(); i++) {
      perRule.add(new ArrayList<>());
    }
    if (spread && applicable.size() > 1 && document.htmlFragments().isEmpty()) {
      ForkJoinTask<?> odd = ForkJoinTask.adapt(() -> run(document, applicable, perRule, 1)).fork();
      run(document, applicable, perRule, 0);
      odd.join(); // runs it here when the pool has not started it
    } else {
      for (int i = 0; i < applicable.size(); i++) {
        check(document, applicable.get(i), perRule.get(i));
      }
    }
    for (List<Finding> f : perRule) {
      findings.addAll(f);
    }
    findings.sort(ORDER);
    return findings;
  }

  /** Runs the rules at {@code first}, {@code first + 2}, ... */
  private static void run(ContentDocument document, List<ConfiguredRule> rules,
      List<List<Finding>> perRule, int first) {
    for (int i = first; i < rules.size(); i += 2) {
      check(document, rules.get(i), perRule.get(i));
    }
  }

  private static void check(ContentDocument document, ConfiguredRule configured,
      List<Finding> findings) {
    SourceFile source = document.source();
    Context ctx = new Context(source, configured, findings);
    try {
      // A wording rule sees only the prose in the languages it knows (one place for all rules).
      configured.rule().check(document.forLanguages(configured.rule().meta().languages()), ctx);
    } catch (RuntimeException | StackOverflowError e) {
      findings.add(finding(source, configured.id(), Severity.ERROR, new Span(0, 0),
          "cxlint could not finish rule " + configured.id() + " on this file ("
              + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "). Please report this as a cxlint bug.",
          null));
    }
  }

  /**
   * The severity of an engine rule ({@link EngineRules}) for a file with these configured rules:
   * the configured override, else the rule's default; null when config turns it off.
   */
  static Severity engineSeverity(List<ConfiguredRule> rules, String id) {
    for (ConfiguredRule r : rules) {
      if (r.id().equals(id)) {
        return r.severityOverride() != null ? r.severityOverride()
            : r.rule().meta().defaultSeverity();
      }
    }
    return null;
  }

  static Finding finding(SourceFile source, String rule, Severity severity, Span span,
      String message, String advice) {
    return finding(source, rule, severity, span, message, advice, List.of());
  }

  static Finding finding(SourceFile source, String rule, Severity severity, Span span,
      String message, String advice, List<Fix> fixes) {
    Span s = span == null ? new Span(0, 0) : span;
    int start = Math.min(s.start(), source.length());
    int end = Math.max(start, Math.min(s.end(), source.length()));
    Position a = source.position(start);
    Position b = source.position(end);
    return new Finding(rule, severity, a.line(), a.column(), b.line(), b.column(), message,
        advice, fixes, start, end);
  }

  private static final class Context implements RuleContext {
    private final SourceFile source;
    private final ConfiguredRule rule;
    private final List<Finding> sink;

    Context(SourceFile source, ConfiguredRule rule, List<Finding> sink) {
      this.source = source;
      this.rule = rule;
      this.sink = sink;
    }

    @Override
    public RuleOptions options() {
      return rule.options();
    }

    @Override
    public void report(Span span, Severity severity, String message, String advice,
        List<Fix> fixes) {
      Severity effective = rule.severityOverride() != null
          ? rule.severityOverride()
          : severity != null ? severity : rule.rule().meta().defaultSeverity();
      sink.add(finding(source, rule.id(), effective, span, message, advice, fixes));
    }
  }
}

package org.cxlint.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;

/**
 * The run-level side of {@link SiteRule}s: collects the facts each file's outcome carries (from
 * the pipeline or the cache, never from a second parse), then calls each site rule's
 * {@link SiteRule#finish} once and turns what it reports into findings of the files it names.
 * Not thread safe: the runner calls it from the thread that receives outcomes in order.
 */
final class SiteRun {
  private final List<SiteRule> rules = new ArrayList<>();
  private final Map<String, List<SiteRule.Observed>> observed = new HashMap<>();
  private final Map<String, Map<String, Severity>> severities = new HashMap<>();

  SiteRun(List<Rule> registry) {
    for (Rule r : registry) {
      if (r instanceof SiteRule s) {
        rules.add(s);
      }
    }
  }

  /** Whether any site rule takes part for a file with these configured rules. */
  static boolean observes(List<ConfiguredRule> configured) {
    for (ConfiguredRule cr : configured) {
      if (cr.rule() instanceof SiteRule s && s.observes(cr.options())) {
        return true;
      }
    }
    return false;
  }

  /** Notes one file's facts, with the severity each site rule has for it. */
  void note(FileOutcome outcome, List<ConfiguredRule> configured) {
    if (outcome.siteFacts().isEmpty()) {
      return;
    }
    for (ConfiguredRule cr : configured) {
      String facts = outcome.siteFacts().get(cr.id());
      if (facts == null) {
        continue;
      }
      observed.computeIfAbsent(cr.id(), k -> new ArrayList<>())
          .add(new SiteRule.Observed(outcome.path(), facts));
      severities.computeIfAbsent(cr.id(), k -> new HashMap<>()).put(outcome.path(),
          cr.severityOverride() != null ? cr.severityOverride() : cr.rule().meta().defaultSeverity());
    }
  }

  /** Runs every site rule's check; the findings it reports, by the path of their file. */
  Map<String, List<Finding>> finish() {
    Map<String, List<Finding>> added = new HashMap<>();
    for (SiteRule rule : rules) {
      String id = rule.meta().id();
      List<SiteRule.Observed> files = observed.get(id);
      if (files == null || files.isEmpty()) {
        continue; // the rule saw no file: nothing to judge
      }
      files.sort(Comparator.comparing(SiteRule.Observed::path));
      Map<String, Severity> severity = severities.get(id);
      try {
        rule.finish(List.copyOf(files), (path, message, advice) -> {
          Severity s = severity.get(path);
          if (s != null) { // not a file this rule saw: ignore rather than guess a severity
            added.computeIfAbsent(path, k -> new ArrayList<>())
                .add(new Finding(id, s, 1, 1, 1, 1, message, advice, 0, 0));
          }
        });
      } catch (RuntimeException | StackOverflowError e) {
        // Like DocumentLinter: a failing rule leaves an error finding instead of ending the run.
        added.computeIfAbsent(files.get(0).path(), k -> new ArrayList<>()).add(new Finding(id,
            Severity.ERROR, 1, 1, 1, 1, "cxlint could not finish rule " + id + " for the run ("
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "). Please report this as a cxlint bug.", null, 0, 0));
      }
    }
    return added;
  }
}

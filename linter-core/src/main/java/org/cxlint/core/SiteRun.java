package org.cxlint.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;

/**
 * The run-level side of {@link SiteRule}s for one {@link Linter} run: starts each rule's
 * {@link SiteRule.SiteCheck}, shows it every document the rule is enabled for, and after the
 * last file adds the findings of {@code finish} to the results of the files they name.
 */
final class SiteRun {
  private record Started(SiteRule rule, SiteRule.SiteCheck check) {}

  private final List<Started> started;
  /** For each rule id and display path it saw, the severity config forces there, if any. */
  private final Map<String, Map<String, Optional<Severity>>> seen = new ConcurrentHashMap<>();

  private SiteRun(List<Started> started) {
    this.started = started;
  }

  static SiteRun start(List<Rule> rules) {
    List<Started> out = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof SiteRule s) {
        out.add(new Started(s, s.startRun()));
      }
    }
    return new SiteRun(List.copyOf(out));
  }

  boolean isEmpty() {
    return started.isEmpty();
  }

  /** True when some site rule enabled in {@code rules} needs to see the file's document. */
  boolean observes(List<ConfiguredRule> rules) {
    if (started.isEmpty()) {
      return false;
    }
    for (ConfiguredRule cr : rules) {
      for (Started s : started) {
        if (s.rule() == cr.rule() && s.rule().observes(cr.options())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Shows a document to every site rule that is enabled for it (thread safe). */
  void observe(ContentDocument document, List<ConfiguredRule> rules) {
    if (started.isEmpty()) {
      return;
    }
    for (ConfiguredRule cr : rules) {
      for (Started s : started) {
        if (s.rule() == cr.rule() && cr.rule().meta().formats().contains(document.format())
            && s.rule().observes(cr.options())) {
          seen.computeIfAbsent(cr.id(), k -> new ConcurrentHashMap<>())
              .put(document.source().displayPath(), Optional.ofNullable(cr.severityOverride()));
          try {
            s.check().observe(document, cr.options());
          } catch (RuntimeException e) {
            // A failing site rule must not take the file down; finish reports what it can.
          }
        }
      }
    }
  }

  /** The results with every site finding added to its file, each file's findings in order. */
  List<FileResult> finish(List<FileResult> results) {
    if (started.isEmpty()) {
      return results;
    }
    Map<String, List<Finding>> added = new HashMap<>();
    for (Started s : started) {
      String id = s.rule().meta().id();
      Map<String, Optional<Severity>> files = seen.getOrDefault(id, Map.of());
      try {
        finish(s, id, files, added);
      } catch (RuntimeException | StackOverflowError e) {
        // Like DocumentLinter: a failing rule leaves an error finding instead of ending the run.
        for (FileResult r : results) {
          if (r.source() != null && files.containsKey(r.path())) {
            added.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(DocumentLinter.finding(
                r.source(), id, Severity.ERROR, null, "cxlint could not finish rule " + id
                    + " for the run (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "). Please report this as a cxlint bug.", null));
            break;
          }
        }
      }
    }
    if (added.isEmpty()) {
      return results;
    }
    List<FileResult> out = new ArrayList<>(results.size());
    for (FileResult r : results) {
      List<Finding> more = added.get(r.path());
      if (more == null || r.source() == null) {
        out.add(r);
        continue;
      }
      List<Finding> all = new ArrayList<>(r.findings());
      all.addAll(more);
      all.sort(DocumentLinter.ORDER);
      out.add(new FileResult(r.path(), r.source(), all, r.metrics(), r.sections(), r.error()));
    }
    return out;
  }

  /** Runs one rule's finish, adding its findings (only for files it saw) to {@code added}. */
  private static void finish(Started s, String id, Map<String, Optional<Severity>> files,
      Map<String, List<Finding>> added) {
    s.check().finish((file, span, message, suggestion) -> {
      Optional<Severity> forced = files.get(file.displayPath());
      if (forced == null) {
        return; // not a file this rule saw: ignore rather than guess a severity
      }
      Severity sev = forced.orElse(s.rule().meta().defaultSeverity());
      added.computeIfAbsent(file.displayPath(), k -> new ArrayList<>())
          .add(DocumentLinter.finding(file, id, sev, span, message, suggestion));
    });
  }
}

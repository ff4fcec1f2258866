package org.cxlint.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;

/**
 * The run-level side of {@link SiteRule}s, applied once after every file of a {@link Linter}
 * run: starts each site rule's {@link SiteRule.SiteCheck}, shows it the document of every file
 * the rule is enabled for and {@link SiteRule#observes observes}, and adds the findings of
 * {@code finish} to the results of the files they name.
 *
 * <p>The documents are parsed again here, from the sources the results keep, and only when a
 * site rule asks for them (e.g. required-links with scope: site). That keeps the runner's
 * per-file path, and its result cache, unaware of site rules, at the cost of a second parse for
 * runs that use one.
 */
final class SiteRun {
  private SiteRun() {}

  private record Started(SiteRule rule, SiteRule.SiteCheck check,
      Map<String, Severity> severities) {}

  /**
   * The results with every site finding added to its file, each file's findings in order.
   *
   * @param rules every rule of the registry; the site rules among them take part
   * @param results the run's per-file results, in output order
   * @param rulesFor the rules config enables for a file, with their options and severities
   */
  static List<FileResult> apply(List<Rule> rules, List<FileResult> results,
      Function<FileResult, List<ConfiguredRule>> rulesFor,
      Function<FileResult, SitePage> siteOf) {
    List<Started> started = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof SiteRule s) {
        started.add(new Started(s, s.startRun(), new ConcurrentHashMap<>()));
      }
    }
    if (started.isEmpty()) {
      return results;
    }
    results.parallelStream().forEach(r -> observe(r, started, rulesFor, siteOf));
    Map<String, List<Finding>> added = new ConcurrentHashMap<>();
    for (Started s : started) {
      if (s.severities().isEmpty()) {
        continue; // the rule saw no file: nothing to judge
      }
      try {
        finish(s, added);
      } catch (RuntimeException | StackOverflowError e) {
        // Like DocumentLinter: a failing rule leaves an error finding instead of ending the run.
        String id = s.rule().meta().id();
        for (FileResult r : results) {
          if (s.severities().containsKey(r.path())) {
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
      if (more == null) {
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

  /** Shows one file's document to every site rule that is enabled for it and wants it. */
  private static void observe(FileResult r, List<Started> started,
      Function<FileResult, List<ConfiguredRule>> rulesFor, Function<FileResult, SitePage> siteOf) {
    if (r.source() == null || r.error() != null) {
      return;
    }
    Format format = Format.forFileName(r.path());
    if (format == null) {
      format = Format.TEXT; // the runner lints an explicitly named file of another kind as text
    }
    ContentDocument document = null;
    for (ConfiguredRule cr : rulesFor.apply(r)) {
      for (Started s : started) {
        if (s.rule() != cr.rule() || !cr.rule().meta().formats().contains(format)
            || !s.rule().observes(cr.options())) {
          continue;
        }
        if (document == null) {
          try {
            document = Parsers.parse(r.source(), format, siteOf.apply(r));
          } catch (RuntimeException | StackOverflowError e) {
            return; // the file's own result already says it cannot be parsed
          }
        }
        Severity forced = cr.severityOverride();
        s.severities().put(r.path(), forced != null ? forced : s.rule().meta().defaultSeverity());
        try {
          s.check().observe(document, cr.options());
        } catch (RuntimeException e) {
          // finish reports what it can; a rule bug must not take the run down
        }
      }
    }
  }

  /** Runs one rule's finish, adding its findings (only for files it saw) to {@code added}. */
  private static void finish(Started s, Map<String, List<Finding>> added) {
    String id = s.rule().meta().id();
    s.check().finish((file, span, message, suggestion) -> {
      Severity severity = s.severities().get(file.displayPath());
      if (severity == null) {
        return; // not a file this rule saw: ignore rather than guess a severity
      }
      added.computeIfAbsent(file.displayPath(), k -> new ArrayList<>())
          .add(DocumentLinter.finding(file, id, severity, span, message, suggestion));
    });
  }
}

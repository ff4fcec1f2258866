package org.cxlint.core.rule;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/**
 * A rule that can also judge a run as a whole, such as "some page of the site links to the
 * privacy policy". Besides {@link #check} for each file, the runner calls {@link #startRun()}
 * once per run; once every file is linted, {@link SiteCheck#observe} for every document the rule
 * is enabled for and {@link #observes observes} (from several threads at once), then
 * {@link SiteCheck#finish} once.
 *
 * <p>All run state lives in the {@link SiteCheck}, never in the rule, so one rule instance
 * can serve concurrent runs. Findings from {@code finish} go to the file they name, with the
 * rule's severity for that file; inline suppression comments do not apply to them (switch the
 * rule off for a file in config instead). Runs of a single text (standard input) have no site
 * stage.
 */
public interface SiteRule extends Rule {
  /** Starts one run. */
  SiteCheck startRun();

  /**
   * Whether a file with these options needs to be shown to the run's {@link SiteCheck}
   * (e.g. only when a "scope" option asks for the whole site). The runner parses a file again
   * for the site stage only when some enabled site rule says yes.
   */
  default boolean observes(RuleOptions options) {
    return true;
  }

  /** The state of one run. */
  interface SiteCheck {
    /**
     * Sees one document the rule is enabled for, with that file's options. Called from any
     * thread; implementations must be thread safe.
     */
    void observe(ContentDocument document, RuleOptions options);

    /** Reports what the run as a whole lacks; called once, after every {@code observe}. */
    void finish(SiteReport report);
  }

  /** Where {@link SiteCheck#finish} reports. */
  interface SiteReport {
    /**
     * Reports a finding in {@code file}, which must be one of the observed documents' sources.
     *
     * @param suggestion what to do, or null
     */
    void report(SourceFile file, Span span, String message, String suggestion);
  }
}

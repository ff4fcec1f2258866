package org.cxlint.core.rule;

import java.util.List;
import org.cxlint.core.model.ContentDocument;

/**
 * A rule that can also judge a run as a whole, such as "some page of the site links to the
 * privacy policy". Besides {@link #check} for each file, the per-file pipeline asks it for the
 * {@link #facts} it needs about each file it is enabled for and {@link #observes observes}: a
 * short string the rule writes and reads itself, kept with the file's outcome (and in the cache),
 * so no file is parsed twice. Once every file is linted, the runner calls {@link #finish} once
 * with the facts of the whole run.
 *
 * <p>A rule instance keeps no run state: everything a run knows is in the facts, so one
 * instance can serve concurrent runs. Findings from {@code finish} go to the file they name,
 * at its start, with the rule's severity for that file; inline suppression comments do not apply
 * to them (switch the rule off for a file in config instead). Runs of a single text (standard
 * input, an editor buffer) have no site stage.
 */
public interface SiteRule extends Rule {
  /**
   * Whether a file with these options takes part in the run-level check (e.g. only when a
   * "scope" option asks for the whole site).
   */
  default boolean observes(RuleOptions options) {
    return true;
  }

  /**
   * What the run-level check needs to know about one document, as a string this rule can read
   * back in {@link #finish}, or null when the file does not count. Called from any thread.
   */
  String facts(ContentDocument document, RuleOptions options);

  /**
   * Reports what the run as a whole lacks.
   *
   * @param files every file that had facts, sorted by path
   */
  void finish(List<Observed> files, SiteReport report);

  /** One file's facts. */
  record Observed(String path, String facts) {}

  /** Where {@link #finish} reports. */
  interface SiteReport {
    /**
     * Reports a finding at the start of the file {@code path}, one of the observed files.
     *
     * @param advice what to do, or null
     */
    void report(String path, String message, String advice);
  }
}

package org.cxlint.core.rule;

import org.cxlint.core.model.ContentDocument;

/**
 * A lint rule. Implementations are found with {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/org.cxlint.core.rule.Rule}), so a team can ship its own rule pack
 * as a jar. One instance serves every file, concurrently: keep no mutable state in fields.
 *
 * <p>A rule reads the model and reports findings through the context. It never opens a file,
 * parses, or prints.
 */
public interface Rule {
  RuleMeta meta();

  /** Checks one document; called only for documents whose format is in {@code meta().formats()}. */
  void check(ContentDocument document, RuleContext context);

  /**
   * Loads what {@link #check} will need that is slow to load (word tables, dictionaries,
   * models), ahead of the first document. The runner calls it at most once per run, on a
   * background thread, while the first file is read and parsed, and only for enabled rules; a
   * rule must stay correct when it is never called or called while {@code check} runs. Failures
   * are ignored here: {@code check} meets them again and reports them for the file.
   */
  default void prepare() {}
}

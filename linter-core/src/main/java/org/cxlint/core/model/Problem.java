package org.cxlint.core.model;

/**
 * Something wrong with the input itself, found while reading or parsing it (front matter that
 * is not valid YAML, text that is not valid UTF-8). Reported under the rule id
 * {@value #RULE_ID} (an engine rule, {@code org.cxlint.core.EngineRules}).
 */
public record Problem(String message, Span span) {
  public static final String RULE_ID = "parse-error";
}

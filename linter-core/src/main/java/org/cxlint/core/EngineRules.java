package org.cxlint.core;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Problem;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * The findings the engine reports itself, as rules with real metadata, so that {@code rules},
 * {@code explain}, SARIF and config treat them like any other: {@value Problem#RULE_ID} (input
 * cxlint cannot read as written) and {@value Suppressions#RULE_ID} (a suppression comment naming
 * an unknown rule). Their {@link Rule#check} does nothing: the parsers and
 * {@link Suppressions} find these problems, and {@link DocumentLinter} reports them when config
 * leaves the rule on for the file, at the configured severity.
 */
public final class EngineRules {
  private EngineRules() {}

  static final Rule PARSE_ERROR = new EngineRule(RuleMeta.builder(Problem.RULE_ID)
      .category(Category.ENGINE)
      .severity(Severity.ERROR)
      .summary("Content cxlint could not read as written: not UTF-8, a binary file, front matter"
          + " that is not YAML.")
      .rationale("What cxlint cannot read, it cannot check, and a browser or a site generator"
          + " may not read it either: text that is not UTF-8 shows as garbage, front matter that"
          + " is not valid YAML stops a Hugo build or loses fields. The message says where and"
          + " what to fix; the rest of the file is still checked where possible. Turning this"
          + " rule off hides the problem, not the damage.")
      .guidance("https://gohugo.io/content-management/front-matter/",
          "https://www.w3.org/International/questions/qa-choosing-encodings")
      .examples("---\ntitle: \"Apply for a grant\n---\n", "---\ntitle: \"Apply for a grant\"\n---\n")
      .build());

  static final Rule INVALID_SUPPRESSION = new EngineRule(RuleMeta.builder(Suppressions.RULE_ID)
      .category(Category.ENGINE)
      .severity(Severity.WARNING)
      .summary("A cxlint-disable comment names a rule that does not exist.")
      .rationale("A typo in <!-- cxlint-disable-next-line plain-wrds --> would otherwise suppress"
          + " nothing without anyone noticing. Use an id from \"cxlint rules\"; the message"
          + " suggests the closest one.")
      .examples("<!-- cxlint-disable-next-line plain-wrds -->\nPlease utilize the form.\n",
          "<!-- cxlint-disable-next-line plain-words -->\nPlease utilize the form.\n")
      .build());

  /** Both engine rules, in id order. */
  public static List<Rule> all() {
    return List.of(INVALID_SUPPRESSION, PARSE_ERROR);
  }

  /** Whether {@code id} names an engine rule. */
  public static boolean isEngineRule(String id) {
    return id.equals(Problem.RULE_ID) || id.equals(Suppressions.RULE_ID);
  }

  /**
   * A plain class, not a record: equality is identity, and a record's generated equals would cost
   * a one-file run's start-up some 5 ms of method-handle spinning (the registry asks
   * {@code contains} of it once).
   */
  private static final class EngineRule implements Rule {
    private final RuleMeta meta;

    EngineRule(RuleMeta meta) {
      this.meta = meta;
    }

    @Override
    public RuleMeta meta() {
      return meta;
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      // reported by the engine (see the class comment)
    }
  }
}

package org.cxlint.rules.language;

import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class ShallRuleTest {
  private final RuleTester tester = RuleTester.of(new ShallRule());

  @Test
  void shallAndShallNot() {
    tester
        .invalid("a.txt", "Applicants shall submit the form.",
            Expect.at(1, 12, "“shall” is ambiguous").endColumn(17).suggestion("must"))
        .invalid("a.txt", "Late forms shall not be accepted.",
            Expect.at(1, 12, "“shall not”").endColumn(21).suggestion("must not"))
        .invalid("a.txt", "Shall the agency act?", Expect.at(1, 1, "“must not” for a prohibition")
            .suggestion("Must"));
  }

  @Test
  void aMentionOrAnOfferIsNoRequirement() {
    tester
        .valid("a.txt", "Replace “shall” with “must”.")
        .valid("a.txt", "Shall we meet on Monday?")
        .valid("a.txt", "The marshall arrived.");
  }

  @Test
  void quotedWordsAreSomeoneElses() {
    tester
        .valid("a.txt", "By Executive Order, \"it is the policy of the United States that agencies"
            + " shall recognize two sexes\" and more.")
        .valid("a.txt", "The clause says the contractor “shall comply with Section 508” in full.")
        .invalid("a.txt", "“Done,” she said. The contractor shall comply.",
            Expect.at(1, 34, "“shall” is ambiguous"));
  }

  @Test
  void mustAndWillAreSuggestionsNeverFixes() {
    RuleTester t = RuleTester.of(new ShallRule());
    t.fixes("a.txt", "Applicants shall submit the form.", "Applicants shall submit the form.")
        .suggests("a.txt", "Applicants shall submit the form.", "Applicants must submit the form.")
        .suggests("a.txt", "Shall not be late.", "Must not be late.");
    var f = t.findings("a.txt", "Late forms shall not be accepted.").get(0);
    org.assertj.core.api.Assertions.assertThat(f.fixes())
        .extracting(x -> x.edits().get(0).replacement()).containsExactly("must not", "will not");
  }
}

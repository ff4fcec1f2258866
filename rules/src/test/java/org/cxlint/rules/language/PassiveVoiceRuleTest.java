package org.cxlint.rules.language;

import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class PassiveVoiceRuleTest {
  private final RuleTester tester = RuleTester.of(new PassiveVoiceRule());

  @Test
  void beAdverbsParticipleAndBy() {
    tester
        .invalid("a.txt", "The form was reviewed by our staff.",
            Expect.at(1, 10, "“was reviewed by” is passive voice").endColumn(25)
                .severity(Severity.INFO))
        .invalid("a.txt", "Forms are often rejected.", Expect.at(1, 7, "“are often rejected”"))
        .invalid("a.txt", "It must be written clearly.", Expect.at(1, 9, "“be written”"))
        .invalid("a.txt", "The page is being updated.", Expect.at(1, 10, "“is being updated”"))
        .invalid("a.txt", "Her claim got approved.", Expect.at(1, 11, "“got approved”"));
  }

  @Test
  void statesAndIdiomsAreNotPassive() {
    tester
        .valid("a.txt", "The office is located downtown.")
        .valid("a.txt", "If a storm is headed your way, leave now.")
        .valid("a.txt", "We are interested in your views.")
        .valid("a.txt", "Get started today.")
        .valid("a.txt", "There are limited seats.")
        .valid("a.txt", "It is red and the need is real.")
        .valid("a.txt", "The team reviewed the form.")
        .invalid("a.txt", "The office is located by the staff.", Expect.at(1, 12, "“is located by”"));
  }

  @Test
  void theTaggerOptionSkipsAParticipleUsedAsAnAdjectiveBeforeANoun() {
    tester.invalid("a.txt", "The sessions were semi-structured interviews.",
        Expect.at(1, 14, "“were semi-structured”"));
    tester.options(java.util.Map.of("partOfSpeech", true))
        .valid("a.txt", "The sessions were semi-structured interviews.")
        .invalid("a.txt", "The files are attached to the email.", Expect.at(1, 11, "“are attached”"));
  }

  @Test
  void shortParticiplesAndDone() {
    tester
        .invalid("a.txt", "This icon is used on every page.", Expect.at(1, 11, "“is used”"))
        .invalid("a.txt", "Tokens can be used anywhere.", Expect.at(1, 12, "“be used”"))
        .invalid("a.txt", "Colors are used for state.", Expect.at(1, 8, "“are used”"))
        .invalid("a.txt", "Testing is done every sprint.", Expect.at(1, 9, "“is done”"))
        .valid("a.txt", "The seeds are seed stock.");
  }
}

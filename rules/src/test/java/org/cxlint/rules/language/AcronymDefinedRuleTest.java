package org.cxlint.rules.language;

import java.util.List;
import java.util.Map;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class AcronymDefinedRuleTest {
  private final RuleTester tester = RuleTester.of(new AcronymDefinedRule());

  @Test
  void definedAtFirstUseInEitherOrder() {
    tester
        .valid("a.txt", "The General Services Administration (GSA) runs it. GSA also pays.")
        .valid("a.txt", "GSA (General Services Administration) runs it. GSA also pays.")
        .valid("a.txt", "Customer Experience (CX) matters. Good CX pays.")
        .valid("a.txt", "The Cloud and Infrastructure Community of Practice (C&I CoP) meets.")
        .valid("a.txt", "How World Wide Web Consortium (W3C) rules apply. W3C says so.")
        .valid("a.txt", "BIA — Bureau of Indian Affairs. BIA helps.")
        .valid("a.txt", "It is identity, credential, and access management, or ICAM. ICAM helps.")
        .valid("a.txt", "The Content Standard for Digital Geospatial Metadata ( CSDGM ) is old.");
  }

  @Test
  void usedBeforeItIsSpelledOutOncePerAcronym() {
    tester.invalid("a.txt", "Ask GSA. GSA helps.\n\nThe General Services Administration (GSA) is big.",
        Expect.at(1, 5, "“GSA” is used before it is spelled out on line 3")
            .endColumn(8).suggestion("General Services Administration (GSA)"));
  }

  @Test
  void neverSpelledOutIncludingPlurals() {
    tester
        .invalid("a.txt", "Our APIs are open. The API is free.",
            Expect.at(1, 5, "“APIs” is not spelled out on this page").endColumn(9))
        .invalid("a.txt", "Plans for FY2024 are due.", Expect.at(1, 11, "“FY2024”"));
  }

  @Test
  void anExpansionMustSpellTheInitials() {
    tester.invalid("a.txt", "The latest report (GSA) is out.",
        Expect.at(1, 20, "“GSA” is not spelled out"));
  }

  @Test
  void knownWordsNumeralsShoutingAndNamesAreSkipped() {
    tester
        .valid("a.txt", "Download the PDF from the URL. See the FAQ.")
        .valid("a.txt", "Read Part IV and Title VII.")
        .valid("a.txt", "DO NOT SEND CASH. NOTE: forms close soon.")
        .valid("a.txt", "Visit USA.gov or HHS.gov on GitHub.")
        .valid("a.txt", "She lives in Front Royal, VA with her family.")
        .valid("a.txt", "The four “POUR” principles follow.")
        .valid("a.txt", "Ask about it at 2 PM ET.")
        .valid("a.txt", "File Form DS-11 at 1800 F Street NW to meet Level AA.")
        .valid("a.txt", "SOCIAL: most shares.")
        .valid("a.txt", "FACT SHEET: Putting the Public First")
        .valid("a.txt", "The 21st Century Integrated Digital Experience Act (21st Century IDEA) passed.")
        .valid("a.txt", "Here is how you JOIN us. Please join today.")
        .valid("a.txt", "She works at KBR Inc. and has a JD and an MBA. Watch AJ+ now.")
        .valid("a.txt", "Read the Citizen Service Levels Interagency Committee CSLIC report.");
  }

  @Test
  void allowOption() {
    tester.options(Map.of("allow", List.of("USWDS")))
        .valid("a.txt", "Use USWDS components.");
  }
}

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

  @Test
  void definitionsWithALeadInOrAShortenedName() {
    tester
        .valid("a.txt", "It is information and communications technology (known as ICT). ICT helps.")
        .valid("a.txt", "Use a virtual private network (or VPN). A VPN is safe.")
        .valid("a.txt", "They engage with the National Archives (NARA). NARA keeps records.")
        .valid("a.txt", "The National Archives (NARA) keeps records. NARA is old.")
        .valid("a.txt", "Visit the National Archives (NARA) today.")
        .valid("a.txt", "FDA: Food and Drug Administration\n\nThe FDA approves drugs.")
        .invalid("a.txt", "It helps Human Health (see HHS guidance).", Expect.at(1, 28, "“HHS”"))
        .invalid("a.txt", "They engage with the Archives (NARA).",
            Expect.at(1, 32, "“NARA” is not spelled out"))
        .invalid("a.txt", "See the Public Archives (NARA).",
            Expect.at(1, 26, "“NARA” is not spelled out"));
  }

  @Test
  void namesInCapitalsCodesLawsAndPronunciationsAreNotAcronyms() {
    tester
        .valid("a.txt", "STEPHEN WINCHELL")
        .valid("a.txt", "RANA SAAD")
        .valid("a.txt", "SEC. 2. SHORT TITLE.")
        .invalid("a.txt", "HUD-VASH", Expect.at(1, 1, "“HUD”"), Expect.at(1, 5, "“VASH”"))
        .invalid("a.txt", "U.S. EPA", Expect.at(1, 6, "“EPA”"))
        .valid("a.txt", "Hebrew [HE] and Hungarian [HU]")
        .valid("a.txt", "Under the America COMPETES Act, agencies may run prizes.")
        .valid("a.txt", "The CHIPS Act funds plants.")
        .valid("a.txt", "It follows the DOTGOV Online Trust in Government Act of 2020.")
        .valid("a.txt", "**MK: Is there anything we could do?")
        .valid("a.txt", "Meet Meghan O'Meara (pronounced MEE-gan OH MAIR-ah) today.")
        .valid("a.txt", "He served in WWII and joined the NFL.")
        .invalid("a.txt", "STEPHEN WINCHELL\n\nHe leads the PIF program.",
            Expect.at(3, 14, "“PIF”"))
        .invalid("a.txt", "Agencies use the [API] daily.", Expect.at(1, 19, "“API”"))
        .invalid("a.txt", "The CHIPS program runs under an Act of 2020.",
            Expect.at(1, 5, "“CHIPS”"))
        .invalid("a.txt", "The CHIPS program (CHIPS) pays.",
            Expect.at(1, 5, "“CHIPS”"));
  }

  @Test
  void longWordsInCapitalsTableCodesAndPlaceholdersAreSkipped() {
    tester
        .valid("a.txt", "The Department of Homeland Security (DHS) runs EINSTEIN.")
        .valid("a.md", "| Code | Family |\n|---|---|\n| AC | Access Control |\n")
        .valid("a.txt", "Write lists of the top 10 ways to XYZ or the best resources for ABC.")
        .valid("a.txt", "Test with JAWS and NVDA.")
        // Long initialisms are not in the dictionary; short words said as words still count.
        .invalid("a.txt", "Protect it with DNSSEC.", Expect.at(1, 17, "“DNSSEC”"))
        .invalid("a.txt", "Apply to DARPA today.", Expect.at(1, 10, "“DARPA”"))
        .invalid("a.md", "| Code | Family |\n|---|---|\n| AC | The AC family |\n",
            Expect.at(3, 12, "“AC”"));
  }

  @Test
  void glossaryLinesLongSingleWordsAndDateFormats() {
    tester
        .valid("a.txt", "FDA = Food and Drug Administration")
        .valid("a.txt", "FDA: Food and Drug Administration")
        .valid("a.txt", "It measures electromyography (EMG) and more. EMG helps.")
        .valid("a.txt", "Dates go day, month, year (DDMMYYYY).")
        .valid("a.txt", "See 44 USC 101 and 41 CFR Part 102-173.")
        .valid("a.txt", "It is based on Extensible Markup Language (XML). XML is text.")
        .valid("a.txt", "It is called the Voting System for All People or VSAP. VSAP works.")
        .valid("a.txt", "WYSIWYG (pronounced: Whizzy-wig) — What You See Is What You Get")
        .valid("a.txt", "Write to FEMA-ESF15-Coordination@fema.dhs.gov today.")
        .valid("a.txt", "Find ESL resources (English as a Second Language) here.")
        .valid("a.txt", "The API (application programming interface) takes GET, POST, PUT and DELETE.")
        .invalid("a.txt", "Ask the agency or GSA.", Expect.at(1, 19, "“GSA”"))
        .valid("a.txt", "DON’T include your case number. WE’LL call you.")
        .invalid("a.txt", "The GSA’s team helps.", Expect.at(1, 5, "“GSA”"))
        .invalid("a.txt", "The CFR lists rules.", Expect.at(1, 5, "“CFR”"))
        .invalid("a.txt", "Use the Export (EXP) button.", Expect.at(1, 17, "“EXP”"))
        .invalid("a.txt", "Ask FDA: it approves drugs.", Expect.at(1, 5, "“FDA”"));
  }

  @Test
  void licenceNamesAreNames() {
    tester.valid("a.txt", "This work is dedicated to the public domain under CC0.");
  }

  @Test
  void spanishConventions() {
    tester.fixture("org/cxlint/rules/language/acronym-defined-es.html");
    // English prose keeps the rule as it was: "EE" there is an acronym like any other.
    org.assertj.core.api.Assertions.assertThat(
        AcronymDefinedRule.spanishPluralAbbreviation("EE. UU.", 0, 2)).isTrue();
    org.assertj.core.api.Assertions.assertThat(
        AcronymDefinedRule.spanishPluralAbbreviation("EPA.", 0, 3)).isFalse();
    org.assertj.core.api.Assertions.assertThat(
        AcronymDefinedRule.spanishPluralAbbreviation("the EE program", 4, 6)).isFalse();
  }

  @Test
  void theExpansionAtFirstUseIsASuggestion() {
    RuleTester t = RuleTester.of(new AcronymDefinedRule());
    String before = "Join DAP today. The Digital Analytics Program (DAP) helps agencies.";
    t.fixes("a.txt", before, before)
        .suggests("a.txt", before,
            "Join Digital Analytics Program (DAP) today. The Digital Analytics Program (DAP) helps agencies.");
  }
}

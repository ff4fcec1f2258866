package org.cxlint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class LinkTextRuleTest {
  private final RuleTester tester = RuleTester.of(new LinkTextRule());

  @Test
  void descriptiveTextIsFine() {
    tester
        .valid("a.md", "See the [list of grant programs](https://www.grants.gov/programs).")
        .valid("a.md", "[Learn more about accessibility](https://digital.gov/topics/accessibility/)")
        .valid("a.md", "[USA.gov](https://www.usa.gov/) answers questions.")
        .valid("a.md", "[Here is the plan](https://x.gov/plan)")
        .valid("a.html", "<a href=\"/grants\">Grant programs</a>")
        .valid("a.html", "<a href=\"/grants\" aria-label=\"Read more about grant programs\">Read more</a>")
        .valid("a.html", "<a href=\"/g\">Read more<span class=\"usa-sr-only\"> about grants</span></a>");
  }

  @Test
  void reportsVagueTextAfterNormalising() {
    tester
        .invalid("a.md", "To apply, [click here](https://www.grants.gov/apply).",
            Expect.at(1, 12, "Link text “click here” does not say where the link goes")
                .endColumn(22).suggestion("name the destination"))
        .invalid("a.md", "[Learn more.](https://x.gov/a)", Expect.at(1, 2, "“Learn more.”"))
        .invalid("a.md", "[learn  more](https://x.gov/a)", Expect.at(1, 2, "does not say where"))
        .invalid("a.md", "[**Read More »**](https://x.gov/a)", Expect.line(1, "does not say where"))
        .invalid("a.md", "Details are [here](https://x.gov/a) and [HERE!](https://x.gov/b)",
            Expect.at(1, 14, "“here”"), Expect.at(1, 42, "“HERE!”"))
        .invalid("a.html", "<p>For the form, <a href=\"/f\">click this link</a>.</p>",
            Expect.at(1, 31, "“click this link”"))
        .invalid("a.html", "<a href=\"/f\" title=\"Grant application form\">More</a>",
            Expect.line(1, "“More”").suggestion("“Grant application form”"));
  }

  @Test
  void reportsAUrlUsedAsText() {
    tester
        .invalid("a.md", "[https://www.section508.gov/test/](https://www.section508.gov/test/)",
            Expect.at(1, 2, "is a web address"))
        .invalid("a.html", "<a href=\"https://x.gov\">www.x.gov</a>", Expect.line(1, "web address"))
        .invalid("a.md", "See <https://www.section508.gov/test/>.", Expect.at(1, 6, "web address"))
        .valid("a.md", "Slides: https://www.section508.gov/test/ and www.section508.gov");
    tester.options(Map.of("bareUrls", true))
        .invalid("a.md", "Slides: https://www.section508.gov/test/",
            Expect.at(1, 9, "web address"));
    tester.options(Map.of("urls", false))
        .valid("a.md", "[https://x.gov/a](https://x.gov/a)");
  }

  @Test
  void hugoShortcodeLabels() {
    tester.invalid("a.md", "{{< asset-static file=\"r.pdf\" label=\"Click here\" >}}",
        Expect.line(1, "“Click here”"));
  }

  @Test
  void theListCanBeExtendedAndTrimmed() {
    tester.options(Map.of("phrases", List.of("Apply now!")))
        .invalid("a.md", "[Apply now](https://x.gov/apply)", Expect.line(1, "“Apply now”"));
    tester.options(Map.of("allow", List.of("More")))
        .valid("a.md", "[More](https://x.gov/more)");
  }

  @Test
  void normalisesCasePunctuationAndSpace() {
    assertThat(LinkWording.normalize("  Learn   More… ")).isEqualTo("learn more");
    assertThat(LinkWording.normalize("“Click here!”")).isEqualTo("click here");
    assertThat(LinkWording.normalize("What’s new")).isEqualTo("whats new");
    assertThat(LinkWording.normalize("Visit USA.gov en Español")).isEqualTo("visit usa.gov en espanol");
    assertThat(LinkWording.normalize("Budget & Performance")).isEqualTo("budget and performance");
    assertThat(LinkTextRule.PHRASES).contains("click here", "here", "read more", "learn more",
        "more", "more info", "more information", "see more", "link", "this link", "this page",
        "go", "start", "click this");
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/links/link-text.md");
  }

  @Test
  void spanishProseGetsTheSpanishPhrases() {
    tester.fixture("org/cxlint/rules/links/link-text-es.html");
  }
}

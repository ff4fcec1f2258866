package org.cxlint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class LinkSameTextRuleTest {
  private final RuleTester tester = RuleTester.of(new LinkSameTextRule());

  @Test
  void sameTextSamePlaceIsFine() {
    tester
        .valid("a.md", "[Apply](https://x.gov/apply) now or [apply](https://x.gov/apply/) later.")
        .valid("a.md", "[Apply](http://www.x.gov/apply) or [Apply](https://x.gov/apply?utm_source=news)")
        .valid("a.md", "[Apply for a loan](https://sba.gov/a) or [Apply for a job](https://usajobs.gov/a)")
        .valid("a.md", "[here](https://x.gov/a) and [here](https://x.gov/b)")
        .valid("a.html", "<a href=\"/a/index.html\">Home</a> <a href=\"/a/\">Home</a>");
  }

  @Test
  void reportsTheSecondAndLaterOccurrencesNamingTheFirst() {
    tester.invalid("a.md",
        "- [Apply](https://www.sba.gov/loans/apply) for a loan\n"
            + "- [Apply](https://www.usajobs.gov/apply) for a job\n"
            + "- [apply.](https://www.sba.gov/loans/apply) again\n"
            + "- [APPLY](https://www.grants.gov/apply)",
        Expect.at(2, 4, "“Apply” is also used on line 1 for https://www.sba.gov/loans/apply,"
            + " but here it goes to https://www.usajobs.gov/apply"),
        Expect.at(4, 4, "also used on line 1"));
    tester.invalid("a.html",
        "<ul>\n<li><a href=\"#part-1\">Schedule</a></li>\n<li><a href=\"#part-2\">Schedule</a></li>\n</ul>",
        Expect.at(3, 23, "“Schedule” is also used on line 2 for #part-1, but here it goes to #part-2"));
  }

  @Test
  void destinationsCompareWithoutSchemeWwwSlashAndTracking() {
    assertThat(LinkSameTextRule.sameDestination("http://www.X.gov/a/", "https://x.gov/a")).isTrue();
    assertThat(LinkSameTextRule.sameDestination("/a/index.html", "/a")).isTrue();
    assertThat(LinkSameTextRule.sameDestination("/a#", "/a")).isTrue();
    assertThat(LinkSameTextRule.sameDestination("/a#one", "/a#two")).isFalse();
    assertThat(LinkSameTextRule.sameDestination("/a?id=1", "/a?id=2")).isFalse();
    assertThat(LinkSameTextRule.sameDestination("/A", "/a")).isFalse();
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/links/link-same-text.md");
  }
}

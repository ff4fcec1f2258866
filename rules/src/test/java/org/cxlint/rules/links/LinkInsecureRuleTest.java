package org.cxlint.rules.links;

import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class LinkInsecureRuleTest {
  private final RuleTester tester = RuleTester.of(new LinkInsecureRule());

  @Test
  void httpsLocalAndExampleHostsAreFine() {
    tester
        .valid("a.md", "[A](https://www.usability.gov/a) [B](/relative) [C](//x.gov/c)")
        .valid("a.md", "[A](http://localhost:8080/a) [B](http://127.0.0.1/) [C](http://192.168.1.4/)")
        .valid("a.md", "[A](http://example.com/a) [B](http://site.test/) [C](http://intranet.local/)")
        .valid("a.html", "<a href=\"https://x.gov\">X</a>");
  }

  @Test
  void reportsHttpAsInfoWithTheHttpsAddress() {
    tester.invalid("a.md",
        "- [Task Analysis](http://www.usability.gov/how-to/task-analysis.html) &#8211; Usability.gov",
        Expect.at(1, 19, "The link to www.usability.gov uses http://").severity(Severity.INFO)
            .suggestion("https://www.usability.gov/how-to/task-analysis.html"));
    tester.invalid("a.html", "<a href=\"HTTP://X.gov/a\">X</a>", Expect.line(1, "x.gov"));
  }

  @Test
  void allowHosts() {
    tester.options(Map.of("allowHosts", List.of("old.x.gov", "*.legacy.gov")))
        .valid("a.md", "[A](http://old.x.gov/a) [B](http://www.legacy.gov/) [C](http://legacy.gov/)")
        .invalid("a.md", "[A](http://new.x.gov/a)", Expect.line(1, "new.x.gov"));
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/links/link-insecure.md");
  }

  @Test
  void httpsHostsAreFixedOthersAreSuggested() {
    RuleTester listed = tester.options(Map.of("httpsHosts", List.of("www.usability.gov", "*.gsa.gov")));
    listed
        .fixes("a.md", "[A](http://www.usability.gov/a?b=http://c) [B](http://old.example.gov/)",
            "[A](https://www.usability.gov/a?b=http://c) [B](http://old.example.gov/)")
        .fixes("a.md", "<http://www.usability.gov/x>", "<https://www.usability.gov/x>")
        .fixes("a.html", "<a href=\"HTTP://news.gsa.gov/x\">N</a>",
            "<a href=\"https://news.gsa.gov/x\">N</a>");
    tester
        .fixes("a.md", "[A](http://www.usability.gov/a)", "[A](http://www.usability.gov/a)")
        .suggests("a.md", "[A](http://www.usability.gov/a)", "[A](https://www.usability.gov/a)");
  }
}

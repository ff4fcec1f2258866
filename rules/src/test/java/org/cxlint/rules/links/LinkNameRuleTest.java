package org.cxlint.rules.links;

import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class LinkNameRuleTest {
  private final RuleTester t = RuleTester.of(new LinkNameRule());

  @Test
  void htmlLinks() {
    t.valid("a.html", "<a href=\"/apply\">Apply for benefits</a>")
        .valid("a.html", "<a href=\"/\"><img src=\"logo.png\" alt=\"USAGov home\"></a>")
        .valid("a.html", "<a href=\"/\" aria-label=\"Home\"><svg aria-hidden=\"true\"></svg></a>")
        .valid("a.html", "<a href=\"/\" title=\"Home\"><img src=\"l.png\" alt=\"\"></a>")
        .valid("a.html", "<a href=\"/x\" aria-labelledby=\"l\"></a><span id=\"l\">Label</span>")
        .valid("a.html", "<a name=\"top\"></a>")
        .valid("a.html", "<a href=\"/x\" aria-hidden=\"true\"></a>")
        .invalid("a.html", "<p>Go <a href=\"/apply\"></a></p>", Expect.at(1, 7, "to “/apply” has no name"))
        .invalid("a.html", "<a href=\"/\"><img src=\"logo.png\"></a>",
            Expect.at(1, 1, "holds only an image"))
        .invalid("a.html", "<a href=\"/\" aria-label=\" \"><img src=\"l.png\" alt=\"\"></a>",
            Expect.at(1, 1, "has no name"))
        .invalid("a.html", "<a href=\"/\" aria-labelledby=\"missing\"><i class=\"icon\"></i></a>",
            Expect.at(1, 1, "has no name"))
        .invalid("a.html", "<span role=\"link\" tabindex=\"0\"></span>", Expect.at(1, 1, "has no name"));
  }
}

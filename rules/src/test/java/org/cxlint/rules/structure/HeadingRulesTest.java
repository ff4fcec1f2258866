package org.cxlint.rules.structure;

import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class HeadingRulesTest {
  @Test
  void headingOrderInHtml() {
    RuleTester.of(new HeadingOrderRule())
        .valid("a.html", "<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2><h4 hidden>x</h4>")
        .valid("a.html", "<h2>Starts at two</h2><h3>C</h3><h1>Back up</h1><h2>E</h2>")
        .invalid("a.html", "<h1>A</h1>\n<h2>B</h2>\n<h4>C</h4>\n<h2>D</h2>\n<div role=\"heading\" aria-level=\"5\">E</div>",
            Expect.at(3, 1, "jumps from h2 to h4, skipping h3").suggestion("h3"),
            Expect.at(5, 1, "jumps from h2 to h5"));
  }

  @Test
  void headingEmptyInHtml() {
    RuleTester.of(new HeadingEmptyRule())
        .valid("a.html", "<h1>ACT rules</h1><h2><img src=\"x.png\" alt=\"Logo text\"></h2>")
        .valid("a.html", "<h1 aria-hidden=\"true\"></h1>")
        .valid("a.html", "<span id=\"n\" hidden>Name</span><h1 aria-labelledby=\"n\">Visible</h1>")
        .invalid("a.html", "<h1>Title</h1>\n<h2><img src=\"x.png\" alt=\"\"></h2>",
            Expect.at(2, 1, "level 2 heading has no text"))
        .invalid("a.html", "<h3><span aria-hidden=\"true\">Text</span></h3>", Expect.at(1, 1, "no text"))
        .invalid("a.html", "<h1><br></h1>", Expect.at(1, 1, "no text"))
        .invalid("a.html", "<h1 aria-label=\"\" role=\"none\"><span aria-hidden=\"true\">x</span></h1>",
            Expect.at(1, 1, "no text"));
  }

  @Test
  void headingH1InHtml() {
    RuleTester.of(new HeadingH1Rule())
        .valid("a.html", "<!DOCTYPE html><html><body><h1>One</h1><h2>Two</h2></body></html>")
        .valid("a.html", "<div><h2>A partial template has no h1</h2></div>")
        .invalid("a.html", "<!DOCTYPE html>\n<html><body><h2>Two</h2></body></html>",
            Expect.at(1, 1, "no h1"))
        .invalid("a.html", "<html><body>\n<h1>One</h1>\n<h1>Two</h1></body></html>",
            Expect.at(3, 1, "already has an h1 (“One”)"));
  }

  @Test
  void headingOrderSuggestsTheLevelItSkipped() {
    RuleTester t = RuleTester.of(new HeadingOrderRule());
    t.fixes("a.md", "# A\n\n#### B\n", "# A\n\n#### B\n")
        .suggests("a.md", "# A\n\n#### B\n", "# A\n\n## B\n")
        .suggests("a.md", "# A\n\n  ### B ###\n", "# A\n\n  ## B ###\n")
        .suggests("a.html", "<h1>A</h1><H4 class=\"x\">B</H4>", "<h1>A</h1><h2 class=\"x\">B</h2>");
  }
}

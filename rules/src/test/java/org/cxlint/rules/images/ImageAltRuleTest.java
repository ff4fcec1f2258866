package org.cxlint.rules.images;

import java.util.Map;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class ImageAltRuleTest {
  private final RuleTester t = RuleTester.of(new ImageAltRule());

  @Test
  void htmlImages() {
    t.valid("a.html", "<p><img src=\"seal.png\" alt=\"Seal of the Department of Labor\"></p>")
        .valid("a.html", "<img src=\"rule.png\" alt=\"\">")
        .valid("a.html", "<img src=\"rule.png\" role=\"presentation\">")
        .valid("a.html", "<img src=\"x.png\" aria-hidden=\"true\">")
        .valid("a.html", "<img src=\"x.png\" title=\"Agency seal\">")
        .invalid("a.html", "<p>\n  <img src=\"seal.png\"></p>",
            Expect.at(2, 3, "has no alt text").endColumn(23).severity(Severity.ERROR))
        .invalid("a.html", "<img src=\"seal.png\" alt=\" \">", Expect.at(1, 1, "no alt text"))
        .invalid("a.html", "<img src=\"seal.png\" role=\"none\" tabindex=\"0\">",
            Expect.at(1, 1, "no alt text"));
  }

  @Test
  void otherImageKinds() {
    t.valid("a.html", "<input type=\"image\" src=\"go.png\" alt=\"Search\">")
        .invalid("a.html", "<input type=\"image\" src=\"go.png\">", Expect.at(1, 1, "Image button"))
        .invalid("a.html", "<map name=m><area href=\"/a\" shape=rect coords=\"0,0,1,1\"></map>",
            Expect.at(1, 13, "Image map area"))
        .valid("a.html", "<div role=\"img\" aria-label=\"Chart of wait times\"></div>")
        .invalid("a.html", "<div role=\"img\"></div>", Expect.at(1, 1, "role=\"img\""))
        .valid("a.html", "<svg role=\"img\"><title>Two circles</title><circle r=\"4\"/></svg>")
        .invalid("a.html", "<svg role=\"img\"><text>Two circles</text></svg>",
            Expect.at(1, 1, "SVG graphic"))
        .valid("a.html", "<svg><circle r=\"4\"/></svg>");
  }

  @Test
  void altTextQuality() {
    t.invalid("a.html", "<img src=\"a.png\" alt=\"IMG_2041.JPG\">",
            Expect.at(1, 1, "is a file name").severity(Severity.WARNING))
        .invalid("a.html", "<img src=\"a.png\" alt=\"Image\">", Expect.at(1, 1, "only says"))
        .invalid("a.html", "<img src=\"a.png\" alt=\"TODO\">", Expect.at(1, 1, "placeholder"))
        .invalid("a.html", "<img src=\"a.png\" alt=\"Image of a family at a benefits office\">",
            Expect.at(1, 1, "starts with “Image of”").suggestion("“A family at a benefits office”"))
        .invalid("a.html", "<img src=\"a.png\" alt=\"" + "word ".repeat(40) + "\">",
            Expect.at(1, 1, "characters long (limit 150)"))
        .valid("a.html", "<img src=\"a.png\" alt=\"W3C logo\">")
        .valid("a.html", "<img src=\"a.png\" alt=\"The Grand Canyon at sunset\">");
    RuleTester.of(new ImageAltRule()).options(Map.of("maxLength", 10))
        .invalid("a.html", "<img src=\"a.png\" alt=\"A long description\">",
            Expect.at(1, 1, "limit 10"));
  }
}

package org.cxlint.rules.links;

import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class LinkMalformedRuleTest {
  private final RuleTester tester = RuleTester.of(new LinkMalformedRule());

  @Test
  void wellFormedAddresses() {
    tester
        .valid("a.md", "[Glossary](https://www.dhs.gov/cx/glossary)")
        .valid("a.md", "[Top](#top) [Up](../index.md) [Mail](mailto:cx@gsa.gov) [Call](tel:+18448724681)")
        .valid("a.md", "[Page]({{< ref \"/resources/x.md\" >}})")
        .valid("a.md", "<https://www.dhs.gov/cx>")
        .valid("a.md", "[HTTPS FAQ](https://https.cio.gov/faq/) [H](http://httpd.apache.org/)")
        .valid("a.md", "[DAP]({{< link \"/dap/\" >}} \"Digital Analytics Program\")")
        .valid("a.html", "<a href=\" https://x.gov/a \">A</a> <a name=\"x\">anchor</a>")
        .valid("a.html", "<a href=\"#\">Menu</a>")
        .valid("a.html", "<a href=\"tel: 18774872778\">1-877-487-2778</a>");
  }

  @Test
  void nestedMarkdownInTheAddress() {
    tester.invalid("a.md", "- [DHS CX Glossary]([url](https://www.dhs.gov/cx/glossary))",
        Expect.at(1, 21, "has Markdown inside its address")
            .severity(Severity.ERROR)
            .suggestion("Use the address alone: https://www.dhs.gov/cx/glossary"));
  }

  @Test
  void emptyPlaceholderAndSpaces() {
    tester
        .invalid("a.md", "[Glossary]()", Expect.at(1, 1, "has no address"))
        .invalid("a.md", "[Glossary](#)", Expect.at(1, 12, "placeholder"))
        .invalid("a.html", "<a href=\"/files/my plan.pdf?x=a b\">Plan</a>",
            Expect.line(1, "has a space in its address").suggestion("/files/my%20plan.pdf"))
        .invalid("a.html", "<a href=\"\">Glossary</a>", Expect.line(1, "empty href"))
        .invalid("a.html", "<a href=\"https://x.gov/a b\">Glossary</a>", Expect.line(1, "space"))
        .invalid("a.html", "<a href=\"”https://x.gov/a”\">Glossary</a>",
            Expect.line(1, "quotation marks"));
  }

  @Test
  void schemeTypos() {
    tester
        .invalid("a.md", "[A](http//x.gov/a)", Expect.at(1, 5, "is missing the colon after “http”")
            .suggestion("http://x.gov/a"))
        .invalid("a.md", "[A](https:/x.gov/a)", Expect.line(1, "has one slash after “https”")
            .suggestion("https://x.gov/a"))
        .invalid("a.md", "[A](https:///x.gov)", Expect.line(1, "too many slashes"))
        .invalid("a.md", "[A](htps://x.gov)", Expect.line(1, "misspelled scheme “htps”")
            .suggestion("https://x.gov"))
        .invalid("a.md", "[A](https://https://x.gov)", Expect.line(1, "repeats “https”")
            .suggestion("https://x.gov"))
        .invalid("a.md", "[A](http://http//x.gov)", Expect.line(1, "repeats “http”"))
        .invalid("a.md", "[A](https://)", Expect.line(1, "has no site name"))
        .invalid("a.md", "[A](www.section508.gov)", Expect.line(1, "has no “https://”")
            .suggestion("https://www.section508.gov"))
        .invalid("a.md", "[A](digital.gov/resources/)", Expect.line(1, "has no “https://”"))
        .invalid("a.md", "[A](file:///C:/Users/me/plan.docx)", Expect.line(1, "file on a computer"))
        .invalid("a.md", "[Write us](mailto:)", Expect.line(1, "without an email address"));
  }

  @Test
  void javascriptIsAWarning() {
    tester.invalid("a.html", "<a href=\"javascript:void(0)\">Menu</a>",
        Expect.line(1, "runs a script").severity(Severity.WARNING));
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/links/link-malformed.md");
  }
}

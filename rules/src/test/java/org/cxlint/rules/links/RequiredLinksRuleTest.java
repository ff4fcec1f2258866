package org.cxlint.rules.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class RequiredLinksRuleTest {
  private final RuleTester tester = RuleTester.of(new RequiredLinksRule());

  /** A footer with every required link, in digital.gov's suggested wording. */
  static final String DIGITAL_GOV_FOOTER = "<footer>"
      + "<a href=\"/about\">About us</a> <a href=\"/accessibility\">Accessibility statement</a>"
      + " <a href=\"/budget\">Budget and Performance</a> <a href=\"/foia\">FOIA</a>"
      + " <a href=\"/eeo\">No FEAR Act Data</a> <a href=\"https://oig.x.gov\">Office of the"
      + " Inspector General</a> <a href=\"/privacy\">Privacy Policy</a>"
      + " <a href=\"/vdp\">Vulnerability Disclosure Policy</a>"
      + " <a href=\"https://www.usa.gov/\">USA.gov</a></footer>";

  @Test
  void acceptsDigitalGovUswdsAndSpanishWording() {
    tester.valid("a.html", "<html><body>" + DIGITAL_GOV_FOOTER + "</body></html>");
    // USWDS identifier wording; matched by text (the addresses say nothing).
    tester.valid("a.html", "<footer>"
        + "<a href=\"/1\">About GSA</a> <a href=\"/2\">Accessibility support</a>"
        + " <a href=\"/3\">Performance reports</a> <a href=\"/4\">FOIA requests</a>"
        + " <a href=\"/5\">No FEAR Act data</a> <a href=\"/6\">Office of the Inspector General</a>"
        + " <a href=\"/7\">Privacy policy</a> <a href=\"/8\">Vulnerability disclosure policy</a>"
        + " <a href=\"/9\">Looking for U.S. government information and services? Visit USA.gov</a>"
        + "</footer>");
    // USWDS Spanish labels.
    tester.valid("a.html", "<footer>"
        + "<a href=\"/1\">Acerca de GSA</a> <a href=\"/2\">Declaración de accesibilidad</a>"
        + " <a href=\"/3\">Informes de desempeño</a> <a href=\"/4\">Solicitud a través de FOIA</a>"
        + " <a href=\"/5\">Datos de la ley No FEAR</a> <a href=\"/6\">Oficina del Inspector General</a>"
        + " <a href=\"/7\">Política de privacidad</a> <a href=\"/8\">Vulnerability Disclosure Policy</a>"
        + " <a href=\"/9\">¿Necesita información y servicios del Gobierno? Visite USA.gov en Español</a>"
        + "</footer>");
    // Matched by address alone.
    tester.valid("a.html", "<footer>"
        + "<a href=\"/about/\">1</a> <a href=\"/accessibility.html\">2</a>"
        + " <a href=\"/budget-and-performance\">3</a> <a href=\"/foia/index.html\">4</a>"
        + " <a href=\"/no-fear-act\">5</a> <a href=\"https://www.oig.dhs.gov/\">6</a>"
        + " <a href=\"/privacy-policy\">7</a> <a href=\"/vulnerability-disclosure-policy\">8</a>"
        + " <a href=\"https://www.usa.gov/espanol\">9</a></footer>");
  }

  @Test
  void oneFindingPerPageNamingEveryMissingLinkAtTheFooter() {
    tester.invalid("a.html", "<html><body>\n<main><a href=\"/budget\">Budget of the U.S."
            + " Government</a></main>\n<footer><a href=\"/about\">About Us and Site Notices</a>"
            + " <a href=\"privacy\">Privacy</a> <a href=\"https://www.usa.gov/\">USAGov</a></footer>"
            + "</body></html>",
        Expect.at(3, 1, "This page lacks links that every federal website must carry:"
            + " Accessibility statement, Budget and Performance, No FEAR Act data, FOIA,"
            + " Office of the Inspector General and Vulnerability disclosure policy.")
            .suggestion("“FOIA”"));
  }

  @Test
  void whichLinksIsConfigurableAndAgenciesCanAddTheirOwn() {
    tester.options(Map.of("links", List.of("foia")))
        .valid("a.html", "<a href=\"/foia\">FOIA</a>")
        .invalid("a.html", "<a href=\"/x\">Records</a>", Expect.line(1, "must carry: FOIA."));
    tester.options(Map.of("links", List.of(), "extraLinks",
            List.of("Open Government=open government|seg:open")))
        .valid("a.html", "<a href=\"/open\">Data</a>")
        .invalid("a.html", "<a href=\"/x\">Data</a>", Expect.line(1, "Open Government"));
  }

  @Test
  void globScopeChecksOnlyTheNamedPages() {
    RuleTester glob = tester.options(Map.of("scope", "glob", "pages", List.of("index.html")));
    glob.valid("about.html", "<a href=\"/x\">Nothing required here</a>");
    glob.invalid("index.html", "<a href=\"/x\">Home</a>", Expect.line(1, "This page lacks"));
  }

  @Test
  void markdownPagesOnlyWhenAskedFor() {
    tester.valid("a.md", "# A toolkit page\n\nNo footer here.");
    tester.options(Map.of("markdown", true))
        .invalid("a.md", "[FOIA](/foia)", Expect.at(1, 1, "About"));
  }

  @Test
  void siteScopeReportsNothingPerPage() {
    tester.options(Map.of("scope", "site")).valid("a.html", "<a href=\"/x\">Home</a>");
  }

  @Test
  void textPatterns() {
    assertThat(RequiredLink.textPattern("* foia *").matcher("foia requests").matches()).isTrue();
    assertThat(RequiredLink.textPattern("* foia *").matcher("foia").matches()).isTrue();
    assertThat(RequiredLink.textPattern("* foia *").matcher("foias").matches()).isFalse();
    assertThat(RequiredLink.textPattern("about <name>").matcher("about gsa").matches()).isTrue();
    assertThat(RequiredLink.textPattern("about <name>").matcher("about the u.s").matches()).isFalse();
    assertThat(RequiredLink.lastSegment("/about/privacy-policy.html")).isEqualTo("privacy-policy");
    assertThat(RequiredLink.lastSegment("/foia/index.html")).isEqualTo("foia");
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/links/required-links.html");
  }
}

package org.cxlint.rules.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class FileDisclosureRuleTest {
  private final RuleTester tester = RuleTester.of(new FileDisclosureRule());

  @Test
  void acceptsTheDisclosureShapesDigitalGovUses() {
    tester
        .valid("a.md", "[Plan (PDF, 420 KB, 11 pages)](https://x.gov/plan.pdf)")
        .valid("a.md", "[Plan](https://x.gov/plan.pdf) (PDF, 420 KB, 11 pages, May 2020)")
        .valid("a.md", "[Profile](https://x.gov/p.docx) (Word document, 87 KB, 5 pages) – DHS")
        .valid("a.md", "[Deck](https://x.gov/d.pptx) (PowerPoint presentation, 2 MB, 13 slides)")
        .valid("a.md", "[Plan](https://x.gov/p.xlsx) (Excel spreadsheet, 82 KB, 2 tabs)")
        .valid("a.md", "[Guide](https://x.gov/g.PDF?download=1#page=3) (1 MB PDF, 4 pages)")
        .valid("a.md", "[Guide](https://x.gov/g.pdf) [PDF, 18 pages]")
        .valid("a.md", "[Data](https://x.gov/d.csv) (CSV, 12 KB)")
        .valid("a.md", "[Data](https://x.gov/d.xls) (XLS, 40 KB, 3 worksheets)")
        .valid("a.md", "[Guide (Docx, 2.2 MB, 4 pages)](https://x.gov/g.docx)")
        .valid("a.md", "[Guide](https://x.gov/g.pdf) - PDF, 1.2 MB")
        .valid("a.md", "[A page](https://x.gov/report.html) and [a site](https://x.gov/)")
        .valid("a.md", "[Notes](https://x.gov/notes.txt)")
        .valid("a.md", "[Data dictionary](https://github.com/GSA/x/blob/main/data/dict.csv)")
        .valid("a.html", "<p><a href=\"/f/plan.pdf\">Plan</a> (PDF, 2 MB, 3 pages)</p>");
  }

  @Test
  void reportsNothingDisclosedAtTheLink() {
    tester.invalid("a.md", "Read the\n[Annual Performance Report](http://www.dhs.gov/apr.pdf) – DHS",
        Expect.at(2, 1, "does not say so or how big").endColumn(56)
            .suggestion("(PDF, 420 KB, 11 pages)"));
    tester.invalid("a.html", "<p>See <a href=\"r.docx\">the report</a>.</p>",
        Expect.at(1, 8, "goes to a Word document but does not say so")
            .suggestion("(Word document, 23 KB, 4 pages)"));
  }

  @Test
  void reportsATypeWithoutASize() {
    tester.invalid("a.md",
        "- [Navigating the Alphabet Soup](http://x.com/soup.pdf) (PDF) &#8211; ClickTools",
        Expect.at(1, 3, "says the file is a PDF but not how big it is"));
    tester.invalid("a.md", "[Download the PDF](https://x.gov/r.pdf)",
        Expect.at(1, 1, "not how big"));
  }

  @Test
  void aPageCountStandsInForTheSizeUnlessSizeIsRequired() {
    RuleTester strict = tester.options(Map.of("requireSize", true));
    strict.invalid("a.md", "[Guide](https://x.gov/g.pdf) [PDF, 18 pages]",
        Expect.at(1, 1, "not how big"));
  }

  @Test
  void reportsASizeWithoutAType() {
    tester.invalid("a.md", "[Guide](https://x.gov/g.pdf) (2 MB)",
        Expect.at(1, 1, "gives the file's size but not its type (PDF)"));
  }

  @Test
  void reportsAWrongTypeAtTheWord() {
    tester.invalid("a.md", "[Sample plan](https://x.gov/plan.xlsx) (PDF, 82 KB, 2 tabs)",
        Expect.at(1, 41, "says “PDF”, but it goes to an Excel spreadsheet (.xlsx)").endColumn(44)
            .suggestion("(Excel spreadsheet, 82 KB, 2 tabs)"));
  }

  @Test
  void brandWordsInATitleAreNotATypeClaim() {
    // "Word" and "PowerPoint" here name the subject, not the file.
    tester.invalid("a.md",
        "[SSA Word 2010 Accessibility Guidance](http://www.ssa.gov/guide.pdf)",
        Expect.at(1, 1, "does not say so or how big"));
  }

  @Test
  void nonstandardUnitsAreInfoWithTheNormalisedText() {
    tester.invalid("a.md", "[Plan (PDF, 420 kb, 11 pages, 2021)](https://x.gov/p.pdf)",
        Expect.at(1, 13, "“420 kb” is not written the standard way").endColumn(19)
            .severity(Severity.INFO).suggestion("(PDF, 420 KB, 11 pages, 2021)"));
    tester.invalid("a.md", "[Plan](https://x.gov/p.pdf) (PDF, 2MB)",
        Expect.at(1, 35, "“2MB”").severity(Severity.INFO).suggestion("(PDF, 2 MB)"));
    tester.invalid("a.md", "[Plan](https://x.gov/p.doc) (Word document, 23 K, 4 pages)",
        Expect.line(1, "“23 K”").severity(Severity.INFO)
            .suggestion("(Word document, 23 KB, 4 pages)"));
    tester.options(Map.of("checkUnits", false))
        .valid("a.md", "[Plan](https://x.gov/p.pdf) (PDF, 2MB)");
  }

  @Test
  void hugoShortcodeLabelsCount() {
    tester
        .valid("a.md", "{{< asset-static file=\"slides.pdf\" label=\"View the slides (PDF, 1.4 MB, 47 pages)\" >}}")
        .invalid("a.md", "{{< asset-static file=\"slides.pdf\" label=\"View the slides\" >}}",
            Expect.at(1, 1, "does not say so"));
  }

  @Test
  void onlyTheFirstGroupAfterTheLinkCounts() {
    // The second link's disclosure must not satisfy the first link.
    List<Finding> f = tester.findings("a.md",
        "[Overview](https://x.gov/o.pptx) and [Profile](https://x.gov/p.docx) (Word document, 87 KB)");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("“Overview”");
  }

  @Test
  void extensionsCanBeNarrowed() {
    tester.options(Map.of("extensions", List.of("pdf")))
        .valid("a.md", "[Data](https://x.gov/d.csv)");
  }

  @Test
  void extensionIgnoresQueryFragmentAndHost() {
    assertThat(DocumentTypes.extension("https://x.gov/a/Report.PDF?x=1#p2")).isEqualTo("pdf");
    assertThat(DocumentTypes.extension("https://x.gov")).isNull();
    assertThat(DocumentTypes.extension("https://x.gov/a.b/c")).isNull();
    assertThat(DocumentTypes.extension("report.")).isNull();
    assertThat(DocumentTypes.extension("#top")).isNull();
  }

  @Test
  void fixture() {
    tester.fixture("org/cxlint/rules/documents/file-disclosure.md");
  }

  @Test
  void spanishDisclosures() {
    String page = "<html lang=\"es\"><body><p>";
    tester
        .valid("a.html", page + "<a href=\"/f.pdf\">Formulario W-9</a> (PDF, 420 KB, 11 páginas)</p>")
        .valid("a.html", page + "<a href=\"/f.pdf\">Guía (PDF, 3 págs.)</a></p>")
        .valid("a.html", page + "<a href=\"/f.xlsx\">Datos</a> (hoja de cálculo de Excel, 82 KB)</p>")
        .invalid("a.html", page + "<a href=\"/f.pdf\">Presente una queja</a></p>",
            Expect.at(1, 26, "goes to a PDF but does not say so")
                .suggestion("(PDF, 420 KB, 11 páginas)"));
  }

  @Test
  void sizesAndTypeWordsAreFixedToTheStandardForm() {
    tester
        .fixes("a.md", "[Plan (pdf, 420 kb)](https://x.gov/plan.pdf)",
            "[Plan (PDF, 420 KB)](https://x.gov/plan.pdf)")
        .fixes("a.md", "[Plan](https://x.gov/plan.pdf) (PDF, 2mb, 3 pages)",
            "[Plan](https://x.gov/plan.pdf) (PDF, 2 MB, 3 pages)")
        .fixes("a.md", "[Data](https://x.gov/d.csv) (csv file, 23 K)",
            "[Data](https://x.gov/d.csv) (CSV file, 23 KB)")
        .fixes("a.md", "[Deck (Powerpoint presentation, 2 MB)](https://x.gov/d.pptx)",
            "[Deck (PowerPoint presentation, 2 MB)](https://x.gov/d.pptx)")
        .fixes("a.html", "<a href=\"https://x.gov/p.pdf\">Plan (pdf, 82 kb)</a>",
            "<a href=\"https://x.gov/p.pdf\">Plan (PDF, 82 KB)</a>")
        // a shortcode's parameters are never edited: there the fix is a suggestion
        .fixes("a.md", "{{< button href=\"https://x.gov/p.pdf\" text=\"Plan (pdf, 82 kb)\" >}}",
            "{{< button href=\"https://x.gov/p.pdf\" text=\"Plan (pdf, 82 kb)\" >}}")
        .suggests("a.md", "{{< button href=\"https://x.gov/p.pdf\" text=\"Plan (pdf, 82 kb)\" >}}",
            "{{< button href=\"https://x.gov/p.pdf\" text=\"Plan (PDF, 82 KB)\" >}}")
        // the address is never touched, only the words
        .fixes("a.md", "[Plan (PDF, 1 MB)](https://x.gov/pdf/plan.pdf)",
            "[Plan (PDF, 1 MB)](https://x.gov/pdf/plan.pdf)")
        .invalid("a.md", "[Plan (pdf, 1 MB)](https://x.gov/plan.pdf)",
            Expect.at(1, 8, "The file type “pdf” is not written the standard way: “PDF”")
                .severity(Severity.INFO).suggestion("PDF"));
  }

  @Test
  void checkUnitsOffLeavesSizesAndTypeWordsAlone() {
    tester.options(Map.of("checkUnits", false))
        .fixes("a.md", "[Plan (pdf, 420 kb)](https://x.gov/plan.pdf)",
            "[Plan (pdf, 420 kb)](https://x.gov/plan.pdf)");
  }
}

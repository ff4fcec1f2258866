package org.cxlint.rules.structure;

import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.cxlint.rules.images.ImageAltRule;
import org.cxlint.rules.links.LinkNameRule;
import org.junit.jupiter.api.Test;

/** The accessibility rules on Hugo Markdown, including raw HTML inside it. */
class MarkdownStructureTest {
  @Test
  void imageAltFixture() {
    RuleTester.of(new ImageAltRule()).fixture("org/cxlint/rules/images/image-alt.md");
  }

  @Test
  void headingFixtures() {
    RuleTester.of(new HeadingH1Rule()).invalid("a.md",
        "---\ntitle: Toolkit\n---\n\n# Toolkit\n\n## Personas\n",
        Expect.at(5, 1, "front-matter title is already"));
    RuleTester.of(new HeadingOrderRule()).fixture("org/cxlint/rules/structure/headings.md");
  }

  @Test
  void frontMatterTitleIsTheH1() {
    RuleTester h1 = RuleTester.of(new HeadingH1Rule());
    h1.valid("a.md", "---\ntitle: Toolkit\n---\n\n## Personas\n")
        .valid("a.md", "# Toolkit\n\n## Personas\n")
        .valid("a.txt", "No headings in a text draft.")
        .invalid("a.md", "## Personas\n", Expect.at(1, 1, "no h1"))
        .valid("a.md", "---\ndisplay_name: An author page\n---\n\n## Posts\n")
        .invalid("a.md", "# One\n\n# Two\n", Expect.at(3, 1, "already has an h1 (“One”)"));
    RuleTester.of(new HeadingH1Rule()).options(java.util.Map.of("frontMatterTitleIsH1", false))
        .valid("a.md", "---\ntitle: Home\nlayout: base\n---\n\n# Plain language\n");
    RuleTester.of(new HeadingOrderRule())
        .invalid("a.md", "---\ntitle: Toolkit\n---\n\n### Too deep\n",
            Expect.at(5, 1, "jumps from the page title (h1) to h3"))
        .valid("a.md", "## Starts at two\n\n### Three\n\n## Two\n");
  }

  @Test
  void rawHtmlTableSplitByBlankLines() {
    // CommonMark ends an HTML block at a blank line: the header row is a block of its own.
    RuleTester.of(new TableHeadersRule())
        .valid("a.md", "<table>\n  <tr><th>Character</th><th>Code</th></tr>\n\n"
            + "  <tr><td>á</td><td>&amp;aacute;</td></tr>\n</table>\n")
        .invalid("a.md", "<table>\n  <tr><th>Character</th><th>Code</th></tr>\n</table>\n",
            Expect.at(2, 7, "“Character” heads no cell"), Expect.at(2, 25, "“Code” heads no cell"));
  }

  @Test
  void emptyHeadingsAndLinks() {
    RuleTester.of(new HeadingEmptyRule())
        .invalid("a.md", "# Title\n\n##\n\nText\n", Expect.at(3, 1, "level 2 heading has no text"))
        .valid("a.md", "# Title\n\n## Who can apply\n");
    RuleTester.of(new LinkNameRule())
        .valid("a.md", "[Apply for benefits](https://www.usa.gov/benefits)\n")
        .valid("a.md", "[![Annual report](icon.png)](report.pdf)\n")
        .invalid("a.md", "See [](https://www.usa.gov/benefits).\n", Expect.at(1, 5, "has no text"))
        .invalid("a.md", "[![](icon.png)](report.pdf)\n", Expect.at(1, 1, "“report.pdf” has no text"))
        .valid("a.md", "[<img alt=\"FDA home page\" src=\"fda.jpg\">](https://x.gov/fda.jpg) Text\n")
        .invalid("a.md", "[<img src=\"fda.jpg\">](https://x.gov/fda.jpg) Text\n", Expect.at(1, 1, "has no text"))
        .valid("a.md", "[{{< legacy-img src=\"a.jpg\" alt=\"Story page\" >}}](https://x.gov/a.jpg)\n")
        .invalid("a.md", "Text\n\n<a href=\"/x\"><img src=\"i.png\"></a>\n",
            Expect.at(3, 1, "holds only an image"));
  }
}

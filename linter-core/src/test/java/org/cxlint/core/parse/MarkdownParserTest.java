package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlint.core.parse.ParsedDump.at;
import static org.cxlint.core.parse.ParsedDump.word;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {
  private static ContentDocument parse(String md) {
    return new MarkdownParser().parse(SourceFile.of("page.md", md));
  }

  private static final String PAGE = "---\n"
      + "title: \"Grants & loans: a guide\"\n"
      + "summary: >\n"
      + "  How to apply\n"
      + "  for a grant.\n"
      + "tags: [a, b]\n"
      + "---\n"
      + "\n"
      + "# Apply for a grant\n"
      + "\n"
      + "Read the [annual report](https://x.gov/r.pdf \"Report\") (PDF, 2 MB). Then\n"
      + "see ![Chart of grants](c.png).\n"
      + "\n"
      + "Setext *title*\n"
      + "==============\n";

  @Test
  void frontMatterIsRealYamlWithSpansAndProseFields() {
    ContentDocument d = parse(PAGE);
    assertThat(d.format()).isEqualTo(Format.MARKDOWN);
    assertThat(d.frontMatter().title()).isEqualTo("Grants & loans: a guide");
    assertThat(d.frontMatter().values().get("tags")).isEqualTo(java.util.List.of("a", "b"));
    assertThat(at(d, d.frontMatter().keySpans().get("summary"))).isEqualTo("3:1-3:8");
    assertThat(at(d, d.frontMatter().valueSpans().get("title"))).isEqualTo("2:8-2:33");
    assertThat(at(d, d.frontMatter().span())).isEqualTo("1:1-7:4");
    assertThat(d.prose()).filteredOn(p -> p.kind() == Prose.Kind.FRONT_MATTER)
        .extracting(p -> ParsedDump.prose(d, p)).containsExactly(
            "FRONT_MATTER(title) 2:8-2:33 «Grants & loans: a guide»",
            "FRONT_MATTER(summary) 3:10-5:15 «How to apply for a grant.»");
    assertThat(word(d, "loans")).isEqualTo("2:18-2:23");
    assertThat(word(d, "for a grant.")).isEqualTo("5:3-5:15");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void frontMatterAfterBlankLinesIsReadAsHugoReadsIt() {
    ContentDocument d = parse("\n \n---\ntitle: Late start\n---\n\nBody text.\n");
    assertThat(d.frontMatter().title()).isEqualTo("Late start");
    assertThat(at(d, d.frontMatter().span())).isEqualTo("3:1-5:4");
    assertThat(at(d, d.frontMatter().valueSpans().get("title"))).isEqualTo("4:8-4:18");
    assertThat(d.headings()).isEmpty(); // not a thematic break and a setext heading
    assertThat(d.problems()).isEmpty();
    // Text before the fence: no front matter.
    ContentDocument t = parse("Intro\n---\ntitle: x\n---\n");
    assertThat(t.frontMatter().isPresent()).isFalse();
  }

  @Test
  void headingsAtxAndSetext() {
    ContentDocument d = parse(PAGE);
    assertThat(d.headings()).extracting(h -> ParsedDump.heading(d, h)).containsExactly(
        "h1 9:1-9:20 text 9:3-9:20 «Apply for a grant»",
        "h1 14:1-15:15 text 14:1-14:15 «Setext title»");
    assertThat(d.headings()).extracting(Heading::origin).containsOnly(Heading.Origin.MARKDOWN);
  }

  @Test
  void headingAttributeBlocksAreNotText() {
    ContentDocument d = parse("## Field Visits {#field}\n\n# Set {.big}\n\n## Sets {of} things\n");
    assertThat(d.headings()).extracting(h -> ParsedDump.heading(d, h)).containsExactly(
        "h2 1:1-1:25 text 1:4-1:16 «Field Visits»",
        "h1 3:1-3:13 text 3:3-3:6 «Set»",
        "h2 5:1-5:20 text 5:4-5:20 «Sets {of} things»");
    assertThat(d.prose()).extracting(Prose::text)
        .containsExactly("Field Visits", "Set", "Sets {of} things");
  }

  @Test
  void linksAndImagesWithSpansAndFollowingText() {
    ContentDocument d = parse(PAGE);
    Link l = d.links().get(0);
    assertThat(ParsedDump.link(d, l)).isEqualTo("11:10-11:55 «annual report» -> "
        + "https://x.gov/r.pdf @11:26-11:45 following « (PDF, 2 MB). Then see.»");
    assertThat(l.title()).isEqualTo("Report");
    assertThat(at(d, l.textSpan())).isEqualTo("11:11-11:24");
    assertThat(at(d, l.followingSpan())).isEqualTo("11:55-12:31");
    assertThat(l.origin()).isEqualTo(Heading.Origin.MARKDOWN);
    assertThat(d.images()).extracting(i -> ParsedDump.image(d, i))
        .containsExactly("12:5-12:30 alt «Chart of grants» src c.png");
    assertThat(at(d, d.images().get(0).altSpan())).isEqualTo("12:7-12:22");
  }

  @Test
  void proseBlocksDropMarkupAndImages() {
    ContentDocument d = parse(PAGE);
    assertThat(d.prose()).filteredOn(p -> p.kind() != Prose.Kind.FRONT_MATTER)
        .extracting(p -> ParsedDump.prose(d, p)).containsExactly(
            "HEADING 9:1-9:20 «Apply for a grant»",
            "PARAGRAPH 11:1-12:31 «Read the annual report (PDF, 2 MB). Then see.»",
            "HEADING 14:1-15:15 «Setext title»");
    // The line break inside the paragraph becomes one space mapped to the line break.
    Prose p = d.prose().get(3);
    int then = p.text().indexOf("Then ");
    assertThat(at(d, p.sourceOffset(then + 4))).isEqualTo("11:73");
  }

  /** CRLF line ends, a BOM, a tab, é, an emoji (a surrogate pair) and CJK. */
  private static final String INTERNATIONAL = "\uFEFF---\r\n"
      + "title: Caf\u00e9 \uD83D\uDE00 guide\r\n"
      + "---\r\n"
      + "\r\n"
      + "## \u6F22\u5B57 heading\r\n"
      + "\r\n"
      + "Tabbed:\tpara with\ttab and \uD83D\uDE00 emoji [link \u00e9](https://x.gov/a.pdf)"
      + " (PDF, 1 MB).\r\n"
      + "Next line \u00e9t\u00e9 ![alt \u6F22](i.png)\r\n";

  @Test
  void positionsCountUtf16UnitsAfterBomWithCrlfAndTabs() {
    ContentDocument d = parse(INTERNATIONAL);
    String[][] words = {
        {"Café", "2:8-2:12"},
        {"guide", "2:16-2:21"},
        {"漢字", "5:4-5:6"},
        {"heading", "5:7-5:14"},
        {"para", "7:9-7:13"},
        {"tab", "7:19-7:22"},
        {"emoji", "7:30-7:35"},
        {"link é", "7:37-7:43"},
        {"(PDF, 1 MB)", "7:66-7:77"},
        {"été", "8:11-8:14"},
    };
    for (String[] w : words) {
      assertThat(word(d, w[0])).as(w[0]).isEqualTo(w[1]);
    }
    assertThat(d.frontMatter().title()).isEqualTo("Café 😀 guide");
    assertThat(d.headings()).extracting(h -> ParsedDump.heading(d, h))
        .containsExactly("h2 5:1-5:14 text 5:4-5:14 «漢字 heading»");
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l)).containsExactly(
        "7:36-7:65 «link é» -> https://x.gov/a.pdf @7:45-7:64 following « (PDF, 1 MB). Next"
            + " line été»");
    assertThat(d.images()).extracting(i -> ParsedDump.image(d, i))
        .containsExactly("8:15-8:30 alt «alt 漢» src i.png");
  }

  @Test
  void crlfAndLfGivePositionsOnTheSameLinesAndColumns() {
    ContentDocument lf = parse(PAGE);
    ContentDocument crlf = parse(PAGE.replace("\n", "\r\n"));
    assertThat(crlf.headings()).extracting(h -> ParsedDump.heading(crlf, h))
        .isEqualTo(lf.headings().stream().map(h -> ParsedDump.heading(lf, h)).toList());
    assertThat(crlf.links()).extracting(l -> ParsedDump.link(crlf, l))
        .isEqualTo(lf.links().stream().map(l -> ParsedDump.link(lf, l)).toList());
    assertThat(crlf.prose()).extracting(p -> ParsedDump.prose(crlf, p))
        .isEqualTo(lf.prose().stream().map(p -> ParsedDump.prose(lf, p)).toList());
  }

  @Test
  void hugoShortcodesAreTokensNotProse() {
    ContentDocument d = parse(""
        + "See [the toolkit]({{< ref \"cx-toolkit.md\" >}}) now.\n"
        + "\n"
        + "{{< asset-static file=\"report.pdf\" label=\"Annual report (PDF, 1 MB)\" >}}\n"
        + "\n"
        + "{{% note %}}\n"
        + "**Inner** markdown [here](a.html).\n"
        + "{{% /note %}}\n"
        + "\n"
        + "```\n"
        + "{{< ref \"in-code.md\" >}}\n"
        + "```\n"
        + "\n"
        + "Inline `{{< ref \"x\" >}}` code and {{< legacy-img src=\"x.png\" >}} done.\n"
        + "Alone {{< relref \"other.md\" >}} and {{< legacy-file file=\"a.docx\" >}}.\n");
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l) + " " + l.origin()).containsExactly(
        "1:5-1:47 «the toolkit» -> ref:cx-toolkit.md @1:19-1:46 following « now.» SHORTCODE",
        "3:1-3:73 «Annual report (PDF, 1 MB)» -> report.pdf @3:24-3:34 following «» SHORTCODE",
        "6:20-6:34 «here» -> a.html @6:27-6:33 following «.» MARKDOWN",
        "14:7-14:32 «other.md» -> ref:other.md @14:19-14:27 following «and.» SHORTCODE",
        "14:37-14:70 «» -> a.docx @14:59-14:65 following «.» SHORTCODE");
    assertThat(d.links().get(0).isInternalRef()).isTrue();
    assertThat(at(d, d.links().get(1).textSpan())).isEqualTo("3:43-3:68");
    assertThat(d.prose()).extracting(Prose::text).containsExactly(
        "See the toolkit now.",
        "Inner markdown here.",
        "Inline code and done. Alone and.");
  }

  @Test
  void imageShortcodesAreImagesAndNameTheLinksAroundThem() {
    ContentDocument d = parse(""
        + "[{{< legacy-img src=\"2014/a.png\" alt=\"Grant map\" >}}](https://x.gov/map)\n"
        + "\n"
        + "{{< img src=\"from-data-file\" >}} {{< img-right src=\"b\" alt=\"\" >}}\n"
        + "\n"
        + "<a href=\"/y\">{{< legacy-img src=\"c.png\" alt=\"Why\" >}}</a>"
        + " [<img src=\"d.png\" alt=\"Dee\">](/d)\n");
    assertThat(d.images()).extracting(i -> ParsedDump.image(d, i) + " " + i.origin())
        .containsExactly(
            "1:2-1:53 alt «Grant map» src 2014/a.png SHORTCODE",
            // img without alt= takes its alt from the site's data: unknown here, so no image.
            "3:34-3:66 alt «» src b SHORTCODE",
            "5:14-5:54 alt «Why» src c.png SHORTCODE",
            "5:60-5:87 alt «Dee» src d.png HTML");
    assertThat(at(d, d.images().get(0).altSpan())).isEqualTo("1:39-1:48");
    assertThat(d.links()).extracting(l -> l.text() + " -> " + l.destination())
        .containsExactly("Grant map -> https://x.gov/map", "Why -> /y", "Dee -> /d");
  }

  @Test
  void rawHtmlBlocksAndInlineTagsAreParsedAtTheirOffsets() {
    ContentDocument d = parse(""
        + "<div class=\"box\">\n"
        + "<p>Block <a href=\"doc.pdf\">the doc</a> (PDF).</p>\n"
        + "<img src=\"i.png\">\n"
        + "</div>\n"
        + "\n"
        + "Inline <a href=\"{{< ref \"p.md\" >}}\">a page</a> and <code>x = 1</code> and"
        + " <!-- cxlint-disable link-text --> end.\n"
        + "\n"
        + "<!-- block comment -->\n");
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l) + " " + l.origin()).containsExactly(
        "2:10-2:39 «the doc» -> doc.pdf @2:19-2:26 following « (PDF).» HTML",
        "6:8-6:47 «a page» -> ref:p.md @6:17-6:35 following « and and end.» SHORTCODE");
    assertThat(d.links().get(0).element().tagName()).isEqualTo("a");
    assertThat(d.images()).extracting(i -> ParsedDump.image(d, i))
        .containsExactly("3:1-3:18 alt null src i.png");
    assertThat(d.prose()).extracting(p -> ParsedDump.prose(d, p)).containsExactly(
        "PARAGRAPH 2:1-2:50 «Block the doc (PDF).»",
        "PARAGRAPH 6:1-6:113 «Inline a page and and end.»");
    assertThat(d.comments()).extracting(c -> at(d, c.span()) + " «" + c.text() + "»")
        .containsExactly("6:75-6:108 « cxlint-disable link-text »", "8:1-8:23 « block comment »");
    assertThat(d.htmlFragments()).hasSize(2);
    assertThat(at(d, d.spanOf(d.links().get(0).element()))).isEqualTo("2:10-2:39");
  }

  @Test
  void codeUrlsTablesQuotesListsAndReferenceLinks() {
    ContentDocument d = parse(""
        + "Text https://bare.gov/x. and <https://angle.gov> and [ref][r].\n"
        + "\n"
        + "    indented code\n"
        + "\n"
        + "| Name | Size |\n"
        + "|------|------|\n"
        + "| A &amp; B | 2 MB |\n"
        + "\n"
        + "> Quoted *text*\n"
        + "\n"
        + "- one\n"
        + "  - two\n"
        + "\n"
        + "[r]: https://r.gov \"R\"\n"
        + "\n"
        + "~~~js\n"
        + "fenced();\n"
        + "~~~\n");
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l) + " " + l.origin()).containsExactly(
        "1:6-1:24 «https://bare.gov/x» -> https://bare.gov/x @1:6-1:24 following «. and and ref.»"
            + " AUTOLINK",
        "1:30-1:49 «https://angle.gov» -> https://angle.gov @1:31-1:48 following «and ref.»"
            + " AUTOLINK",
        "1:54-1:62 «ref» -> https://r.gov @14:6-14:19 following «.» MARKDOWN");
    assertThat(d.links().get(2).title()).isEqualTo("R");
    assertThat(d.prose()).extracting(p -> ParsedDump.prose(d, p)).containsExactly(
        "PARAGRAPH 1:1-1:63 «Text. and and ref.»",
        "TABLE_CELL 5:3-5:7 «Name»",
        "TABLE_CELL 5:10-5:14 «Size»",
        "TABLE_CELL 7:3-7:12 «A & B»",
        "TABLE_CELL 7:15-7:19 «2 MB»",
        "BLOCKQUOTE 9:3-9:16 «Quoted text»",
        "LIST_ITEM 11:3-11:6 «one»",
        "LIST_ITEM 12:5-12:8 «two»");
    // An entity is one char of prose, mapped to its '&'.
    assertThat(word(d, "&")).isEqualTo("7:5-7:6");
  }

  @Test
  void nestedMarkdownInADestinationStaysVisibleForRules() {
    ContentDocument d = parse("- [DHS CX Glossary]([url](https://www.dhs.gov/cx/glossary))\n");
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l)).containsExactly(
        "1:3-1:60 «DHS CX Glossary» -> [url](https://www.dhs.gov/cx/glossary) @1:21-1:59"
            + " following «»");
  }

  @Test
  void invalidFrontMatterIsAProblemNotAnException() {
    ContentDocument d = parse("---\ntitle: [unclosed\ndate: 2020\n---\n\n# H\n");
    assertThat(d.problems()).hasSize(1);
    assertThat(d.problems().get(0).message()).startsWith("Front matter is not valid YAML");
    assertThat(d.frontMatter().isPresent()).isTrue();
    assertThat(d.frontMatter().values()).isEmpty();
    assertThat(d.headings()).extracting(Heading::text).containsExactly("H");
    assertThat(at(d, d.headings().get(0).span())).isEqualTo("6:1-6:4");

    ContentDocument list = parse("---\n- a\n- b\n---\nText\n");
    assertThat(list.problems()).extracting(p -> at(list, p.span()))
        .containsExactly("2:1-2:2");

    ContentDocument dup = parse("---\ntitle: A\ntitle: B\n---\n");
    assertThat(dup.frontMatter().title()).isEqualTo("B");
    assertThat(dup.problems()).extracting(p -> at(dup, p.span()) + " " + p.message())
        .containsExactly("3:1-3:6 The front-matter field “title” is set twice (also on line 2);"
            + " only the last value counts. Keep one.");
  }

  @Test
  void frontMatterProseDecodesHtmlEntitiesAsHugoPagesShowThem() {
    ContentDocument d = parse("---\ntitle: ARCHIVED &#8211; Agency&rsquo;s plan\n---\n");
    assertThat(d.frontMatter().title()).isEqualTo("ARCHIVED &#8211; Agency&rsquo;s plan");
    assertThat(d.prose()).extracting(Prose::text).containsExactly("ARCHIVED – Agency’s plan");
    assertThat(word(d, "–")).isEqualTo("2:17-2:18");
    assertThat(word(d, "plan")).isEqualTo("2:40-2:44");
  }

  @Test
  void withoutClosingFenceThereIsNoFrontMatter() {
    ContentDocument d = parse("---\ntitle: x\n\nText\n");
    assertThat(d.frontMatter().isPresent()).isFalse();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void escapesAndEntitiesDecodeButKeepTheirPlace() {
    ContentDocument d = parse("A \\*star\\* &copy; 2024 &amp; more\n");
    assertThat(d.prose()).extracting(Prose::text).containsExactly("A *star* © 2024 & more");
    assertThat(word(d, "*star*")).isEqualTo("1:4-1:11");
    assertThat(word(d, "©")).isEqualTo("1:12-1:13");
  }
}

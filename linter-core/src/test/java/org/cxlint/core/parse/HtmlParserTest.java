package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlint.core.parse.ParsedDump.at;
import static org.cxlint.core.parse.ParsedDump.word;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private static ContentDocument parse(String html) {
    return new HtmlParser().parse(SourceFile.of("page.html", html));
  }

  private static final String PAGE = "\uFEFF<!doctype html>\r\n"
      + "<html lang=en><head><title>T</title><script>var x='<p>no</p>';</script></head><body>\r\n"
      + "<h1>Grants &amp; loans</h1>\r\n"
      + "<p>Read the <a href=\"r.pdf\" title=t>annual <b>report</b></a> (PDF, 2&nbsp;MB) today."
      + " Caf\u00e9 \uD83D\uDE00 \u6F22\u5B57 ok.</p>\r\n"
      + "<div>Loose\ttext <code>x()</code> here<ul><li>One<ul><li>Nested</li></ul>after</li></ul></div>\r\n"
      + "<div role=heading aria-level=3>Fake head</div><img src=a.png><img src=b.png alt=\"\">"
      + "<input type=image src=c.png alt=Go><map><area href=x.pdf alt=\"Area\"></map>"
      + "<span role=img aria-label=\"Stars\">***</span><!-- cxlint-disable link-text -->"
      + "<pre>code <a href=p.html>in pre</a></pre>"
      + "<table><tr><th>Head</th><td><p>Cell para</p></td></tr></table>"
      + "<blockquote><p>Quoted</p>loose quote</blockquote><p>Visit https://example.gov/x. Now</p>"
      + "<style>p { color: red }</style><template><p>tpl</p></template><noscript>ns</noscript>"
      + "<svg><text>svg text</text></svg></body></html>";

  @Test
  void headingsWithLevelsTextAndPositions() {
    ContentDocument d = parse(PAGE);
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.headings()).extracting(h -> ParsedDump.heading(d, h)).containsExactly(
        "h1 3:1-3:28 text 3:5-3:23 «Grants & loans»",
        "h3 6:1-6:47 text 6:32-6:41 «Fake head»");
  }

  @Test
  void linksWithTextDestinationAndFollowingText() {
    ContentDocument d = parse(PAGE);
    assertThat(d.links()).extracting(l -> ParsedDump.link(d, l)).containsExactly(
        "4:13-4:61 «annual report» -> r.pdf @4:22-4:27 following « (PDF, 2 MB) today. Café 😀 漢字 ok.»",
        "6:124-6:152 «Area» -> x.pdf @6:135-6:140 following «»",
        "6:245-6:270 «in pre» -> p.html @6:253-6:259 following «»");
    assertThat(d.links().get(0).title()).isEqualTo("t");
    assertThat(at(d, d.links().get(0).textSpan())).isEqualTo("4:37-4:57");
    assertThat(d.links().get(0).element().tagName()).isEqualTo("a");
    assertThat(d.links().get(0).followingSpan().start()).isEqualTo(d.links().get(0).span().end());
  }

  @Test
  void imagesKeepAbsentAltApartFromEmptyAlt() {
    ContentDocument d = parse(PAGE);
    assertThat(d.images()).extracting(i -> ParsedDump.image(d, i)).containsExactly(
        "6:47-6:62 alt null src a.png",
        "6:62-6:84 alt «» src b.png",
        "6:84-6:119 alt «Go» src c.png",
        "6:124-6:152 alt «Area» src x.pdf",
        "6:158-6:202 alt «Stars» src ");
    assertThat(at(d, d.images().get(1).altSpan())).isEqualTo("6:82-6:82");
  }

  @Test
  void proseSkipsCodeScriptsAndUrlsAndDecodesEntities() {
    ContentDocument d = parse(PAGE);
    assertThat(d.prose()).extracting(p -> ParsedDump.prose(d, p)).containsExactly(
        "HEADING 3:1-3:28 «Grants & loans»",
        "PARAGRAPH 4:1-4:104 «Read the annual report (PDF, 2 MB) today. Café 😀 漢字 ok.»",
        "PARAGRAPH 5:6-5:38 «Loose text here»",
        "LIST_ITEM 5:46-5:49 «One»",
        "LIST_ITEM 5:53-5:68 «Nested»",
        "LIST_ITEM 5:73-5:78 «after»",
        "HEADING 6:1-6:47 «Fake head»",
        "TABLE_CELL 6:287-6:300 «Head»",
        "TABLE_CELL 6:304-6:320 «Cell para»",
        "BLOCKQUOTE 6:350-6:363 «Quoted»",
        "BLOCKQUOTE 6:363-6:374 «loose quote»",
        "PARAGRAPH 6:387-6:426 «Visit. Now»");
  }

  @Test
  void everyProseWordMapsToItsSourceColumn() {
    ContentDocument d = parse(PAGE);
    // The BOM is not a column; CRLF ends lines; entities map to their '&'.
    String[][] cases = {
        {"Grants", "3:5-3:11"},
        {"&", "3:12-3:13"},
        {"loans", "3:18-3:23"},
        {"report", "4:47-4:53"},
        {"2 MB", "4:68-4:77"},
        {"Café", "4:86-4:90"},
        {"😀", "4:91-4:93"},
        {"漢字", "4:94-4:96"},
        {"ok.", "4:97-4:100"},
        {"text", "5:12-5:16"},
        {"Nested", "5:57-5:63"},
    };
    for (String[] c : cases) {
      assertThat(word(d, c[0])).as(c[0]).isEqualTo(c[1]);
    }
    Prose para = d.prose().get(1);
    int cafe = para.text().indexOf("Café");
    assertThat(d.source().text(para.sourceSpan(cafe, cafe + 4))).isEqualTo("Caf\u00e9");
    int amp = d.prose().get(0).text().indexOf('&');
    assertThat(d.source().text(d.prose().get(0).sourceSpan(amp, amp + 1))).isEqualTo("&");
  }

  @Test
  void commentsAndTheDomAreKept() {
    ContentDocument d = parse(PAGE);
    assertThat(d.comments()).hasSize(1);
    assertThat(d.comments().get(0).text()).isEqualTo(" cxlint-disable link-text ");
    assertThat(at(d, d.comments().get(0).span())).isEqualTo("6:202-6:235");
    assertThat(d.htmlFragments()).hasSize(1);
    assertThat(d.htmlFragments().get(0).baseOffset()).isZero();
    assertThat(d.htmlFragments().get(0).dom().select("html").attr("lang")).isEqualTo("en");
    var h1 = d.htmlFragments().get(0).dom().selectFirst("h1");
    assertThat(at(d, d.spanOf(h1))).isEqualTo("3:1-3:28");
    assertThat(at(d, d.startTagSpanOf(h1))).isEqualTo("3:1-3:5");
  }

  @Test
  void roleHeadingDefaultsToLevelTwoAndLinkTextUsesImageAlt() {
    ContentDocument d = parse("<div role=heading>Side</div>\n"
        + "<p><a href=\"/grants\"><img src=g.png alt=\"Grant programs\"></a> and"
        + " <a href=\"/x\">  Learn\n   more </a></p>");
    assertThat(d.headings()).extracting(h -> h.level() + " " + h.text())
        .containsExactly("2 Side");
    assertThat(d.links()).extracting(l -> l.text() + " | " + l.following())
        .containsExactly("Grant programs | and Learn more", "Learn more | ");
  }

  @Test
  void tabsCountAsOneColumnAndLoneCrEndsALine() {
    ContentDocument d = parse("<p>\tTab\tword</p>\r<p>next <a href=a>x</a></p>");
    assertThat(word(d, "word")).isEqualTo("1:9-1:13");
    assertThat(at(d, d.links().get(0).span())).isEqualTo("2:9-2:24");
  }

  @Test
  void emptyAndTextOnlyInputsParse() {
    assertThat(parse("").prose()).isEmpty();
    ContentDocument d = parse("just text");
    assertThat(d.prose()).extracting(Prose::text).containsExactly("just text");
    assertThat(d.prose()).extracting(Prose::kind).containsExactly(Prose.Kind.PARAGRAPH);
    assertThat(List.of(at(d, d.prose().get(0).span()))).containsExactly("1:1-1:10");
  }
}

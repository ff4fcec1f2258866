package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

/** Markdown and HTML of Jekyll and Eleventy sites: Liquid and Nunjucks markup as tokens. */
class LiquidParsingTest {
  private static final SitePage JEKYLL = new SitePage(SitePage.Generator.JEKYLL, null,
      SitePage.SUMMARY_FIELDS, 1, Map.of());

  private static ContentDocument md(String text) {
    return Parsers.parse(SourceFile.of("a.md", text), Format.MARKDOWN, JEKYLL);
  }

  private static ContentDocument html(String text) {
    return Parsers.parse(SourceFile.of("a.html", text), Format.HTML, JEKYLL);
  }

  private static String prose(ContentDocument d) {
    return String.join(" | ", d.prose().stream().map(Prose::text).toList());
  }

  @Test
  void destinationsHoldingLiquidAreLinks() {
    ContentDocument d = md("See [all 300+ icons]({{ \"/assets/icons.pdf\" | url }}) and"
        + " ![Screenshot]({{ site.baseurl }}/img/shot.png) and [next]({{ page.next.url }})"
        + " and [post]({% link _posts/2020-01-01-a.md %}).\n");
    List<String> dests = d.links().stream().map(Link::destination).toList();
    assertThat(dests).containsExactly("/assets/icons.pdf", "{{ page.next.url }}",
        "_posts/2020-01-01-a.md");
    assertThat(d.links().get(0).text()).isEqualTo("all 300+ icons");
    assertThat(d.images()).extracting(Image::src).containsExactly("/img/shot.png");
    assertThat(prose(d)).doesNotContain("{{").doesNotContain("url");
    // The same page outside a Jekyll site: the destinations with spaces are no links.
    ContentDocument plain = Parsers.parse(SourceFile.of("a.md", "See [icons]({{ \"/x.pdf\" | url }}).\n"),
        Format.MARKDOWN, SitePage.NONE);
    assertThat(plain.links()).isEmpty();
  }

  @Test
  void tagsAndOutputAreNoWordsAndBlocksAreNoProse() {
    ContentDocument d = md("{% assign x = 1 %}\nHello {{ page.name }}, welcome.\n\n"
        + "{% highlight js %}\nconst a = require(\"x\");\n\n# not a heading\n{% endhighlight %}\n\n"
        + "{% comment %}\nHidden words.\n{% endcomment %}\n\n{% raw %}\n{{ raw }}\n{% endraw %}\n");
    assertThat(prose(d)).isEqualTo("Hello, welcome.");
    assertThat(d.headings()).isEmpty();
    assertThat(d.comments()).hasSize(1);
  }

  @Test
  void headingsAndLinkTextFilledByOutputAreNotEmpty() {
    ContentDocument d = md("## {{ page.title }}\n\n[{{ site.email }}](mailto:{{ site.email }})\n");
    assertThat(d.headings()).extracting(Heading::text).containsExactly("{{ page.title }}");
    assertThat(d.links()).extracting(Link::text).containsExactly("{{ site.email }}");
  }

  @Test
  void kramdownMarkupAndShortDelimiterTables() {
    ContentDocument d = md("Text here.\n{:.border-top-2px.padding-top-1}\n\n"
        + "**Bold**{: .text-bold} words.\n\n{::options parse_block_html=\"true\" /}\n\n"
        + "| Name | Use |\n|--|--|\n| add | Adds |\n");
    assertThat(prose(d)).isEqualTo("Text here. | Bold words. | Name | Use | add | Adds");
    assertThat(d.prose().stream().filter(p -> p.kind() == Prose.Kind.TABLE_CELL)).hasSize(4);
  }

  @Test
  void templateLogicKnowsBranchesLoopsAndIncludes() {
    String t = "{% if a %}<p id=\"x\">A</p>{% elsif b %}<p id=\"x\">B</p>{% else %}C{% endif %}\n"
        + "{% for i in list %}<li id=\"y\">{{ i }}</li>{% endfor %}\n<h2>T</h2>\n"
        + "{% include part.html %}\n<h4>U</h4>\n";
    ContentDocument d = html(t);
    int a = t.indexOf("<p id"), b = t.indexOf("<p id", a + 1), c = t.indexOf("C{%");
    assertThat(d.template().exclusive(a, b)).isTrue();
    assertThat(d.template().exclusive(b, c)).isTrue();
    assertThat(d.template().exclusive(a, a + 3)).isFalse();
    assertThat(d.template().inLoop(t.indexOf("<li"))).isTrue();
    assertThat(d.template().suppliedBetween(t.indexOf("<h2>"), t.indexOf("<h4>"))).isTrue();
    assertThat(d.template().suppliedBetween(t.indexOf("<h4>"), t.length())).isFalse();
  }

  @Test
  void htmlTemplatesKeepTheirAttributesWhole() {
    ContentDocument d = html("<a href=\"{{ \"/files/guide.pdf\" | relative_url }}\">Guide</a>\n"
        + "<img src=\"{{ site.baseurl }}/img/a.png\" alt=\"{{ image.alt }}\">\n"
        + "<h1>{{ page.title }}</h1>\n");
    assertThat(d.links()).extracting(Link::destination).containsExactly("/files/guide.pdf");
    assertThat(d.images()).extracting(Image::src).containsExactly("/img/a.png");
    assertThat(d.images().get(0).alt()).isEqualTo("{{ image.alt }}");
    assertThat(d.headings()).extracting(Heading::text).containsExactly("{{ page.title }}");
    assertThat(prose(d)).doesNotContain("{{");
  }

  @Test
  void hugoShortcodesAreUntouchedOutsideLiquidSites() {
    ContentDocument d = Parsers.parse(SourceFile.of("a.md",
        "[DAP]({{< ref \"dap.md\" >}}) and {% not liquid %}.\n"), Format.MARKDOWN, SitePage.NONE);
    assertThat(d.links()).extracting(Link::destination).containsExactly("ref:dap.md");
    assertThat(prose(d)).contains("{% not liquid %}");
  }
}

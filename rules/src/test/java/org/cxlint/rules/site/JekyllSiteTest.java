package org.cxlint.rules.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.cxlint.rules.documents.FileDisclosureRule;
import org.cxlint.rules.frontmatter.FrontMatterRule;
import org.cxlint.rules.images.ImageAltRule;
import org.cxlint.rules.language.PlainWordsRule;
import org.cxlint.rules.language.ShallRule;
import org.cxlint.rules.links.LinkMalformedRule;
import org.cxlint.rules.links.LinkTextRule;
import org.cxlint.rules.links.RequiredLinksRule;
import org.cxlint.rules.readability.ParagraphLengthRule;
import org.cxlint.rules.readability.SentenceLengthRule;
import org.cxlint.rules.structure.DocumentTitleRule;
import org.cxlint.rules.structure.DuplicateIdRule;
import org.cxlint.rules.structure.HeadingEmptyRule;
import org.cxlint.rules.structure.HeadingH1Rule;
import org.cxlint.rules.structure.HeadingOrderRule;
import org.cxlint.rules.structure.HtmlLangRule;
import org.cxlint.rules.structure.TableHeadersRule;
import org.junit.jupiter.api.Test;

/**
 * Pages, partials and templates of Jekyll and Eleventy sites: the rules that each site
 * convention touches, on the same page parsed as a plain page (the old reading) and as a page
 * of its site, so each test shows what the site's conventions change.
 */
class JekyllSiteTest {
  private static String template() {
    try (InputStream in = JekyllSiteTest.class.getResourceAsStream(
        "/org/cxlint/rules/site/jekyll-template.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void partialsAreNoPages() {
    String include = "<div class=\"usa-alert\">\n  <h3>{{ include.heading }}</h3>\n"
        + "  <p>{{ include.text }}</p>\n</div>\n";
    RuleTester.of(new RequiredLinksRule()).jekyllPartial().valid("post.html", include);
    RuleTester.of(new RequiredLinksRule()).invalid("post.html", include,
        Expect.line(1, "lacks links"));
    RuleTester.of(new HeadingH1Rule()).jekyllPartial().valid("when-to-use.md",
        "- Use a link to go to another page.\n");
    // On a Jekyll site, Markdown without front matter is copied as it is: an include's source.
    RuleTester.of(new HeadingH1Rule()).jekyll().valid("when-to-use.md",
        "- Use a link to go to another page.\n");
    RuleTester.of(new HeadingH1Rule()).invalid("when-to-use.md",
        "- Use a link to go to another page.\n", Expect.at(1, 1, "no h1"));
    String layout = "<!DOCTYPE html>\n<html>\n<head>{% include head.html %}</head>\n"
        + "<body>{{ content }}</body>\n</html>\n";
    RuleTester.of(new DocumentTitleRule()).jekyllPartial().valid("default.html", layout);
    RuleTester.of(new HtmlLangRule()).jekyllPartial()
        .valid("default.html", layout)
        // Content rules still run on a partial: a bad lang inside it is reported.
        .invalid("a.html", "<p lang=\"xx-!\">Hola</p>", Expect.line(1, "lang"));
  }

  @Test
  void pagesThatAreNeverRendered() {
    RuleTester fm = RuleTester.of(new FrontMatterRule()).jekyll();
    fm.valid("draft.md", "---\npermalink: false\n---\nSome text.\n")
        .valid("draft.md", "---\npublished: false\n---\nSome text.\n")
        .invalid("page.md", "---\nlayout: page\n---\nSome text.\n",
            Expect.at(1, 1, "no “title”"), Expect.at(1, 1, "no summary in its front matter"));
    RuleTester.of(new HeadingH1Rule()).jekyll()
        .valid("a.md", "---\npermalink: false\n---\nSome text.\n");
  }

  @Test
  void summaryFieldsOfTheSite() {
    RuleTester plain = RuleTester.of(new FrontMatterRule());
    String lead = "---\ntitle: Icons\nlead: Icons help people scan a page.\n---\nText.\n";
    plain.invalid("a.md", lead, Expect.at(1, 1, "no “summary”"));
    RuleTester.of(new FrontMatterRule()).jekyll().valid("a.md", lead)
        .valid("a.md", "---\ntitle: Icons\ndescription: Icons help.\n---\nText.\n")
        .valid("a.md", "---\ntitle: Icons\nexcerpt: Icons help.\n---\nText.\n");
  }

  @Test
  void jekyllExpirationDate() {
    RuleTester.of(new FrontMatterRule()).jekyll().invalid("a.md",
        "---\ntitle: Icons\ndescription: Icons.\nexpiration_date: 2020-01-01\n---\nText.\n",
        Expect.at(4, 18, "expired on 2020-01-01"));
  }

  @Test
  void liquidDestinationsAreLinks() {
    String page = "Download [all 300+ icons]({{ \"/assets/icons.pdf\" | url }}).\n\n"
        + "To see them, [click here]({{ site.baseurl }}/icons/).\n";
    RuleTester.of(new FileDisclosureRule()).jekyll()
        .invalid("a.md", page, Expect.at(1, 10, "PDF"));
    RuleTester.of(new LinkTextRule()).jekyll()
        .invalid("a.md", page, Expect.at(3, 15, "click here"));
    // As a plain page, neither is a link at all.
    RuleTester.of(new LinkTextRule()).valid("a.md", page);
    // A destination only the build knows is not judged.
    RuleTester.of(new LinkMalformedRule()).jekyll()
        .valid("a.md", "[Next]({{ page.next.url }})\n")
        .valid("a.html", "<a href={% include link.html path=x %}>Next</a>\n");
  }

  @Test
  void codeAndCommentBlocksAreNoProse() {
    String page = "Intro text.\n\n{% highlight js %}\n// the library shall utilize this\n"
        + "const sass = require(\"gulp-sass\");\n{% endhighlight %}\n\n{% comment %}\n"
        + "We shall utilize this text later.\n{% endcomment %}\n\n{% raw %}\n"
        + "{{ shall utilize }}\n{% endraw %}\n";
    RuleTester.of(new PlainWordsRule()).jekyll().valid("a.md", page);
    RuleTester.of(new ShallRule()).jekyll().valid("a.md", page);
    RuleTester.of(new ShallRule()).eleventy().valid("a.md", "{# We shall see. #}\nText.\n");
    RuleTester.of(new ShallRule()).invalid("a.md", page, Expect.line(4, "shall"),
        Expect.line(9, "shall"), Expect.line(13, "shall"));
  }

  @Test
  void liquidIsNoWords() {
    String page = "{% assign tokens = site.data.tokens | where: \"type\", \"spacing\" %}"
        + " {{ tokens | first }} one two three four five six seven eight nine ten eleven twelve"
        + " thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.\n";
    RuleTester.of(new SentenceLengthRule()).jekyll().valid("a.md", page);
    RuleTester.of(new SentenceLengthRule()).invalid("a.md", page, Expect.line(1, "words"));
  }

  @Test
  void kramdownAttributeListsAndShortTables() {
    StringBuilder para = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      para.append("| row").append(i).append(" | some words in a cell here |\n");
    }
    String table = "| Name | Use |\n|--|--|\n" + para;
    RuleTester.of(new ParagraphLengthRule()).jekyll().valid("a.md", table);
    RuleTester.of(new ParagraphLengthRule()).valid("a.md", table);
    String ial = "A short paragraph.\n{:.border-top-2px.border-base-lighter.padding-top-1}\n\n"
        + "## Heading {: #custom .usa-heading}\n\n{::options parse_block_html=\"true\" /}\n";
    RuleTester.of(new PlainWordsRule()).jekyll().valid("a.md", ial);
    List<Finding> words = RuleTester.of(new SentenceLengthRule()).options(Map.of("max", 3))
        .jekyll().findings("a.md", ial);
    assertThat(words).isEmpty();
  }

  @Test
  void templateLogicInTheDom() {
    String t = template();
    RuleTester.of(new DuplicateIdRule()).jekyll().invalid("components.html", t,
        Expect.at(16, 32, "The id “footer” is already used"));
    RuleTester.of(new TableHeadersRule()).jekyll().valid("components.html", t);
    RuleTester.of(new TableHeadersRule()).invalid("components.html", t,
        Expect.line(18, "heads no cell"), Expect.line(18, "heads no cell"));
    RuleTester.of(new HeadingOrderRule()).jekyll().invalid("components.html", t,
        Expect.at(29, 3, "jumps from h2 to h4"));
    RuleTester.of(new HeadingEmptyRule()).jekyll().valid("components.html", t);
  }

  @Test
  void titleLevelOfTheLayout() {
    String page = "---\ntitle: Tokens\nlayout: styleguide\n---\n### Spacing\n";
    RuleTester.of(new HeadingOrderRule()).jekyll().invalid("a.md", page,
        Expect.at(5, 1, "from the page title (h1) to h3"));
    RuleTester.of(new HeadingOrderRule()).site(new org.cxlint.core.model.SitePage(
        org.cxlint.core.model.SitePage.Generator.JEKYLL, null, List.of("summary"), 1,
        Map.of("styleguide", 2))).valid("a.md", page);
  }

  @Test
  void aPageThatRendersItsOwnTitle() {
    String page = "---\ntitle: Summary\n---\n<h1 class=\"hero\">{{ page.title }}</h1>\n\n## Goals\n";
    RuleTester.of(new HeadingH1Rule()).jekyll().valid("a.md", page);
    RuleTester.of(new HeadingH1Rule()).invalid("a.md", page, Expect.line(4, "second h1"));
  }

  @Test
  void acronymsOfAPartialMayBeDefinedByItsPage() {
    String fragment = "Most USWDS utilities set one CSS property.\n";
    RuleTester.of(new org.cxlint.rules.language.AcronymDefinedRule()).jekyllPartial()
        .valid("overview.md", fragment);
    RuleTester.of(new org.cxlint.rules.language.AcronymDefinedRule()).jekyll()
        .invalid("overview.md", "---\ntitle: Utilities\n---\n" + fragment,
            Expect.line(4, "“USWDS” is not spelled out"));
  }

  @Test
  void headingsTheLayoutRendersBeforeTheContent() {
    org.cxlint.core.model.SitePage next = new org.cxlint.core.model.SitePage(
        org.cxlint.core.model.SitePage.Generator.JEKYLL, null, List.of("summary"), 1, Map.of(),
        "next-content", Map.of("next-content", 2));
    String page = "---\ntitle: Findings\n---\n### Benefits\n\n##### Detail\n";
    RuleTester.of(new HeadingOrderRule()).site(next).invalid("a.md", page,
        Expect.at(6, 1, "jumps from h3 to h5"));
    RuleTester.of(new HeadingOrderRule()).site(next).invalid("a.md",
        "---\ntitle: Findings\n---\n#### Benefits\n",
        Expect.at(4, 1, "from the layout's last heading (h2) to h4"));
    RuleTester.of(new HeadingOrderRule()).jekyll().invalid("a.md", page,
        Expect.at(4, 1, "from the page title (h1) to h3"), Expect.at(6, 1, "h3 to h5"));
  }

  @Test
  void imageTagsAreChecked() {
    RuleTester images = RuleTester.of(new ImageAltRule()).eleventy();
    images.invalid("a.md", "{% image \"./drill.jpg\", \"Image of a hardware drill\" %}\n",
            Expect.at(1, 26, "Image of"))
        .invalid("a.md", "{% image \"./drill.jpg\" %}\n", Expect.line(1, "has no alt"))
        .valid("a.md", "{% image \"./rule.svg\", \"\" %}\n")
        .valid("a.md", "{% image \"./drill.jpg\", \"A cordless drill on a workbench\" %}\n")
        .valid("a.md", "{% image src, altText %}\n");
    RuleTester.of(new ImageAltRule()).jekyll()
        .invalid("a.md", "{% image_with_class \"/img/x.png\" alt=\"x.png\" class=\"w-50\" %}\n",
            Expect.line(1, "file name"));
  }
}

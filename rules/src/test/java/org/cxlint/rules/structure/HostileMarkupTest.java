package org.cxlint.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.rules.images.ImageAltRule;
import org.cxlint.rules.links.LinkNameRule;
import org.junit.jupiter.api.Test;

/** The accessibility rules finish on markup built to hurt: deep nesting, huge spans, odd values. */
class HostileMarkupTest {
  private static final List<Rule> RULES = List.of(new ImageAltRule(), new LinkNameRule(),
      new HeadingOrderRule(), new HeadingEmptyRule(), new HeadingH1Rule(), new DocumentTitleRule(),
      new HtmlLangRule(), new TableHeadersRule(), new FrameTitleRule(), new FormLabelRule(),
      new ButtonNameRule(), new DuplicateIdRule(), new MetaViewportRule(), new MetaRefreshRule());

  private static final List<String> INPUTS = List.of(
      "",
      "<!DOCTYPE html>",
      "<html lang>",
      "<a href=\"x\">" + "<span>".repeat(5000) + "deep" + "</span>".repeat(5000) + "</a>",
      "<h1 lang=\"xx-\">" + "<b>".repeat(3000) + "</h1>",
      "<table>" + "<tr><td lang=\"!\">x</td></tr>".repeat(2000) + "</table>",
      "<table><tr><th colspan=\"99999999\" rowspan=\"-5\">a</th><td rowspan=\"99999\">b</td></tr>"
          + "<tr><td headers=\"   \">c</td></tr></table>",
      "<div role=\"grid\"><div role=\"row\"><div role=\"columnheader\" id=\"h\">H</div></div></div>",
      "<a id=a aria-labelledby=\"b\" href=x></a><span id=b aria-labelledby=\"a\"></span>",
      "<label for=\"f\"><input id=\"f\"><label for=\"f\">x</label></label>",
      "<meta name=viewport content=\"maximum-scale=1e999, user-scalable=,,,;;=\">"
          + "<meta http-equiv=refresh content=\"99999999999999999999999; url=x\">",
      "<svg role=img><title></title><circle role=graphics-symbol/></svg><img alt=\"\u0000\">",
      "<iframe title=\"\"></iframe><frame><button role=\"none presentation\" tabindex=\"x\"></button>");

  @Test
  void everyRuleFinishes() {
    for (Rule rule : RULES) {
      for (String html : INPUTS) {
        for (String name : List.of("a.html", "a.md")) {
          List<Finding> findings = RuleTester.of(rule).findings(name, html);
          assertThat(findings).as("%s on %s", rule.meta().id(), html.length() > 80 ? html.substring(0, 80) : html)
              .noneMatch(f -> f.message().startsWith("cxlint could not finish"));
        }
      }
    }
  }
}

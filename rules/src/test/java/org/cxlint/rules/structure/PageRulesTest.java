package org.cxlint.rules.structure;

import java.util.Map;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class PageRulesTest {
  @Test
  void documentTitle() {
    RuleTester.of(new DocumentTitleRule())
        .valid("a.html", "<!DOCTYPE html><html><head><title>Apply | SSA</title></head></html>")
        .valid("a.html", "<p>A partial template needs no title</p>")
        .invalid("a.html", "<!DOCTYPE html>\n<html>\n<head></head><body><h1>x</h1></body></html>",
            Expect.at(3, 1, "no <title>"))
        .invalid("a.html", "<html><head>\n  <title> </title></head></html>", Expect.at(2, 3, "is empty"))
        .invalid("a.html", "<html><head><title>Untitled Document</title></head></html>",
            Expect.at(1, 13, "placeholder").severity(Severity.WARNING))
        .invalid("a.html", "<html><head></head><body><svg><title>Icon</title></svg></body></html>",
            Expect.line(1, "no <title>"));
  }

  @Test
  void htmlLang() {
    RuleTester.of(new HtmlLangRule())
        .valid("a.html", "<!DOCTYPE html><html lang=\"en-US\"><p lang=\"es\">Hola</p></html>")
        .valid("a.html", "<html lang=\"zh-Hant\"><p lang=\"\">Unknown</p><div lang=\"xx-bad\"></div></html>")
        .invalid("a.html", "<!DOCTYPE html>\n<html>\n<body>x</body></html>",
            Expect.at(2, 1, "no lang attribute"))
        .invalid("a.html", "<html xml:lang=\"en\"></html>", Expect.at(1, 1, "xml:lang does not count"))
        .invalid("a.html", "<html lang=\" \"></html>", Expect.at(1, 1, "lang is empty"))
        .invalid("a.html", "<html lang=\"english\"></html>",
            Expect.at(1, 1, "not a valid language tag").suggestion("lang=\"en\""))
        .invalid("a.html", "<html lang=\"en_US\"></html>",
            Expect.at(1, 1, "not a valid").suggestion("lang=\"en-US\""))
        .invalid("a.html", "<html lang=\"en\"><body>\n<p lang=\"eng\">Hi <span lang=\"fr\">salut</span></p>",
            Expect.at(2, 1, "lang=\"eng\" on <p>").suggestion("lang=\"en\""))
        .valid("a.html", "<html lang=\"en\"><article lang=\"invalid\"><div lang=\"en\">All text</div></article></html>");
  }

  @Test
  void metaViewport() {
    RuleTester t = RuleTester.of(new MetaViewportRule());
    t.valid("a.html", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .valid("a.html", "<meta name=\"viewport\" content=\"maximum-scale=2.0, user-scalable=yes\">")
        .valid("a.html", "<meta name=\"viewport\" content=\"maximum-scale=-1\">")
        .invalid("a.html", "<head>\n<meta name=\"viewport\" content=\"width=device-width, user-scalable=no\">",
            Expect.at(2, 1, "user-scalable=no"))
        .invalid("a.html", "<meta name=\"Viewport\" content=\"maximum-scale=1.5\">",
            Expect.at(1, 1, "maximum-scale=1.5").suggestion("5 or more"))
        .invalid("a.html", "<meta name=\"viewport\" content=\"user-scalable=0.5\">", Expect.at(1, 1, "user-scalable"));
    RuleTester.of(new MetaViewportRule()).options(Map.of("minimumMaximumScale", 3.0))
        .invalid("a.html", "<meta name=\"viewport\" content=\"maximum-scale=2\">", Expect.at(1, 1, "300%"));
  }

  @Test
  void metaRefresh() {
    RuleTester t = RuleTester.of(new MetaRefreshRule());
    t.valid("a.html", "<meta http-equiv=\"refresh\" content=\"0; url=https://example.gov\">")
        .valid("a.html", "<meta http-equiv=\"refresh\" content=\"72001\">")
        .valid("a.html", "<meta http-equiv=\"refresh\" content=\"+5\">")
        .valid("a.html", "<meta http-equiv=\"refresh\" content=\"0; url=/a\"><meta http-equiv=\"refresh\" content=\"5\">")
        .invalid("a.html", "<head>\n<meta http-equiv=\"Refresh\" content=\"30; URL='https://w3.org'\">",
            Expect.at(2, 1, "redirects itself after 30 seconds"))
        .invalid("a.html", "<meta http-equiv=\"refresh\" content=\"0: x\"><meta http-equiv=\"refresh\" content=\"5\">",
            Expect.at(1, 43, "reloads itself after 5 seconds"));
    RuleTester.of(new MetaRefreshRule()).options(Map.of("level", "AAA"))
        .invalid("a.html", "<meta http-equiv=\"refresh\" content=\"72001\">", Expect.at(1, 1, "72001 seconds"))
        .valid("a.html", "<meta http-equiv=\"refresh\" content=\"0; https://w3.org\">");
  }

  @Test
  void htmlLangSuggestsEnglishAndFixesAnUnderscore() {
    RuleTester t = RuleTester.of(new HtmlLangRule());
    String bare = "<!DOCTYPE html>\n<HTML class=\"x\"><head><title>T</title></head><body>Hi</body></HTML>";
    t.fixes("a.html", bare, bare)
        .suggests("a.html", bare, bare.replace("<HTML class", "<HTML lang=\"en\" class"))
        .fixes("a.html", "<html lang=\"en_US\"><head><title>T</title></head><body>Hi</body></html>",
            "<html lang=\"en-US\"><head><title>T</title></head><body>Hi</body></html>");
  }
}

package org.cxlint.rules.structure;

import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.html.LanguageTag;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.DocumentLanguage;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.HtmlFragment;
import java.util.List;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code html-lang}: an HTML page whose {@code <html>} has no {@code lang} or one that is not a
 * valid BCP 47 tag (3.1.1), and any element whose {@code lang} is not valid while it holds text
 * of its own (3.1.2). Only the primary language subtag is checked against the IANA registry,
 * as browsers only need it to choose a voice; {@code lang=""} (language unknown) is allowed on
 * inner elements.
 */
public final class HtmlLangRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("html-lang")
      .category(Category.STRUCTURE)
      .fixable(true)
      .severity(Severity.ERROR)
      .summary("An HTML page declares its language with a valid lang, and so does any part in"
          + " another language.")
      .rationale("Screen readers choose their voice and pronunciation from lang. Without it,"
          + " or with a tag they do not know (“english”, “eng”, “en_US”), a Spanish page may be"
          + " read with English sounds. Use a BCP 47 tag: en, es, en-US, zh-Hant.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html",
          "https://www.w3.org/International/questions/qa-choosing-language-tags",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/bf051a/proposed/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/de46e4/proposed/")
      .wcag("3.1.1 Language of Page, Level A; 3.1.2 Language of Parts, Level AA")
      .examples("<html>\n…<p lang=\"spanish\">Solicite beneficios</p>",
          "<html lang=\"en\">\n…<p lang=\"es\">Solicite beneficios</p>")
      .formats(Format.HTML, Format.MARKDOWN)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    HtmlFragment page = HtmlElements.page(document);
    Element root = null;
    if (page != null) {
      root = page.dom().selectFirst("html");
      if (document.notAPage() == null) {
        checkPage(document, page, root, context);
      }
    }
    for (Element e : HtmlElements.all(document)) {
      if (e == root || !e.hasAttr("lang") || e.attr("lang").isEmpty()) {
        continue;
      }
      String value = e.attr("lang");
      LanguageTag.Verdict v = LanguageTag.check(value);
      if (v != LanguageTag.Verdict.VALID && hasOwnText(e)) {
        context.report(PageRules.at(document, e),
            "lang=\"" + value + "\" on <" + e.normalName() + "> is not a valid language tag"
                + reason(v) + ", so this text may be read in the wrong voice.",
            suggestion(value));
      }
    }
  }

  private static void checkPage(ContentDocument document, HtmlFragment page, Element html,
      RuleContext context) {
    if (html == null || !HtmlElements.isWritten(html)) {
      context.report(PageRules.pageStart(document, page),
          "This page has no <html lang=\"…\">, so screen readers must guess its language.",
          "Start the page with <html lang=\"en\"> (or the tag of its language, e.g. es).");
      return;
    }
    String source = document.source().text();
    Span tag = page.startTagSpan(html);
    if (!html.hasAttr("lang")) {
      String detected = detectedOtherThanEnglish(document);
      String lang = detected != null ? detected : "en";
      // A suggestion: only a person knows the page's language.
      List<Fix> fixes = tag != null && tag.end() <= source.length()
          && source.regionMatches(true, tag.start(), "<html", 0, 5)
          ? List.of(new Fix("Add lang=\"" + lang + "\"", List.of(new TextEdit(tag.start() + 5,
              tag.start() + 5, " lang=\"" + lang + "\"")), false))
          : List.of();
      if (detected != null) {
        context.report(tag, null,
            "The <html> element has no lang attribute, and the page reads as "
                + languageName(detected) + ": screen readers will guess, and may read it with"
                + " the wrong voice.",
            "Add lang=\"" + detected + "\" to <html>.", fixes);
        return;
      }
      context.report(tag, null,
          "The <html> element has no lang attribute, so screen readers must guess the page's"
              + " language" + (html.hasAttr("xml:lang") ? " (xml:lang does not count in HTML)" : "")
              + ".",
          "Add lang=\"en\" (or the tag of the page's language, e.g. es) to <html>.", fixes);
      return;
    }
    String value = html.attr("lang");
    LanguageTag.Verdict v = LanguageTag.check(value);
    if (v == LanguageTag.Verdict.EMPTY) {
      context.report(page.startTagSpan(html), "The <html> element's lang is empty.",
          "Set it to the page's language, e.g. lang=\"en\".");
    } else if (v != LanguageTag.Verdict.VALID) {
      context.report(tag, null,
          "lang=\"" + value + "\" on <html> is not a valid language tag" + reason(v) + ".",
          suggestion(value), hyphenFix(source, tag, value));
    }
  }

  /** The detected language of a page that declares none, when it is not English; else null. */
  static String detectedOtherThanEnglish(ContentDocument document) {
    DocumentLanguage lang = document.language();
    return lang.origin() == DocumentLanguage.Origin.DETECTED && !lang.tag().equals("en")
        ? lang.tag() : null;
  }

  /** "Spanish" for "es"; the code itself when Java knows no English name. */
  static String languageName(String tag) {
    String name = java.util.Locale.forLanguageTag(tag).getDisplayLanguage(java.util.Locale.ENGLISH);
    return name.isEmpty() ? tag : name;
  }

  /**
   * "en_US" written with a hyphen, as a safe fix: the same language, in the form BCP 47 and
   * screen readers expect. Only when the value appears once in the start tag, as written.
   */
  private static List<Fix> hyphenFix(String source, Span tag, String value) {
    String v = value.strip().replace('_', '-');
    if (tag == null || tag.end() > source.length() || v.equals(value)
        || !LanguageTag.isValid(v) || value.isEmpty()) {
      return List.of();
    }
    String start = source.substring(tag.start(), tag.end());
    int at = start.indexOf(value);
    if (at < 0 || start.indexOf(value, at + 1) >= 0) {
      return List.of();
    }
    return List.of(Fix.replacing(new Span(tag.start() + at, tag.start() + at + value.length()),
        v));
  }

  private static String reason(LanguageTag.Verdict v) {
    return switch (v) {
      case EMPTY -> " (it is blank)";
      case MALFORMED -> " (a tag is letters and digits joined by hyphens, e.g. en-US)";
      case UNKNOWN_LANGUAGE -> " (its first part is not a registered language code)";
      case VALID -> "";
    };
  }

  private static String suggestion(String value) {
    String v = value.strip().replace('_', '-');
    if (LanguageTag.isValid(v)) {
      return "Write it as lang=\"" + v + "\": BCP 47 tags use hyphens, not underscores.";
    }
    String lower = v.toLowerCase(java.util.Locale.ROOT);
    // Every ISO 639 language with its English name: both come with java.base, so the advice is
    // the same on a full JDK and on the trimmed runtime of the release archive (no jdk.localedata).
    for (String code : java.util.Locale.getISOLanguages()) {
      java.util.Locale l = new java.util.Locale(code);
      if (lower.equals(l.getDisplayLanguage(java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT))
          || lower.equals(l.getISO3Language())) {
        return "Use the language's code: lang=\"" + code + "\".";
      }
    }
    return "Use a BCP 47 tag such as en, es, fr, zh-Hant or en-US.";
  }

  /** True when text (or an image's alt) takes its language from this element, not a nested lang. */
  private static boolean hasOwnText(Element e) {
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>(e.childNodes());
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof TextNode t) {
        if (!t.isBlank()) {
          return true;
        }
      } else if (n instanceof Element c) {
        String tag = c.normalName();
        if (c.hasAttr("lang") || tag.equals("script") || tag.equals("style")
            || tag.equals("template")) {
          continue;
        }
        if (!c.attr("alt").isBlank() || !c.attr("aria-label").isBlank()
            || !c.attr("title").isBlank()) {
          return true;
        }
        stack.addAll(c.childNodes());
      }
    }
    return false;
  }
}

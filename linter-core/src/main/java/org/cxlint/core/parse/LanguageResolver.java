package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.analysis.LanguageDetector;
import org.cxlint.core.html.LanguageTag;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.DocumentLanguage;
import org.cxlint.core.model.DocumentLanguage.Origin;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.jsoup.nodes.Element;

/**
 * The parser's last step: the language of the page and of each prose block. The first of these
 * that applies wins: the HTML {@code lang} of the block's element or of the page; front matter
 * {@code lang}, {@code language} or {@code languageCode}; a Hugo translation file name
 * ({@code page.es.md}) or per-language content folder ({@code content/es/}); the configured
 * default; the {@link LanguageDetector}; English.
 */
final class LanguageResolver {
  private static final List<String> FRONT_MATTER_KEYS = List.of("lang", "language", "languageCode");

  private LanguageResolver() {}

  /** {@code document} with its languages; {@code configured} is the config's default or null. */
  static ContentDocument resolve(ContentDocument document, String configured) {
    DocumentLanguage page = declared(document);
    if (page == null && configured != null && !configured.isBlank()) {
      page = new DocumentLanguage(configured, Origin.CONFIG);
    }
    boolean detecting = page == null;
    if (detecting) {
      String detected = LanguageDetector.detect(bodyText(document));
      page = detected == null ? DocumentLanguage.DEFAULT
          : new DocumentLanguage(detected, Origin.DETECTED);
    }
    List<LangSpan> spans = elementLanguages(document);
    List<Prose> prose = new ArrayList<>(document.prose().size());
    for (Prose p : document.prose()) {
      String lang = languageOf(p, spans, null);
      if (lang == null && detecting && p.kind() != Prose.Kind.FRONT_MATTER) {
        lang = detectBlock(p.text(), page.tag());
      }
      prose.add(p.withLanguage(lang != null ? lang : page.tag()));
    }
    return document.withLanguages(page, prose);
  }

  /** The page's own declaration, or null. */
  private static DocumentLanguage declared(ContentDocument document) {
    if (document.format() == Format.HTML && !document.htmlFragments().isEmpty()) {
      Element html = document.htmlFragments().get(0).dom().selectFirst("html");
      String tag = html == null ? null : html.attr("lang");
      if (tag != null && LanguageTag.isValid(tag)) {
        return new DocumentLanguage(tag, Origin.HTML_LANG);
      }
    }
    for (String key : FRONT_MATTER_KEYS) {
      String v = document.frontMatter().string(key);
      if (v != null && LanguageTag.isValid(v.replace('_', '-'))) {
        return new DocumentLanguage(v, Origin.FRONT_MATTER);
      }
    }
    String path = document.source().path() != null
        ? document.source().path().toString().replace('\\', '/')
        : document.source().displayPath().replace('\\', '/');
    String[] parts = path.split("/");
    String name = parts[parts.length - 1];
    String[] dots = name.split("\\.");
    if (dots.length >= 3 && isLanguageCode(dots[dots.length - 2])) {
      return new DocumentLanguage(dots[dots.length - 2], Origin.FILE_NAME);
    }
    for (int i = 0; i + 2 < parts.length; i++) {
      if (parts[i].equals("content") && isLanguageCode(parts[i + 1])) {
        return new DocumentLanguage(parts[i + 1], Origin.FOLDER);
      }
    }
    return null;
  }

  /**
   * The language of one block of a page that declares none, or null to take the page's: a
   * bilingual glossary or a page of placeholder Latin has blocks in more than one language. On
   * a page detected as English only a block with Spanish letters (ñ, ¿, accents) is looked at
   * again, so an English page rarely loads the model.
   */
  private static String detectBlock(String text, String page) {
    if ("en".equals(page) && !hasSpanishLetters(text)) {
      return null;
    }
    return LanguageDetector.detect(text);
  }

  private static boolean hasSpanishLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("ñÑ¿¡áéíóúÁÉÍÓÚ".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Two lower-case letters naming a registered language ("es"; not "v2", not "min"). */
  private static boolean isLanguageCode(String s) {
    return s.length() == 2 && Character.isLowerCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1)) && LanguageTag.isKnownLanguage(s);
  }

  /** The body prose (what readability scores), else all prose, joined, up to the model's limit. */
  private static String bodyText(ContentDocument document) {
    StringBuilder sb = new StringBuilder();
    for (Prose p : document.prose()) {
      if (p.kind() == Prose.Kind.PARAGRAPH || p.kind() == Prose.Kind.LIST_ITEM
          || p.kind() == Prose.Kind.BLOCKQUOTE) {
        sb.append(p.text()).append('\n');
        if (sb.length() > 8000) {
          break;
        }
      }
    }
    if (sb.length() < 200) {
      for (Prose p : document.prose()) {
        sb.append(p.text()).append('\n');
        if (sb.length() > 8000) {
          break;
        }
      }
    }
    return sb.toString();
  }

  private record LangSpan(Span span, String tag) {}

  /** Every element with a valid {@code lang}, with its source span (the html element too). */
  private static List<LangSpan> elementLanguages(ContentDocument document) {
    List<LangSpan> out = new ArrayList<>();
    for (HtmlFragment f : document.htmlFragments()) {
      for (Element e : f.dom().select("[lang]")) {
        String tag = e.attr("lang");
        Span span = f.spanOf(e);
        if (span != null && LanguageTag.isValid(tag)) {
          out.add(new LangSpan(span, DocumentLanguage.primary(tag)));
        }
      }
    }
    return out;
  }

  /** The language of the smallest lang element holding the whole block, else {@code page}. */
  private static String languageOf(Prose p, List<LangSpan> spans, String page) {
    if (spans.isEmpty() || p.text().isEmpty() || p.kind() == Prose.Kind.FRONT_MATTER) {
      return page;
    }
    int first = p.sourceOffset(0);
    int last = p.sourceOffset(p.text().length() - 1);
    LangSpan best = null;
    for (LangSpan s : spans) {
      if (s.span().contains(first) && s.span().contains(last)
          && (best == null || s.span().length() < best.span().length())) {
        best = s;
      }
    }
    return best == null ? page : best.tag();
  }
}

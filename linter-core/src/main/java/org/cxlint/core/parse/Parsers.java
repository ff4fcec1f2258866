package org.cxlint.core.parse;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;

/** Chooses the parser for a format. Parsers are stateless and safe to share across threads. */
public final class Parsers {
  private static final MarkdownParser MARKDOWN = new MarkdownParser();
  private static final HtmlParser HTML = new HtmlParser();
  private static final TextParser TEXT = new TextParser();

  private Parsers() {}

  /** Parses a file outside any known site, with no configured default language. */
  public static ContentDocument parse(SourceFile source, Format format) {
    return parse(source, format, SitePage.NONE, null);
  }

  /** Parses a file of a site, with the conventions of its generator. */
  public static ContentDocument parse(SourceFile source, Format format, SitePage site) {
    return parse(source, format, site, null);
  }

  /** Parses a file outside any known site with a configured default language (may be null). */
  public static ContentDocument parse(SourceFile source, Format format, String defaultLanguage) {
    return parse(source, format, SitePage.NONE, defaultLanguage);
  }

  /**
   * Parses {@code source} with its site's conventions and gives its page and every prose block
   * a language.
   *
   * @param defaultLanguage the config's {@code language}, used when the page declares none; null
   *     lets the language detector decide
   */
  public static ContentDocument parse(SourceFile source, Format format, SitePage site,
      String defaultLanguage) {
    ContentDocument document = switch (format) {
      case MARKDOWN -> MARKDOWN.parse(source, site);
      case HTML -> HTML.parse(source, site);
      case TEXT -> TEXT.parse(source);
    };
    return LanguageResolver.resolve(document, defaultLanguage);
  }
}

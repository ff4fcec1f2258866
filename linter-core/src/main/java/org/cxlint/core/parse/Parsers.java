package org.cxlint.core.parse;

import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;

/** Chooses the parser for a format. Parsers are stateless and safe to share across threads. */
public final class Parsers {
  private static final MarkdownParser MARKDOWN = new MarkdownParser();
  private static final HtmlParser HTML = new HtmlParser();
  private static final TextParser TEXT = new TextParser();

  private Parsers() {}

  /** Parses with no configured default language (see {@link #parse(SourceFile, Format, String)}). */
  public static ContentDocument parse(SourceFile source, Format format) {
    return parse(source, format, null);
  }

  /**
   * Parses {@code source} and gives its page and every prose block a language.
   *
   * @param defaultLanguage the config's {@code language}, used when the page declares none; null
   *     lets the language detector decide
   */
  public static ContentDocument parse(SourceFile source, Format format, String defaultLanguage) {
    ContentDocument document = switch (format) {
      case MARKDOWN -> MARKDOWN.parse(source);
      case HTML -> HTML.parse(source);
      case TEXT -> TEXT.parse(source);
    };
    return LanguageResolver.resolve(document, defaultLanguage);
  }
}

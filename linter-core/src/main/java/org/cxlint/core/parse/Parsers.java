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

  public static ContentDocument parse(SourceFile source, Format format) {
    return parse(source, format, SitePage.NONE);
  }

  /** Parses a file of a site, with the conventions of its generator. */
  public static ContentDocument parse(SourceFile source, Format format, SitePage site) {
    return switch (format) {
      case MARKDOWN -> MARKDOWN.parse(source, site);
      case HTML -> HTML.parse(source, site);
      case TEXT -> TEXT.parse(source);
    };
  }
}

package org.cxlint.core.parse;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.SourceFile;

/** Placeholder until the parser lands: an empty document. */
public final class MarkdownParser {
  public ContentDocument parse(SourceFile source) {
    return new ContentDocument(source, Format.MARKDOWN, FrontMatter.NONE, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }
}

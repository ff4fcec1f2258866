package org.cxlint.lsp;

import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.model.Format;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document the editor has open, as an immutable snapshot: a change makes a new one, so the
 * lint thread can work on a snapshot while the editor types on.
 *
 * @param uri the document's URI
 * @param file the file behind it, or null (an untitled buffer, a URI that is no file)
 * @param name the name shown in messages
 * @param format how cxlint reads it
 * @param version the editor's version number
 * @param text the whole text
 */
record OpenDocument(String uri, Path file, String name, Format format, int version, String text) {

  /** The document after the editor's changes, applied in order (full or incremental). */
  OpenDocument apply(List<TextDocumentContentChangeEvent> changes, int newVersion) {
    String t = text;
    for (TextDocumentContentChangeEvent c : changes) {
      Range r = c.getRange();
      String replacement = c.getText() == null ? "" : c.getText();
      if (r == null) {
        t = replacement;
      } else {
        int start = TextPositions.offset(t, r.getStart());
        int end = Math.max(start, TextPositions.offset(t, r.getEnd()));
        t = t.substring(0, start) + replacement + t.substring(end);
      }
    }
    return new OpenDocument(uri, file, name, format, newVersion, t);
  }

  OpenDocument withText(String newText) {
    return new OpenDocument(uri, file, name, format, version, newText);
  }
}

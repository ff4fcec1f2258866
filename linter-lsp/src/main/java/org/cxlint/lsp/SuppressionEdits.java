package org.cxlint.lsp;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;

/**
 * The text edits behind "Disable RULE for this line" and "Disable RULE for this file": they
 * write the comments {@code org.cxlint.core.Suppressions} reads ({@code <!-- cxlint-disable-next-line
 * RULE -->}, {@code <!-- cxlint-disable RULE -->}), where each format keeps its meaning:
 *
 * <ul>
 *   <li>Markdown: a comment line of its own before the line, or, inside a paragraph, list item
 *       or quote (where a comment line would split the block), at the end of the line before;
 *       nothing inside front matter (YAML has no such comments) or a table (a line would end
 *       it). For the file: after the front matter.
 *   <li>HTML: a comment line before the line, not inside a tag; for the file, after the
 *       doctype (a comment before it would put browsers in quirks mode).
 *   <li>Text: a comment line of its own, which the text parser reads as a directive.
 * </ul>
 *
 * An existing directive comment in the right place gets the rule added instead of a second one.
 */
final class SuppressionEdits {
  /** An edit in source offsets: replace {@code [start, end)} with {@code text}. */
  record Edit(int start, int end, String text) {}

  private static final Pattern NEXT_LINE_COMMENT = Pattern.compile(
      "<!--\\s*cxlint-disable-next-line((?:[\\s,]+[a-z0-9-]+)*)\\s*-->[ \\t]*$");
  private static final Pattern DISABLE_LINE = Pattern.compile(
      "^[ \\t]*<!--\\s*cxlint-disable((?:[\\s,]+[a-z0-9-]+)*)\\s*-->[ \\t]*$");
  private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!doctype[^>]*>[ \\t]*(\\r\\n|\\r|\\n)?",
      Pattern.CASE_INSENSITIVE);

  private SuppressionEdits() {}

  /** The edit that disables {@code rule} for the 1-based {@code line}, or empty where none can. */
  static Optional<Edit> forLine(ContentDocument document, String rule, int line) {
    SourceFile source = document.source();
    String text = source.text();
    int lineStart = source.lineStart(line);
    if (inFrontMatter(document, lineStart)) {
      return Optional.empty();
    }
    if (line > 1) {
      // A directive already on the line before: add the rule to it.
      int prevStart = source.lineStart(line - 1);
      int prevEnd = source.lineEnd(line - 1);
      Matcher m = NEXT_LINE_COMMENT.matcher(text.substring(prevStart, prevEnd));
      if (m.find()) {
        if (m.group(1).isBlank()) {
          return Optional.empty(); // already disables every rule there
        }
        return Optional.of(addId(prevStart + m.start(1), prevStart + m.end(1), m.group(1), rule));
      }
    }
    String comment = "<!-- cxlint-disable-next-line " + rule + " -->";
    switch (document.format()) {
      case MARKDOWN -> {
        if (onTableLine(document, source, line)) {
          return Optional.empty();
        }
        if (line > 1 && !blank(source, line - 1) && continuesBlock(document, source, line)) {
          int prevEnd = source.lineEnd(line - 1);
          return Optional.of(new Edit(prevEnd, prevEnd, " " + comment));
        }
      }
      case HTML -> {
        if (insideTag(text, lineStart)) {
          return Optional.empty();
        }
      }
      case TEXT -> { }
    }
    String indent = indentation(text, lineStart);
    return Optional.of(new Edit(lineStart, lineStart, indent + comment + lineBreak(text)));
  }

  /** The edit that disables {@code rule} from the top of the document on. */
  static Edit forFile(ContentDocument document, String rule) {
    String text = document.source().text();
    int at = 0;
    if (document.format() == Format.MARKDOWN) {
      at = afterFrontMatter(document);
    } else if (document.format() == Format.HTML) {
      Matcher d = DOCTYPE.matcher(text);
      if (d.find()) {
        at = d.end();
        if (d.group(1) == null) {
          // "<!DOCTYPE html><html>" on one line: the comment goes on a line of its own.
          return existingOrNew(text, at, rule, lineBreak(text), "");
        }
      }
    }
    return existingOrNew(text, at, rule, "", lineBreak(text));
  }

  private static Edit existingOrNew(String text, int at, String rule, String before, String after) {
    int lineEnd = at;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    Matcher m = DISABLE_LINE.matcher(text.substring(at, lineEnd));
    if (m.find() && !m.group(1).isBlank()) {
      return addId(at + m.start(1), at + m.end(1), m.group(1), rule);
    }
    return new Edit(at, at, before + "<!-- cxlint-disable " + rule + " -->" + after);
  }

  /** The rule added to a directive's list of ids (kept as written, the new id at the end). */
  private static Edit addId(int start, int end, String ids, String rule) {
    Set<String> all = new LinkedHashSet<>();
    for (String id : ids.trim().split("[\\s,]+")) {
      if (!id.isEmpty()) {
        all.add(id);
      }
    }
    all.add(rule);
    return new Edit(start, end, " " + String.join(" ", all));
  }

  private static boolean inFrontMatter(ContentDocument document, int offset) {
    return document.format() == Format.MARKDOWN && offset < afterFrontMatter(document);
  }

  /**
   * Where the body starts: after the front matter's closing fence and its line break. Read from
   * the text as well as the model, since front matter that is not valid YAML has no span.
   */
  static int afterFrontMatter(ContentDocument document) {
    FrontMatter fm = document.frontMatter();
    String text = document.source().text();
    int end = -1;
    if (fm.isPresent()) {
      end = fm.span().end();
    } else {
      Matcher open = Pattern.compile("^(---|\\+\\+\\+)[ \\t]*(\\r\\n|\\r|\\n)").matcher(text);
      if (open.find()) {
        String fence = open.group(1);
        Matcher close = Pattern.compile("(?m)^(" + Pattern.quote(fence)
            + (fence.equals("---") ? "|\\.\\.\\." : "") + ")[ \\t]*$").matcher(text);
        if (close.find(open.end())) {
          end = close.end();
        }
      }
    }
    if (end < 0) {
      return 0;
    }
    // past the rest of the fence's line and its line break
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    if (end < text.length() && text.charAt(end) == '\r') {
      end++;
    }
    if (end < text.length() && text.charAt(end) == '\n') {
      end++;
    }
    return end;
  }

  /**
   * True when the line before {@code line} is prose of a paragraph, list item or quote: a
   * comment line after it would end that block (or the list) early, so the comment goes at its
   * end instead.
   */
  private static boolean continuesBlock(ContentDocument document, SourceFile source, int line) {
    int prevStart = source.lineStart(line - 1);
    int prevEnd = source.lineEnd(line - 1);
    for (Prose p : document.prose()) {
      Span s = p.span();
      boolean block = p.kind() == Prose.Kind.PARAGRAPH || p.kind() == Prose.Kind.LIST_ITEM
          || p.kind() == Prose.Kind.BLOCKQUOTE;
      if (block && s.start() < prevEnd && s.end() > prevStart) {
        return true;
      }
    }
    return false;
  }

  private static boolean onTableLine(ContentDocument document, SourceFile source, int line) {
    int start = source.lineStart(line);
    int end = source.lineEnd(line);
    for (Prose p : document.prose()) {
      if (p.kind() == Prose.Kind.TABLE_CELL && p.span().start() <= end && p.span().end() >= start) {
        return true;
      }
    }
    String t = source.text().substring(start, end).trim();
    return t.startsWith("|") && line > 1
        && source.text().substring(source.lineStart(line - 1), source.lineEnd(line - 1)).trim().startsWith("|");
  }

  /** True when {@code offset} is inside a start or end tag (between '<' and its '>'). */
  private static boolean insideTag(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '>') {
        return false;
      }
      if (c == '<') {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(SourceFile source, int line) {
    return source.text().substring(source.lineStart(line), source.lineEnd(line)).isBlank();
  }

  private static String indentation(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }

  /** The document's own line break: CRLF when its first line ends with one. */
  private static String lineBreak(String text) {
    int n = text.indexOf('\n');
    if (n > 0 && text.charAt(n - 1) == '\r') {
      return "\r\n";
    }
    if (n < 0 && text.indexOf('\r') >= 0) {
      return "\r";
    }
    return "\n";
  }
}

package org.cxlint.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer for the XML reports. Unlike {@code XMLStreamWriter} it escapes
 * everything a linted file can carry: characters XML 1.0 forbids (control characters, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, and line breaks and tabs inside attribute values are
 * written as character references so parsers keep them instead of normalising them to spaces.
 */
final class XmlWriter {
  private final Writer out;
  /** Open elements, innermost first; each remembers whether it holds child elements. */
  private final Deque<Open> open = new ArrayDeque<>();
  private boolean startTagOpen;

  private static final class Open {
    final String name;
    boolean hasChildren;

    Open(String name) {
      this.name = name;
    }
  }

  XmlWriter(Writer out) throws IOException {
    this.out = out;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /**
   * A writer of the children of an element {@code enclosing} that another writer opens: no XML
   * declaration, indented one level, never closing {@code enclosing} (see {@link #children}).
   */
  static XmlWriter fragment(Writer out, String enclosing) {
    return new XmlWriter(out, enclosing);
  }

  private XmlWriter(Writer out, String enclosing) {
    this.out = out;
    open.push(new Open(enclosing));
  }

  /** Flushes what a {@link #fragment} wrote. */
  void flush() throws IOException {
    out.flush();
  }

  /** Copies the children a {@link #fragment} wrote into the element open here. */
  XmlWriter children(java.io.Reader content) throws IOException {
    closeStartTag();
    open.peek().hasChildren = true;
    content.transferTo(out);
    return this;
  }

  XmlWriter start(String name) throws IOException {
    closeStartTag();
    if (!open.isEmpty()) {
      open.peek().hasChildren = true;
      out.write('\n');
      indent(open.size());
    }
    out.write('<');
    out.write(name);
    open.push(new Open(name));
    startTagOpen = true;
    return this;
  }

  XmlWriter attribute(String name, Object value) throws IOException {
    if (value == null) {
      return this;
    }
    if (!startTagOpen) {
      throw new IllegalStateException("attribute outside a start tag: " + name);
    }
    out.write(' ');
    out.write(name);
    out.write("=\"");
    escape(String.valueOf(value), true);
    out.write('"');
    return this;
  }

  /** Character data; elements that hold text should hold nothing else (no indentation added). */
  XmlWriter text(String text) throws IOException {
    closeStartTag();
    escape(text == null ? "" : text, false);
    return this;
  }

  XmlWriter end() throws IOException {
    Open element = open.pop();
    if (startTagOpen) {
      out.write("/>");
      startTagOpen = false;
      return this;
    }
    if (element.hasChildren) {
      out.write('\n');
      indent(open.size());
    }
    out.write("</");
    out.write(element.name);
    out.write('>');
    return this;
  }

  void finish() throws IOException {
    while (!open.isEmpty()) {
      end();
    }
    out.write('\n');
    out.flush();
  }

  private void closeStartTag() throws IOException {
    if (startTagOpen) {
      out.write('>');
      startTagOpen = false;
    }
  }

  private void indent(int depth) throws IOException {
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  private void escape(String s, boolean attribute) throws IOException {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write(attribute ? "&quot;" : "\"");
        case '\'' -> out.write(attribute ? "&apos;" : "'");
        case '\n' -> out.write(attribute ? "&#10;" : "\n");
        case '\r' -> out.write("&#13;");
        case '\t' -> out.write(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.write(c);
            out.write(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.write('\uFFFD');
          } else {
            out.write(c);
          }
        }
      }
    }
  }
}

package org.cxlint.core.model;

/**
 * A heading. {@code text} is its plain text (markup, code and shortcodes removed);
 * {@code span} covers the whole heading as written, {@code textSpan} its text.
 * {@code origin} says where it came from; a front-matter title is not a Heading
 * (rules that count it as the page's h1 read {@link FrontMatter#title()}).
 */
public record Heading(int level, String text, Span span, Span textSpan, Origin origin) {
  /** Where a heading, link or image was written. */
  public enum Origin {
    MARKDOWN,
    HTML,
    AUTOLINK,
    SHORTCODE,
    TEXT
  }
}

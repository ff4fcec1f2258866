package org.cxlint.core.model;

/**
 * A unit of prose: text a person reads, with code, URLs, HTML tags, comments and shortcodes
 * removed, and every character mapped back to its offset in the source. Line breaks inside a
 * block become single spaces (mapped to the line break). Units never run into each other: a
 * heading, a list item, a table cell and a front-matter field are each their own unit.
 */
public final class Prose {
  /** What kind of block the prose came from. */
  public enum Kind {
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL,
    BLOCKQUOTE,
    HEADING,
    FRONT_MATTER
  }

  private final Kind kind;
  private final String text;
  private final int[] offsets;
  private final Span span;
  private final String field;
  private final String language;

  /**
   * @param kind the block kind
   * @param text the prose text
   * @param offsets for each char of {@code text}, its source offset (same length as text)
   * @param span the whole block in the source
   * @param field for FRONT_MATTER prose, the key (title, summary, description); else null
   */
  public Prose(Kind kind, String text, int[] offsets, Span span, String field) {
    this(kind, text, offsets, span, field, DocumentLanguage.DEFAULT_TAG);
  }

  /**
   * As {@link #Prose(Kind, String, int[], Span, String)}, in the given language.
   *
   * @param language the primary language subtag, lower case ("en", "es")
   */
  public Prose(Kind kind, String text, int[] offsets, Span span, String field, String language) {
    if (offsets.length != text.length()) {
      throw new IllegalArgumentException("offsets must map every char of the text");
    }
    this.kind = kind;
    this.text = text;
    this.offsets = offsets;
    this.span = span;
    this.field = field;
    this.language = language == null ? DocumentLanguage.DEFAULT_TAG : language;
  }

  /** The same prose in {@code language} (a primary subtag, lower case). */
  public Prose withLanguage(String language) {
    return language.equals(this.language) ? this
        : new Prose(kind, text, offsets, span, field, language);
  }

  public Kind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public Span span() {
    return span;
  }

  /** For front-matter prose, the field name; otherwise null. */
  public String field() {
    return field;
  }

  /**
   * The language of this prose as a lower-case primary subtag ("en", "es"): from the HTML
   * {@code lang} of its element or page, the front matter, the file name or folder, the
   * configured default, or detected; "en" when nothing says otherwise.
   */
  public String language() {
    return language;
  }

  /** Source offset of the char at {@code index} of {@link #text()}. */
  public int sourceOffset(int index) {
    return offsets[index];
  }

  /** The source span of {@code text().substring(from, to)}; an empty range maps to an empty span. */
  public Span sourceSpan(int from, int to) {
    if (from >= to) {
      int at = from < offsets.length ? offsets[from] : (offsets.length == 0 ? span.end() : offsets[offsets.length - 1] + 1);
      return new Span(at, at);
    }
    return new Span(offsets[from], offsets[to - 1] + 1);
  }

  @Override
  public String toString() {
    return kind + ":" + text;
  }
}

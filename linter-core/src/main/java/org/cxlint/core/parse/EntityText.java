package org.cxlint.core.parse;

import java.util.Map;

/**
 * What one character reference ({@code &mdash;}, {@code &#8211;}, {@code &amp;}) reads as in
 * text, as jsoup's {@link org.jsoup.parser.Parser#unescapeEntities(String, boolean)} gives it.
 * Numeric references to ordinary characters and the named references that pages use most are
 * decoded here; anything else goes to jsoup. The first call to jsoup builds a whole HTML parser
 * and loads its 2,200 named entities, which cost a one-file Markdown run about a seventh of its
 * parse; Markdown pages rarely need more than this short list. {@code EntityTextTest} checks
 * that every answer given here is jsoup's.
 */
final class EntityText {
  private EntityText() {}

  /** The named references decoded without jsoup, with their HTML values. */
  static final Map<String, String> COMMON = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
      Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
      Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
      Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"),
      Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
      Map.entry("times", "\u00D7"), Map.entry("deg", "\u00B0"), Map.entry("shy", "\u00AD"),
      Map.entry("eacute", "\u00E9"), Map.entry("aacute", "\u00E1"), Map.entry("iacute", "\u00ED"),
      Map.entry("oacute", "\u00F3"), Map.entry("uacute", "\u00FA"), Map.entry("ntilde", "\u00F1"));

  /** {@code raw} (one reference, from its {@code &}) as text reads it. */
  static String decode(String raw) {
    String fast = fast(raw);
    return fast != null ? fast : org.jsoup.parser.Parser.unescapeEntities(raw, false);
  }

  /** The decoded text when this class knows it for sure, else null. */
  static String fast(String raw) {
    int n = raw.length();
    if (n < 4 || raw.charAt(0) != '&' || raw.charAt(n - 1) != ';') {
      return null;
    }
    if (raw.charAt(1) != '#') {
      return COMMON.get(raw.substring(1, n - 1));
    }
    boolean hex = raw.charAt(2) == 'x' || raw.charAt(2) == 'X';
    int from = hex ? 3 : 2;
    int digits = n - 1 - from;
    if (digits < 1 || digits > (hex ? 6 : 7)) {
      return null;
    }
    int v = 0;
    for (int i = from; i < n - 1; i++) {
      int d = asciiDigit(raw.charAt(i), hex);
      if (d < 0) {
        return null;
      }
      v = v * (hex ? 16 : 10) + d;
    }
    // Ordinary characters only: no controls, no Windows-1252 remapping (0x80-0x9F), no
    // surrogates, nothing past Unicode, where jsoup substitutes.
    boolean ordinary = (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0xD800)
        || (v >= 0xE000 && v <= 0x10FFFF);
    return ordinary ? new String(Character.toChars(v)) : null;
  }

  private static int asciiDigit(char c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (hex && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}

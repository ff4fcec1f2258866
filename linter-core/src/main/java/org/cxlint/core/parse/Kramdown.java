package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.Span;

/**
 * kramdown's markup that CommonMark reads as text: inline attribute lists ({@code {: .class}},
 * {@code {:#id}}, {@code {:.a.b}}) and extensions ({@code {::options … /}},
 * {@code {::comment}…{:/comment}}, {@code {::nomarkdown}}). A list alone on its line is
 * blanked to spaces, so it ends the block before it as kramdown does; one after inline text is
 * masked, so it is left out of the prose without a space.
 */
final class Kramdown {
  private Kramdown() {}

  /** An IAL or extension tag; "{:" then no brace or line break up to "}". */
  private static final Pattern MARKUP = Pattern.compile("\\{:(?::?/?[a-z]+)?[^{}\\n]*\\}");
  private static final Pattern COMMENT = Pattern.compile(
      "\\{::comment\\}.*?\\{:/(?:comment)?\\}", Pattern.DOTALL);

  /**
   * Masks kramdown markup in {@code masked} from {@code from}; returns the spans masked with
   * {@code maskChar} (the inline ones), sorted.
   */
  static List<Span> maskAttributeLists(String text, char[] masked, int from, char maskChar) {
    List<Span> inline = new ArrayList<>();
    if (text.indexOf("{:", from) < 0) {
      return inline;
    }
    Matcher c = COMMENT.matcher(text).region(from, text.length());
    while (c.find()) {
      blank(masked, c.start(), c.end(), ' ');
    }
    Matcher m = MARKUP.matcher(text).region(from, text.length());
    while (m.find()) {
      if (masked[m.start()] != '{') {
        continue; // already masked: inside a Liquid token or a comment block
      }
      int ls = m.start();
      while (ls > 0 && (text.charAt(ls - 1) == ' ' || text.charAt(ls - 1) == '\t')) {
        ls--;
      }
      int le = m.end();
      while (le < text.length() && (text.charAt(le) == ' ' || text.charAt(le) == '\t'
          || text.charAt(le) == '\r')) {
        le++;
      }
      boolean ownLine = (ls == 0 || text.charAt(ls - 1) == '\n')
          && (le == text.length() || text.charAt(le) == '\n');
      if (ownLine) {
        blank(masked, m.start(), m.end(), ' ');
      } else {
        blank(masked, m.start(), m.end(), maskChar);
        inline.add(new Span(m.start(), m.end()));
      }
    }
    return inline;
  }

  private static void blank(char[] chars, int from, int to, char with) {
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = with;
      }
    }
  }
}

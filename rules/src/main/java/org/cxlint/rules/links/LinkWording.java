package org.cxlint.rules.links;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Link text reduced to what a reader compares: lower case, accents and punctuation gone, "&amp;"
 * read as "and", runs of spaces made one. "Learn more." and "learn  more" both become
 * "learn more"; a dot inside a word stays ("USA.gov" becomes "usa.gov").
 */
final class LinkWording {
  private LinkWording() {}

  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String t = text;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) > 0x7f) {
        t = Normalizer.normalize(t, Normalizer.Form.NFKD);
        break;
      }
    }
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = true;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (c == '&') {
        if (!space) {
          sb.append(' ');
        }
        sb.append("and ");
        space = true;
      } else if ((c == '\'' || c == '’') && i > 0 && i + 1 < n
          && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
        // "what's new" reads as one word, not "what s new"
        continue;
      } else if (c == '.' && i > 0 && i + 1 < n
          && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 1))) {
        sb.append('.');
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int len = sb.length();
    while (len > 0 && sb.charAt(len - 1) == ' ') {
      len--;
    }
    sb.setLength(len);
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}

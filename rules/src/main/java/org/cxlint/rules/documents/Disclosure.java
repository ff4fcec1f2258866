package org.cxlint.rules.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.rules.documents.DocumentTypes.DocumentType;
import org.cxlint.rules.documents.DocumentTypes.Mention;

/**
 * What a link to a document tells the reader about the file: the types it names, its size and
 * its length in pages, slides or tabs. Read from the link text and from a disclosure right after
 * the link, in the shapes digital.gov uses: "(PDF, 420 KB, 11 pages)", "(Word document, 23 KB)",
 * "(2 MB PDF, 4 pages)", USWDS's "[PDF, 18 pages]", and in Spanish "(PDF, 420 KB, 11 páginas)".
 *
 * <p>Only bracketed groups ("( … )", "[ … ]") may name a type by a brand word such as "Word" or
 * "Excel"; in the bare link text those words are usually part of a title ("SSA Word 2010
 * Checklist"), so there only unambiguous words count ("PDF", "Excel spreadsheet").
 *
 * @param mentions types named in a disclosure group, in reading order
 * @param plainMentions types named in the bare link text
 * @param sizes every file size stated, in reading order
 * @param hasLength whether a page, slide, tab or sheet count is stated
 * @param groups the disclosure groups found (link text first, then the text after the link)
 */
record Disclosure(List<Mention> mentions, List<Mention> plainMentions, List<Size> sizes,
    boolean hasLength, List<Group> groups) {

  /** Where a piece of disclosure text was found. */
  enum Place {
    LINK_TEXT,
    AFTER_LINK
  }

  /** A bracketed (or, after a link, bare) run of disclosure text. */
  record Group(Place place, int start, int end, String text) {}

  /**
   * A stated file size. {@code text} as written ("420 kb"), {@code normal} in the standard
   * form ("420 KB"); {@code place} and {@code start} locate it in the link text or the text
   * after the link.
   */
  record Size(String text, String normal, Place place, int start) {
    boolean isStandard() {
      return text.equals(normal);
    }
  }

  // A number (420, 1.8, 1,024) then a unit; "K" alone is seen on digital.gov ("23 K").
  private static final Pattern SIZE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)*)(\\s*)"
          + "(kilobytes?|megabytes?|gigabytes?|kbs?|mbs?|gbs?|k|bytes)(?![\\p{L}\\p{N}])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LENGTH = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\d+\\s*-?\\s*(?:pages?|pgs?|pp|slides?|tabs?|sheets?|worksheets?"
          // Spanish: "11 páginas", "3 págs.", "12 diapositivas", "2 hojas", "2 pestañas"
          + "|páginas?|págs?|diapositivas?|hojas?|pestañas?)"
          + "(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  // Separators a writer puts between a link and its disclosure: "[Report](r.pdf) – (PDF, 2 MB)".
  private static final String LEAD = " \t\u00a0-–—:,";

  /** Reads the disclosure of a link with this text and the text that follows it. */
  static Disclosure read(DocumentTypes types, String linkText, String following) {
    List<Group> groups = new ArrayList<>(2);
    String text = linkText == null ? "" : linkText;
    bracketGroups(text, Place.LINK_TEXT, groups);
    Group after = groupAfter(types, following == null ? "" : following);
    if (after != null) {
      groups.add(after);
    }
    List<Mention> mentions = new ArrayList<>(2);
    List<Size> sizes = new ArrayList<>(1);
    boolean length = false;
    for (Group g : groups) {
      mentions.addAll(types.mentions(g.text()));
      addSizes(g.text(), g.place(), g.start(), sizes);
      length |= LENGTH.matcher(g.text()).find();
    }
    // The link text outside its groups: sizes and unambiguous type words count there too.
    String bare = outsideGroups(text, groups);
    List<Mention> plain = types.plainMentions(bare);
    if (sizes.isEmpty()) {
      addSizes(bare, Place.LINK_TEXT, 0, sizes);
    }
    length |= LENGTH.matcher(bare).find();
    return new Disclosure(List.copyOf(mentions), List.copyOf(plain), List.copyOf(sizes), length,
        List.copyOf(groups));
  }

  /** True when some word names the file's own type (or one of its family). */
  boolean namesFamilyOf(DocumentType file) {
    for (Mention m : mentions) {
      if (m.type().family().equals(file.family())) {
        return true;
      }
    }
    for (Mention m : plainMentions) {
      if (m.type().family().equals(file.family())) {
        return true;
      }
    }
    return false;
  }

  /** The first word in a disclosure group naming a type of another family, or null. */
  Mention wrongType(DocumentType file) {
    if (namesFamilyOf(file)) {
      return null;
    }
    return mentions.isEmpty() ? null : mentions.get(0);
  }

  boolean hasSize() {
    return !sizes.isEmpty();
  }

  private static void bracketGroups(String s, Place place, List<Group> out) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        int end = closing(s, i);
        out.add(new Group(place, i, end, s.substring(i, end)));
        i = end;
      } else {
        i++;
      }
    }
  }

  /** The end (exclusive) of the group opened at {@code open}; "(" and "[" nest alike. */
  private static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return s.length();
  }

  /**
   * The disclosure right after a link: a bracketed group, or bare words that start with a type
   * or a size ("PDF, 2 MB"), up to the end of the phrase. Null when the text after the link does
   * not start with one.
   */
  private static Group groupAfter(DocumentTypes types, String following) {
    int i = 0;
    while (i < following.length() && LEAD.indexOf(following.charAt(i)) >= 0) {
      i++;
    }
    if (i >= following.length()) {
      return null;
    }
    char c = following.charAt(i);
    if (c == '(' || c == '[') {
      int end = closing(following, i);
      return new Group(Place.AFTER_LINK, i, end, following.substring(i, end));
    }
    int end = phraseEnd(following, i);
    String phrase = following.substring(i, end);
    List<Mention> m = types.mentions(phrase);
    Matcher size = SIZE.matcher(phrase);
    boolean startsWithType = !m.isEmpty() && m.get(0).start() == 0;
    boolean startsWithSize = size.find() && size.start() == 0;
    return startsWithType || startsWithSize
        ? new Group(Place.AFTER_LINK, i, end, phrase) : null;
  }

  private static int phraseEnd(String s, int from) {
    int limit = Math.min(s.length(), from + 60);
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if (c == ';' || c == '–' || c == '—' || c == '(' || c == '[') {
        return i;
      }
      if (c == '.' && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
        return i;
      }
    }
    return limit;
  }

  private static String outsideGroups(String text, List<Group> groups) {
    StringBuilder sb = null;
    int last = 0;
    for (Group g : groups) {
      if (g.place() != Place.LINK_TEXT) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length());
      }
      sb.append(text, last, g.start()).append(' ');
      last = g.end();
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  private static void addSizes(String s, Place place, int base, List<Size> out) {
    Matcher m = SIZE.matcher(s);
    while (m.find()) {
      out.add(new Size(m.group(), m.group(1) + " " + unit(m.group(3)), place, base + m.start()));
    }
  }

  /** The standard spelling of a unit: KB, MB, GB; spelled-out units stay as written. */
  private static String unit(String u) {
    String l = u.toLowerCase(Locale.ROOT);
    if (l.startsWith("kilo") || l.startsWith("mega") || l.startsWith("giga") || l.equals("bytes")) {
      return l.equals(u) ? u : l;
    }
    return switch (l.charAt(0)) {
      case 'k' -> "KB";
      case 'm' -> "MB";
      default -> "GB";
    };
  }
}

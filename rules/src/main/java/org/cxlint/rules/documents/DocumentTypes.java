package org.cxlint.rules.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document types file-disclosure knows, read once from {@code document-types.tsv}: which
 * extensions a type has and which words name it. Immutable, so one instance serves every thread.
 */
final class DocumentTypes {
  /** One row of the table. */
  record DocumentType(String key, String family, String name, List<String> extensions,
      Pattern words, Pattern plainWords, String example) {}

  /** A word that names a type, found in some text: which type, and where. */
  record Mention(DocumentType type, int start, int end, String text) {}

  private final List<DocumentType> types;
  private final Map<String, DocumentType> byExtension;

  private DocumentTypes(List<DocumentType> types) {
    this.types = List.copyOf(types);
    Map<String, DocumentType> map = new HashMap<>();
    for (DocumentType t : types) {
      for (String e : t.extensions()) {
        map.putIfAbsent(e, t);
      }
    }
    this.byExtension = Map.copyOf(map);
  }

  static DocumentTypes load() {
    String resource = "document-types.tsv";
    try (InputStream in = DocumentTypes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<DocumentType> out = new ArrayList<>();
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 7) {
          throw new IllegalStateException(resource + ": a row needs 7 columns: " + line);
        }
        out.add(new DocumentType(c[0], c[1], c[2], Arrays.asList(c[3].split("\\|")),
            wordPattern(c[4]), wordPattern(c[5]), c[6]));
      }
      return new DocumentTypes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any of the |-separated words, longest first, as whole words, ignoring case. */
  private static Pattern wordPattern(String words) {
    List<String> list = new ArrayList<>(Arrays.asList(words.split("\\|")));
    list.removeIf(String::isBlank);
    list.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      // A space in a listed word matches any run of spaces or a hyphen ("MS-Word", "MS Word").
      sb.append(Pattern.quote(list.get(i)).replace(" ", "\\E[\\s-]+\\Q"));
    }
    sb.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  List<DocumentType> types() {
    return types;
  }

  /** The type of the file a destination points to, or null when it is not a known document. */
  DocumentType typeOf(String destination) {
    String ext = extension(destination);
    return ext == null ? null : byExtension.get(ext);
  }

  /**
   * The lower-case extension of the last path segment of a URL or path, ignoring the query
   * and fragment, or null. "a/b/Report.PDF?x=1#p2" gives "pdf".
   */
  static String extension(String destination) {
    if (destination == null || destination.isEmpty()) {
      return null;
    }
    int end = destination.length();
    int q = destination.indexOf('?');
    if (q >= 0) {
      end = q;
    }
    int h = destination.indexOf('#');
    if (h >= 0 && h < end) {
      end = h;
    }
    int slash = destination.lastIndexOf('/', end - 1);
    int dot = destination.lastIndexOf('.', end - 1);
    if (dot <= slash + 1 || dot == end - 1) {
      return null;
    }
    // "https://example.gov" has a dot in the host, not an extension.
    int scheme = destination.indexOf("://");
    if (scheme >= 0 && destination.indexOf('/', scheme + 3) < 0) {
      return null;
    }
    String ext = destination.substring(dot + 1, end).toLowerCase(Locale.ROOT);
    return ext.length() <= 5 && ext.chars().allMatch(Character::isLetterOrDigit) ? ext : null;
  }

  /** Words naming a type inside a disclosure group, in order. */
  List<Mention> mentions(String text) {
    return find(text, false);
  }

  /** Words naming a type that count even in bare link text ("Download the PDF"). */
  List<Mention> plainMentions(String text) {
    return find(text, true);
  }

  private List<Mention> find(String text, boolean plain) {
    List<Mention> out = new ArrayList<>(2);
    for (DocumentType t : types) {
      Matcher m = (plain ? t.plainWords() : t.words()).matcher(text);
      while (m.find()) {
        out.add(new Mention(t, m.start(), m.end(), m.group()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }
}

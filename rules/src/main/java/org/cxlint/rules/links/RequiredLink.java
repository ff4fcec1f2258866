package org.cxlint.rules.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cxlint.core.model.Link;

/**
 * One link every federal site must carry (or one an agency adds), and how to recognise it: by
 * its text or by its address. See {@code required-links.tsv} for the pattern syntax.
 *
 * @param id stable key ("foia"), used by the {@code links} option
 * @param name how messages name it ("FOIA")
 * @param texts patterns for the normalised link text
 * @param segments patterns for the last meaningful part of the address path
 * @param hosts patterns for the address's host, without "www."
 */
record RequiredLink(String id, String name, List<Pattern> texts, List<Pattern> segments,
    List<Pattern> hosts) {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final List<String> PAGE_SUFFIXES =
      List.of(".html", ".htm", ".shtml", ".aspx", ".asp", ".php", ".cfm", ".jsp");

  /** Builds a required link from |-separated text patterns and address patterns. */
  static RequiredLink of(String id, String name, String textPatterns, String addressPatterns) {
    List<Pattern> texts = new ArrayList<>();
    List<Pattern> segments = new ArrayList<>();
    List<Pattern> hosts = new ArrayList<>();
    for (String p : textPatterns.split("\\|")) {
      if (!p.isBlank()) {
        texts.add(textPattern(p.strip()));
      }
    }
    for (String p : addressPatterns.split("\\|")) {
      addAddressOrText(p.strip(), segments, hosts, texts);
    }
    return new RequiredLink(id, name, List.copyOf(texts), List.copyOf(segments), List.copyOf(hosts));
  }

  /** An agency's own link: "Name=pattern|pattern", where seg:/host: patterns are addresses. */
  static RequiredLink parseExtra(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new IllegalArgumentException("required-links: an extraLinks entry must look like"
          + " “Open Government=open government|seg:open”, not “" + spec + "”");
    }
    String name = spec.substring(0, eq).strip();
    List<Pattern> texts = new ArrayList<>();
    List<Pattern> segments = new ArrayList<>();
    List<Pattern> hosts = new ArrayList<>();
    for (String p : spec.substring(eq + 1).split("\\|")) {
      addAddressOrText(p.strip(), segments, hosts, texts);
    }
    if (texts.isEmpty() && segments.isEmpty() && hosts.isEmpty()) {
      texts.add(textPattern(name));
    }
    return new RequiredLink(LinkWording.normalize(name).replace(' ', '-'), name,
        List.copyOf(texts), List.copyOf(segments), List.copyOf(hosts));
  }

  private static void addAddressOrText(String p, List<Pattern> segments, List<Pattern> hosts,
      List<Pattern> texts) {
    if (p.isEmpty()) {
      return;
    }
    if (p.startsWith("seg:")) {
      segments.add(glob(p.substring(4)));
    } else if (p.startsWith("host:")) {
      hosts.add(glob(p.substring(5)));
    } else {
      texts.add(textPattern(p));
    }
  }

  /** What required-links compares of one link, computed once per link. */
  record Facts(String text, String label, String host, String segment) {
    static Facts of(Link link) {
      String label = link.element() == null ? "" : LinkWording.normalize(link.element().attr("aria-label"));
      String host = "";
      String segment = "";
      String destination = link.destination();
      if (destination != null && !destination.isBlank()) {
        String d = destination.strip().toLowerCase(Locale.ROOT);
        int cut = indexOfAny(d, "?#");
        if (cut >= 0) {
          d = d.substring(0, cut);
        }
        String path = d;
        int scheme = d.indexOf("//");
        if (scheme >= 0 && (scheme == 0 || d.substring(0, scheme).matches("[a-z][a-z0-9+.-]*:"))) {
          int slash = d.indexOf('/', scheme + 2);
          host = slash < 0 ? d.substring(scheme + 2) : d.substring(scheme + 2, slash);
          path = slash < 0 ? "" : d.substring(slash);
          int colon = host.indexOf(':');
          if (colon >= 0) {
            host = host.substring(0, colon);
          }
          if (host.startsWith("www.")) {
            host = host.substring(4);
          }
        }
        segment = lastSegment(path);
      }
      return new Facts(LinkWording.normalize(link.text()), label, host, segment);
    }
  }

  boolean matches(Link link) {
    return matches(Facts.of(link));
  }

  boolean matches(Facts f) {
    return matchesAny(texts, f.text()) || matchesAny(texts, f.label())
        || matchesAny(hosts, f.host()) || matchesAny(segments, f.segment());
  }

  private static boolean matchesAny(List<Pattern> patterns, String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (Pattern p : patterns) {
      if (p.matcher(s).matches()) {
        return true;
      }
    }
    return false;
  }

  /** "/about/privacy-policy.html" gives "privacy-policy"; index pages give their folder. */
  static String lastSegment(String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String s = parts[i];
      for (String suffix : PAGE_SUFFIXES) {
        if (s.endsWith(suffix)) {
          s = s.substring(0, s.length() - suffix.length());
          break;
        }
      }
      if (s.isEmpty() || s.equals(".") || s.equals("..") || s.equals("index")
          || s.equals("default")) {
        continue;
      }
      return s;
    }
    return "";
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A text pattern (see required-links.tsv) as a regex over normalised text. */
  static Pattern textPattern(String pattern) {
    String[] tokens = WHITESPACE.split(pattern.strip());
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("*")) {
        re.append(i == 0 ? "(?:.* )?" : "(?: .*)?");
        continue;
      }
      if (i > 0 && !(i == 1 && tokens[0].equals("*"))) {
        re.append(' ');
      }
      if (t.equals("<name>")) {
        re.append("[^ ]+");
      } else {
        re.append(Pattern.quote(LinkWording.normalize(t)));
      }
    }
    return Pattern.compile(re.toString());
  }

  private static Pattern glob(String g) {
    StringBuilder re = new StringBuilder();
    String[] parts = g.toLowerCase(Locale.ROOT).split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      if (!parts[i].isEmpty()) {
        re.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(re.toString());
  }
}

package org.cxlint.core.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.model.Span;

/**
 * A Hugo shortcode call, {@code {{< name args >}}} or {@code {{% name args %}}}, as written:
 * its name, whether it closes a pair ({@code {{< /name >}}}), and its positional and named
 * arguments with their source spans. Hugo's escaped form (a comment, slash-star inside the
 * braces) has no name.
 */
record HugoShortcode(String name, boolean closing, List<Arg> positional, Map<String, Arg> named,
    Span span) {

  /** An argument's value (quotes removed, escapes resolved) and the span of the value. */
  record Arg(String value, Span span) {}

  /** A named argument's value, or null. */
  String named(String key) {
    Arg a = named.get(key);
    return a == null ? null : a.value();
  }

  /** A named argument, else the positional one at {@code index}, else null. */
  Arg arg(String key, int index) {
    Arg a = named.get(key);
    if (a == null && index < positional.size()) {
      a = positional.get(index);
    }
    return a;
  }

  private static final int MAX_LENGTH = 4000;

  /** Every shortcode call in {@code text}, in order, none overlapping. */
  static List<HugoShortcode> scan(CharSequence text, int from) {
    List<HugoShortcode> out = new ArrayList<>();
    String s = text.toString();
    int i = s.indexOf("{{", from);
    while (i >= 0 && i + 2 < s.length()) {
      char kind = s.charAt(i + 2);
      if (kind == '<' || kind == '%') {
        String close = kind == '<' ? ">}}" : "%}}";
        int end = s.indexOf(close, i + 3);
        if (end >= 0 && end - i < MAX_LENGTH && plausible(s, i, end)) {
          out.add(parse(s, i + 3, end, new Span(i, end + 3)));
          i = s.indexOf("{{", end + 3);
          continue;
        }
      }
      i = s.indexOf("{{", i + 2);
    }
    return out;
  }

  /** A call stays within one paragraph: no blank line or code fence inside it. */
  private static boolean plausible(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        int j = k + 1;
        while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
          j++;
        }
        if (j < end && s.charAt(j) == '\n') {
          return false;
        }
        if (s.startsWith("```", j) || s.startsWith("~~~", j)) {
          return false;
        }
      }
    }
    return true;
  }

  private static HugoShortcode parse(String s, int from, int to, Span span) {
    int i = skipSpace(s, from, to);
    if (i + 1 < to && s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
      return new HugoShortcode(null, false, List.of(), Map.of(), span);
    }
    boolean closing = false;
    if (i < to && s.charAt(i) == '/') {
      closing = true;
      i = skipSpace(s, i + 1, to);
    }
    int nameStart = i;
    while (i < to && !isSpace(s.charAt(i))) {
      i++;
    }
    String name = s.substring(nameStart, i);
    List<Arg> positional = new ArrayList<>();
    Map<String, Arg> named = new LinkedHashMap<>();
    int[] end = new int[1];
    while (true) {
      i = skipSpace(s, i, to);
      if (i >= to) {
        break;
      }
      int wordStart = i;
      Arg first = token(s, i, to, end);
      i = end[0];
      if (i < to && s.charAt(i) == '=' && s.charAt(wordStart) != '"' && s.charAt(wordStart) != '`') {
        i = skipSpace(s, i + 1, to);
        if (i >= to) {
          named.put(first.value(), new Arg("", new Span(to, to)));
          break;
        }
        Arg value = token(s, i, to, end);
        i = end[0];
        named.put(first.value(), value);
      } else {
        positional.add(first);
      }
      if (i == wordStart) {
        i++;
      }
    }
    return new HugoShortcode(name, closing, positional, named, span);
  }

  /** Reads one argument token at {@code i}; {@code end[0]} receives where it ends. */
  private static Arg token(String s, int i, int to, int[] end) {
    char q = s.charAt(i);
    if (q == '"' || q == '`') {
      StringBuilder sb = new StringBuilder();
      int k = i + 1;
      while (k < to && s.charAt(k) != q) {
        if (q == '"' && s.charAt(k) == '\\' && k + 1 < to) {
          k++;
        }
        sb.append(s.charAt(k++));
      }
      end[0] = Math.min(to, k + 1);
      return new Arg(sb.toString(), new Span(i + 1, k));
    }
    int k = i;
    while (k < to && !isSpace(s.charAt(k)) && s.charAt(k) != '=') {
      k++;
    }
    end[0] = k;
    return new Arg(s.substring(i, k), new Span(i, k));
  }

  private static int skipSpace(String s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}

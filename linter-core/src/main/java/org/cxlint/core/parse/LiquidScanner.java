package org.cxlint.core.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.model.Span;
import org.cxlint.core.model.TemplateLogic;

/**
 * Finds the Liquid (Jekyll) and Nunjucks (Eleventy) markup of a page: output {@code {{ … }}},
 * tags {@code {% … %}}, and the blocks whose content is code or a comment ({@code comment},
 * {@code raw}, {@code highlight}, and Nunjucks {@code {# … #}}). Tags become
 * {@link HugoShortcode} tokens, so they are masked and read like Hugo's shortcodes; output tags
 * are named {@value #OUTPUT}. Also builds the page's {@link TemplateLogic}.
 */
final class LiquidScanner {
  /** The name given to an output tag {@code {{ … }}}. */
  static final String OUTPUT = "{{";

  private static final int MAX_LENGTH = 4000;
  private static final Set<String> CODE_BLOCKS = Set.of("comment", "raw", "highlight");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "case");
  private static final Set<String> BRANCHES = Set.of("elsif", "elif", "else", "when");
  private static final Set<String> LOOPS = Set.of("for", "tablerow");
  private static final Set<String> INCLUDES = Set.of("include", "include_relative", "render",
      "include_cached", "section", "block", "yield", "import", "extends");

  /** What a page's scan found. */
  record Result(List<HugoShortcode> tags, List<Span> codeBlocks, List<Span> comments,
      TemplateLogic logic) {}

  private LiquidScanner() {}

  static Result scan(String s, int from, boolean nunjucks) {
    List<HugoShortcode> tags = new ArrayList<>();
    List<Span> code = new ArrayList<>();
    List<Span> comments = new ArrayList<>();
    List<TemplateLogic.Conditional> conditionals = new ArrayList<>();
    List<Span> loops = new ArrayList<>();
    List<Integer> supplied = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int i = s.indexOf('{', from);
    while (i >= 0 && i + 1 < s.length()) {
      char k = s.charAt(i + 1);
      if (k == '{' || k == '%' || (k == '#' && nunjucks)) {
        String close = k == '{' ? "}}" : k == '%' ? "%}" : "#}";
        int end = s.indexOf(close, i + 2);
        if (end >= 0 && (k == '#' || (end - i < MAX_LENGTH && plausible(s, i, end)))) {
          Span span = new Span(i, end + 2);
          if (k == '#') {
            comments.add(span);
            i = s.indexOf('{', span.end());
            continue;
          }
          if (k == '{') {
            tags.add(output(s, i, end, span));
            if (blockOutput(s, span)) {
              supplied.add(i);
            }
            i = s.indexOf('{', span.end());
            continue;
          }
          int ns = skip(s, i + 2, end, true);
          int ne = ns;
          while (ne < end && (Character.isLetterOrDigit(s.charAt(ne)) || s.charAt(ne) == '_')) {
            ne++;
          }
          String name = s.substring(ns, ne).toLowerCase(Locale.ROOT);
          if (CODE_BLOCKS.contains(name)) {
            Span block = blockEnd(s, span, name);
            (name.equals("comment") ? comments : code).add(block);
            i = s.indexOf('{', block.end());
            continue;
          }
          tags.add(tag(s, name, ne, end, span));
          if (CONDITIONALS.contains(name) || LOOPS.contains(name)) {
            open.push(new Open(name, i));
            supplied.add(i);
          } else if (BRANCHES.contains(name)) {
            Open o = innermost(open, CONDITIONALS);
            if (o != null) {
              o.branches.add(i);
            }
            // "else" inside a for loop: the loop's empty branch, also never shown with the rest.
            supplied.add(i);
          } else if (name.startsWith("end") && (CONDITIONALS.contains(name.substring(3))
              || LOOPS.contains(name.substring(3)))) {
            String base = name.substring(3);
            while (!open.isEmpty()) {
              Open o = open.pop();
              finish(o, span.end(), conditionals, loops);
              if (o.name.equals(base)) {
                break;
              }
            }
            supplied.add(i);
          } else if (INCLUDES.contains(name)) {
            supplied.add(i);
          }
          i = s.indexOf('{', span.end());
          continue;
        }
      }
      i = s.indexOf('{', i + 1);
    }
    while (!open.isEmpty()) {
      finish(open.pop(), s.length(), conditionals, loops);
    }
    int[] sup = supplied.stream().mapToInt(Integer::intValue).toArray();
    TemplateLogic logic = conditionals.isEmpty() && loops.isEmpty() && sup.length == 0
        ? TemplateLogic.NONE : new TemplateLogic(conditionals, loops, sup);
    return new Result(tags, code, comments, logic);
  }

  private static final class Open {
    final String name;
    final int start;
    final List<Integer> branches = new ArrayList<>();

    Open(String name, int start) {
      this.name = name;
      this.start = start;
    }
  }

  private static Open innermost(Deque<Open> open, Set<String> names) {
    for (Open o : open) {
      if (names.contains(o.name)) {
        return o;
      }
    }
    return null;
  }

  private static void finish(Open o, int end, List<TemplateLogic.Conditional> conditionals,
      List<Span> loops) {
    Span span = new Span(o.start, Math.max(o.start, end));
    if (LOOPS.contains(o.name)) {
      loops.add(span);
    } else {
      conditionals.add(new TemplateLogic.Conditional(span,
          o.branches.stream().mapToInt(Integer::intValue).toArray()));
    }
  }

  /** From a code block's opening tag to the end of its closing tag (or the end of the text). */
  private static Span blockEnd(String s, Span open, String name) {
    int i = s.indexOf("{%", open.end());
    while (i >= 0) {
      int end = s.indexOf("%}", i + 2);
      if (end < 0) {
        break;
      }
      int ns = skip(s, i + 2, end, true);
      String word = "end" + name;
      if (s.regionMatches(true, ns, word, 0, word.length())
          && skip(s, ns + word.length(), end, true) == end) {
        return new Span(open.start(), end + 2);
      }
      i = s.indexOf("{%", i + 2);
    }
    return new Span(open.start(), s.length());
  }

  /** Output alone on its line ({@code {{ content }}}) may be whole blocks: headings, rows. */
  private static boolean blockOutput(String s, Span span) {
    int a = span.start();
    while (a > 0 && (s.charAt(a - 1) == ' ' || s.charAt(a - 1) == '\t')) {
      a--;
    }
    int b = span.end();
    while (b < s.length() && (s.charAt(b) == ' ' || s.charAt(b) == '\t' || s.charAt(b) == '\r')) {
      b++;
    }
    return (a == 0 || s.charAt(a - 1) == '\n' || s.charAt(a - 1) == '>')
        && (b == s.length() || s.charAt(b) == '\n' || s.charAt(b) == '<');
  }

  /** A tag stays within one paragraph: no blank line inside it. */
  private static boolean plausible(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      if (s.charAt(k) == '\n') {
        int j = k + 1;
        while (j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
          j++;
        }
        if (j < end && s.charAt(j) == '\n') {
          return false;
        }
      }
    }
    return true;
  }

  private static HugoShortcode output(String s, int start, int end, Span span) {
    int from = skip(s, start + 2, end, true);
    int to = end;
    while (to > from && (isSpace(s.charAt(to - 1)) || s.charAt(to - 1) == '-')) {
      to--;
    }
    List<HugoShortcode.Arg> positional = new ArrayList<>();
    positional.add(new HugoShortcode.Arg(s.substring(from, to), new Span(from, to)));
    return new HugoShortcode(OUTPUT, false, positional, Map.of(), span);
  }

  /** A tag's arguments: words or quoted strings split by spaces or commas; key=v, key: v. */
  private static HugoShortcode tag(String s, String name, int from, int end, Span span) {
    int to = end;
    if (to > from && s.charAt(to - 1) == '-') {
      to--;
    }
    List<HugoShortcode.Arg> positional = new ArrayList<>();
    Map<String, HugoShortcode.Arg> named = new LinkedHashMap<>();
    int i = from;
    while (true) {
      i = skip(s, i, to, false);
      if (i >= to) {
        break;
      }
      int[] e = new int[1];
      HugoShortcode.Arg first = token(s, i, to, e);
      int j = e[0];
      boolean quoted = s.charAt(i) == '"' || s.charAt(i) == '\'';
      if (!quoted && j < to && (s.charAt(j) == '=' || s.charAt(j) == ':')) {
        int v = skip(s, j + 1, to, true);
        if (v >= to) {
          named.put(first.value(), new HugoShortcode.Arg("", new Span(to, to)));
          break;
        }
        HugoShortcode.Arg value = token(s, v, to, e);
        named.put(first.value(), value);
        j = e[0];
      } else {
        positional.add(first);
      }
      i = Math.max(j, i + 1);
    }
    return new HugoShortcode(name, false, positional, named, span);
  }

  private static HugoShortcode.Arg token(String s, int i, int to, int[] end) {
    char q = s.charAt(i);
    if (q == '"' || q == '\'') {
      int k = s.indexOf(q, i + 1);
      if (k < 0 || k > to) {
        k = to;
      }
      end[0] = Math.min(to, k + 1);
      return new HugoShortcode.Arg(s.substring(i + 1, k), new Span(i + 1, k));
    }
    int k = i;
    while (k < to && !isSpace(s.charAt(k)) && s.charAt(k) != ',' && s.charAt(k) != '='
        && s.charAt(k) != ':') {
      k++;
    }
    end[0] = k;
    return new HugoShortcode.Arg(s.substring(i, k), new Span(i, k));
  }

  /**
   * The literal path an output or tag stands for, or null: {@code {{ "/x.pdf" | url }}} is
   * {@code /x.pdf}, {@code {% link _posts/a.md %}} is {@code _posts/a.md}.
   */
  static String literal(HugoShortcode t) {
    if (OUTPUT.equals(t.name())) {
      String e = t.positional().get(0).value().strip();
      if (!e.isEmpty() && (e.charAt(0) == '"' || e.charAt(0) == '\'')) {
        int k = e.indexOf(e.charAt(0), 1);
        if (k > 0) {
          String rest = e.substring(k + 1).strip();
          if (rest.isEmpty() || rest.startsWith("|")) {
            return e.substring(1, k);
          }
        }
      }
      return null;
    }
    if ((t.name().equals("link") || t.name().equals("post_url")) && !t.positional().isEmpty()) {
      return t.positional().get(0).value();
    }
    return null;
  }

  private static int skip(String s, int i, int to, boolean dash) {
    while (i < to && (isSpace(s.charAt(i)) || (dash && s.charAt(i) == '-')
        || (!dash && s.charAt(i) == ','))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * A destination as the site will render it: each Liquid token inside replaced by its literal
   * path, a leading base-URL variable ({@code {{ site.baseurl }}/x.png}) by nothing. Returns
   * null when the span holds a token whose value only the build knows.
   */
  static String resolve(String text, Span dest, List<HugoShortcode> tags) {
    StringBuilder sb = new StringBuilder();
    int at = dest.start();
    boolean any = false;
    for (HugoShortcode t : tags) {
      Span ts = t.span();
      if (ts.end() <= dest.start()) {
        continue;
      }
      if (ts.start() >= dest.end()) {
        break;
      }
      any = true;
      if (ts.start() < dest.start() || ts.end() > dest.end()) {
        return null;
      }
      sb.append(text, at, ts.start());
      String lit = literal(t);
      if (lit == null) {
        boolean leadingBase = sb.toString().isBlank() && ts.end() < dest.end()
            && text.charAt(ts.end()) == '/' && OUTPUT.equals(t.name());
        if (!leadingBase) {
          return null;
        }
        lit = "";
      }
      sb.append(lit);
      at = ts.end();
    }
    if (!any) {
      return text.substring(dest.start(), dest.end());
    }
    sb.append(text, at, dest.end());
    String out = sb.toString().strip();
    return out.isEmpty() ? null : out;
  }

  /**
   * Text read from a masked source (template markup as {@code maskChar} runs) with the
   * template output inside {@code where} kept as written ({@code {{ page.title }}}), so a
   * heading, link text or alt the build fills in is not empty; tags are left out.
   */
  static String withOutputs(String s, Span where, String text, List<HugoShortcode> tags,
      char maskChar) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != maskChar) {
        sb.append(c);
      } else if (i == 0 || s.charAt(i - 1) != maskChar) {
        sb.append(' ');
      }
    }
    if (where != null) {
      for (HugoShortcode t : tags) {
        if (t.span().start() >= where.end()) {
          break;
        }
        if (t.span().start() >= where.start() && t.span().end() <= where.end()
            && OUTPUT.equals(t.name())) {
          sb.append(' ').append(text, t.span().start(), t.span().end());
        }
      }
    }
    return HtmlContentExtractor.collapse(sb);
  }
}

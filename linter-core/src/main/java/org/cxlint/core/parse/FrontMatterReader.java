package org.cxlint.core.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter between {@code ---} fences at the very start of a Markdown file, parsed
 * with SnakeYAML's safe constructor. Node marks give each top-level key and value its span;
 * the title, summary and description become prose. Invalid YAML is a {@link Problem} at the
 * YAML error's line, never an exception.
 */
final class FrontMatterReader {
  /** Front-matter fields that readers see as text (page title, teaser, meta description). */
  static final Set<String> PROSE_FIELDS = Set.of("title", "summary", "description");

  private FrontMatterReader() {}

  /**
   * Where the front-matter block ends (just past the closing fence line and its line break),
   * or -1 when the text does not start with a complete block.
   */
  static int blockEnd(String text) {
    int open = blockStart(text);
    int first = lineEnd(text, open);
    if (!text.startsWith("---", open) || !text.substring(open + 3, first).isBlank()) {
      return -1;
    }
    int line = nextLine(text, first);
    while (line < text.length()) {
      int end = lineEnd(text, line);
      String l = text.substring(line, end).stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        return nextLine(text, end);
      }
      line = nextLine(text, end);
    }
    return -1;
  }

  /**
   * Where the opening fence may start: after any blank lines and spaces, as Hugo's page lexer
   * skips them before front matter (a page that starts with an empty line still has its front
   * matter read by Hugo).
   */
  static int blockStart(String text) {
    int i = 0;
    while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
  }

  /** Reads the block {@code [0, end)} of {@code source} into {@code out}. */
  static void read(SourceFile source, int end, ContentCollector out) {
    String text = source.text();
    int open = blockStart(text);
    int yamlStart = nextLine(text, lineEnd(text, open));
    // The closing fence line starts the last line of the block.
    int closing = source.lineStart(source.line(Math.max(yamlStart, end - 1)));
    if (closing < yamlStart) {
      closing = yamlStart;
    }
    Span blockSpan = new Span(open, trimEnd(text, open, end));
    String yamlText = text.substring(yamlStart, closing);
    int firstLine = source.line(yamlStart);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setWarnOnDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(1 << 20);
    ExposedConstructor constructor = new ExposedConstructor(options);
    Node root;
    Object data;
    List<NodeTuple> tuples = List.of();
    try {
      // The composer alone: a Yaml facade would also build a dumper this never uses.
      root = new Composer(new ParserImpl(new StreamReader(yamlText), options), new Resolver(),
          options).getSingleNode();
      if (root instanceof MappingNode m) {
        // Construction merges duplicate keys in place; keep every field as written.
        tuples = List.copyOf(m.getValue());
      }
      data = root == null ? null : constructor.construct(root);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int at = m == null ? 0 : offsetOf(source, firstLine, m);
      String why = e.getProblem() != null ? e.getProblem() : e.getMessage();
      out.problems.add(new Problem("Front matter is not valid YAML: " + why + " (line "
          + source.position(at).line() + "). Fix the YAML so Hugo can read the page.",
          new Span(at, Math.min(text.length(), at + 1))));
      out.frontMatter = new FrontMatter(Map.of(), Map.of(), Map.of(), blockSpan);
      return;
    } catch (YAMLException | StackOverflowError e) {
      out.problems.add(new Problem("Front matter is not valid YAML: " + e.getMessage()
          + ". Fix the YAML so Hugo can read the page.",
          new Span(open, Math.min(open + 3, text.length()))));
      out.frontMatter = new FrontMatter(Map.of(), Map.of(), Map.of(), blockSpan);
      return;
    }
    if (root == null) {
      out.frontMatter = new FrontMatter(Map.of(), Map.of(), Map.of(), blockSpan);
      return;
    }
    if (!(root instanceof MappingNode mapping) || !(data instanceof Map<?, ?> map)) {
      int at = offsetOf(source, firstLine, root.getStartMark());
      out.problems.add(new Problem("Front matter is not a list of “key: value” fields. Write"
          + " one field per line, e.g. “title: Grant programs”.", new Span(at, at + 1)));
      out.frontMatter = new FrontMatter(Map.of(), Map.of(), Map.of(), blockSpan);
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      values.put(String.valueOf(e.getKey()), e.getValue());
    }
    Map<String, Span> keySpans = new LinkedHashMap<>();
    Map<String, Span> valueSpans = new LinkedHashMap<>();
    for (NodeTuple t : tuples) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        continue;
      }
      String key = k.getValue();
      Span ks = span(source, firstLine, k);
      Span vs = span(source, firstLine, t.getValueNode());
      if (keySpans.containsKey(key)) {
        out.problems.add(new Problem("The front-matter field “" + key + "” is set twice (also"
            + " on line " + source.position(keySpans.get(key).start()).line() + "); only the"
            + " last value counts. Keep one.", ks));
      }
      keySpans.put(key, ks);
      valueSpans.put(key, vs);
      Object v = values.get(key);
      if (PROSE_FIELDS.contains(key) && v instanceof String s
          && t.getValueNode() instanceof ScalarNode scalar) {
        out.addProse(prose(text, key, s, vs, scalar.getScalarStyle()));
      }
    }
    out.frontMatter = new FrontMatter(values, keySpans, valueSpans, blockSpan);
  }

  /** The source offset of a SnakeYAML mark (its line is 0-based, its column in code points). */
  private static int offsetOf(SourceFile source, int firstLine, Mark m) {
    int line = firstLine + m.getLine();
    if (line > source.lineCount()) {
      return source.length();
    }
    int o = source.lineStart(line);
    int end = source.lineEnd(line);
    String text = source.text();
    for (int c = 0; c < m.getColumn() && o < end; c++) {
      o += Character.isHighSurrogate(text.charAt(o)) && o + 1 < end ? 2 : 1;
    }
    return o;
  }

  private static Span span(SourceFile source, int firstLine, Node n) {
    int s = offsetOf(source, firstLine, n.getStartMark());
    int e = Math.max(s, offsetOf(source, firstLine, n.getEndMark()));
    return new Span(s, Math.max(s, trimEnd(source.text(), s, e)));
  }

  private static int trimEnd(String text, int from, int end) {
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Maps the scalar's value back onto the source: quotes, escapes, folded line breaks and
   * indentation are skipped; each char lands on the source char it came from.
   */
  private static Prose prose(String text, String field, String value, Span span,
      DumperOptions.ScalarStyle style) {
    int j = span.start();
    int end = span.end();
    if (style == DumperOptions.ScalarStyle.DOUBLE_QUOTED
        || style == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
      j++;
    } else if (style == DumperOptions.ScalarStyle.LITERAL
        || style == DumperOptions.ScalarStyle.FOLDED) {
      while (j < end && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        j++;
      }
    }
    int last = Math.max(span.start(), end - 1);
    int[] at = new int[value.length()];
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (ProseBuilder.isSpace(c)) {
        at[i] = Math.min(j, last);
        if (j < end && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        continue;
      }
      // Skip indentation and line breaks freely, and a few quote or escape chars.
      int k = j;
      int skipped = 0;
      while (k < end && text.charAt(k) != c && skipped < 8) {
        if (!Character.isWhitespace(text.charAt(k))) {
          skipped++;
        }
        k++;
      }
      if (k < end && text.charAt(k) == c) {
        at[i] = k;
        j = k + 1;
      } else {
        at[i] = Math.min(j, last);
      }
    }
    // Hugo puts titles and summaries into HTML, so a reader sees "&#8211;" as "–".
    ProseBuilder b = new ProseBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&') {
        int e = SourceAlignment.entityEnd(value, i, value.length());
        if (e > i + 2 && value.charAt(e - 1) == ';') {
          String decoded = EntityText.decode(value.substring(i, e));
          if (!decoded.equals(value.substring(i, e))) {
            for (int d = 0; d < decoded.length(); d++) {
              b.append(decoded.charAt(d), at[i]);
            }
            i = e - 1;
            continue;
          }
        }
      }
      b.append(c, at[i]);
    }
    return b.build(Prose.Kind.FRONT_MATTER, span, field);
  }

  /** Gives access to SnakeYAML's document construction from an already composed node. */
  private static final class ExposedConstructor extends SafeConstructor {
    ExposedConstructor(LoaderOptions options) {
      super(options);
    }

    Object construct(Node root) {
      return constructDocument(root);
    }
  }
}

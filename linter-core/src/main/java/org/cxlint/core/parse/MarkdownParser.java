package org.cxlint.core.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.TemplateLogic;
import org.cxlint.core.model.Span;

/**
 * Hugo-flavoured Markdown: CommonMark with GFM tables, strikethrough and bare-URL autolinks
 * (flexmark), YAML front matter (SnakeYAML), Hugo shortcodes as tokens, and raw HTML parsed
 * by jsoup at its exact offset.
 *
 * <p>flexmark sees the file with the front matter blanked to spaces and every shortcode
 * blanked to a same-length run of a private-use char, so every flexmark offset is a file
 * offset, and {@code [text]({{< ref "x" >}})} parses as the link Hugo renders.
 */
public final class MarkdownParser {
  /** Stands in for a shortcode's chars: one opaque "word" flexmark passes through. */
  static final char SHORTCODE_CHAR = '\uE000';

  // A flexmark Parser is immutable after build and documented as safe to share.
  private static final Parser FLEXMARK = buildFlexmark();

  private static Parser buildFlexmark() {
    MutableDataSet options = new MutableDataSet();
    // Bare URLs are found in text nodes by this parser: flexmark's autolink extension costs
    // a third of the parse time for the same result.
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create()));
    // GitHub-style tables, as Hugo's goldmark renders them.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // GFM (and goldmark, kramdown) accept a delimiter row of one dash per column: |--|--|.
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    return Parser.builder(options).build();
  }

  public ContentDocument parse(SourceFile source) {
    return parse(source, SitePage.NONE);
  }

  /**
   * Parses a page of a site: on a Jekyll or Eleventy site, Liquid and Nunjucks markup are
   * tokens (as Hugo shortcodes are elsewhere), their code and comment blocks are not prose, and
   * on Jekyll kramdown's attribute lists are markup.
   */
  public ContentDocument parse(SourceFile source, SitePage site) {
    String text = source.text();
    ContentCollector out = new ContentCollector(source);
    char[] masked = text.toCharArray();
    int bodyStart = 0;
    int fmEnd = FrontMatterReader.blockEnd(text);
    if (fmEnd > 0) {
      FrontMatterReader.read(source, fmEnd, out);
      blank(masked, 0, fmEnd, ' ');
      bodyStart = fmEnd;
    }
    boolean liquid = site.generator().liquid();
    List<HugoShortcode> shortcodes;
    TemplateLogic logic = TemplateLogic.NONE;
    List<Span> shortcodeSpans = new ArrayList<>();
    if (liquid) {
      LiquidScanner.Result r = LiquidScanner.scan(text, bodyStart,
          site.generator() == SitePage.Generator.ELEVENTY);
      shortcodes = r.tags();
      logic = r.logic();
      // Code and comment blocks vanish for flexmark: no prose, no headings, no links there.
      for (Span b : r.codeBlocks()) {
        blank(masked, b.start(), b.end(), ' ');
      }
      for (Span b : r.comments()) {
        blank(masked, b.start(), b.end(), ' ');
        out.comments.add(new Comment(text.substring(b.start(), b.end()), b));
      }
    } else {
      shortcodes = HugoShortcode.scan(text, bodyStart);
    }
    for (HugoShortcode sc : shortcodes) {
      blank(masked, sc.span().start(), sc.span().end(), SHORTCODE_CHAR);
      shortcodeSpans.add(sc.span());
    }
    if (site.generator() == SitePage.Generator.JEKYLL) {
      shortcodeSpans.addAll(Kramdown.maskAttributeLists(text, masked, bodyStart,
          SHORTCODE_CHAR));
    }
    shortcodeSpans.sort(java.util.Comparator.comparingInt(Span::start));
    maskHopelessLinkLabels(masked, bodyStart);
    String maskedText = new String(masked);
    Document doc = FLEXMARK.parse(BasedSequence.of(ParseDeadline.of(maskedText)));
    MarkdownWalk walk = new MarkdownWalk(text, maskedText, doc, out, shortcodes,
        new ShortcodeMask(shortcodeSpans), liquid);
    walk.blocks(doc, null);
    walk.finish();
    return out.build(Format.MARKDOWN, site, logic);
  }

  private static final int MAX_LABEL = 999;
  private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

  /**
   * flexmark 0.64.8 matches link labels with {@code ^\[(?:[^\\\[\]]|\\[punct]|\\){0,999}\]}: a
   * backslash before punctuation matches two ways, so an unclosed label holding many such pairs
   * ({@code [a][} and forty {@code \!}, found by fuzzing) makes the regex try 2^40 paths. A label
   * that closes is matched at once; only a hopeless one explodes. This scan finds, in linear
   * time, each {@code [} whose label cannot close (CommonMark: no unescaped {@code ]} before an
   * unescaped {@code [}, the end, or 999 characters) and, when it holds more than eight
   * backslashes, blanks them for the parser only (lengths and offsets stay; prose is read from
   * the real text). Labels that close, and so every ordinary document, are untouched.
   */
  static void maskHopelessLinkLabels(char[] chars, int from) {
    int n = chars.length;
    int i = from;
    while (i < n) {
      char c = chars[i];
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c != '[') {
        i++;
        continue;
      }
      int backslashes = 0;
      int j = i + 1;
      boolean closed = false;
      while (j < n && j - i - 1 <= MAX_LABEL) {
        char d = chars[j];
        if (d == ']') {
          closed = true;
          break;
        }
        if (d == '[') {
          break;
        }
        if (d == '\\') {
          backslashes++;
          if (j + 1 < n && ESCAPABLE.indexOf(chars[j + 1]) >= 0) {
            j += 2;
            continue;
          }
        }
        j++;
      }
      if (!closed && backslashes > 8) {
        for (int k = i + 1; k < Math.min(j, n); k++) {
          if (chars[k] == '\\') {
            chars[k] = ' ';
          }
        }
      }
      // Resume after the label (or the bracket that stopped it): each char is scanned O(1) times.
      i = closed ? j + 1 : Math.max(i + 1, j);
    }
  }

  /** Overwrites {@code [from, to)} with {@code with}, keeping line breaks so lines stay put. */
  private static void blank(char[] chars, int from, int to, char with) {
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = with;
      }
    }
  }

  /** One walk over one document's flexmark AST. */
  private static final class MarkdownWalk {
    private final String text;
    private final String masked;
    private final Document doc;
    private final ContentCollector out;
    private final List<HugoShortcode> shortcodes;
    private final ShortcodeMask mask;
    private final boolean[] consumed;
    /** Liquid or Nunjucks tokens (Jekyll, Eleventy) rather than Hugo shortcodes. */
    private final boolean liquid;
    /** Code and comments: shortcodes written there are examples, not calls. */
    private final List<Span> inert = new ArrayList<>();

    MarkdownWalk(String text, String masked, Document doc, ContentCollector out,
        List<HugoShortcode> shortcodes, ShortcodeMask mask, boolean liquid) {
      this.liquid = liquid;
      this.text = text;
      this.masked = masked;
      this.doc = doc;
      this.out = out;
      this.shortcodes = shortcodes;
      this.mask = mask;
      this.consumed = new boolean[shortcodes.size()];
    }

    void blocks(Node parent, Prose.Kind context) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        block(n, context);
      }
    }

    private void block(Node n, Prose.Kind context) {
      if (n instanceof Paragraph) {
        unit(n, context == null ? Prose.Kind.PARAGRAPH : context, trimmed(n));
      } else if (n instanceof com.vladsch.flexmark.ast.Heading h) {
        heading(h);
      } else if (n instanceof BlockQuote) {
        blocks(n, Prose.Kind.BLOCKQUOTE);
      } else if (n instanceof ListItem) {
        blocks(n, Prose.Kind.LIST_ITEM);
      } else if (n instanceof TableBlock) {
        table(n);
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        inert.add(trimmed(n));
      } else if (n instanceof HtmlBlockBase) {
        htmlBlock(n);
      } else if (n instanceof Reference || n instanceof ThematicBreak) {
        // A link reference definition is resolved where it is used; neither is prose.
      } else {
        blocks(n, context);
      }
    }

    private void table(Node table) {
      for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
        if (section instanceof TableSeparator) {
          continue;
        }
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
              BasedSequence t = c.getText();
              Span s = t.isNull() || t.isEmpty() ? trimmed(c)
                  : new Span(t.getStartOffset(), t.getEndOffset());
              unit(c, Prose.Kind.TABLE_CELL, s);
            } else {
              blocks(cell, Prose.Kind.TABLE_CELL);
            }
          }
        }
      }
    }

    private void heading(com.vladsch.flexmark.ast.Heading h) {
      Span span = trimmed(h);
      BasedSequence t = h.getText();
      Span textSpan = t.isNull() ? span : new Span(t.getStartOffset(),
          Math.max(t.getStartOffset(), t.getEndOffset()));
      int attributes = attributeBlockStart(textSpan);
      if (attributes >= 0) {
        int e = attributes;
        while (e > textSpan.start() && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        textSpan = new Span(textSpan.start(), e);
      }
      int cut = attributes >= 0 ? attributes : Integer.MAX_VALUE;
      ProseBuilder b = new ProseBuilder();
      inline(h, b, Mode.TEXT, new InlineState());
      b.truncateAt(cut);
      String headingText = b.plainText();
      if (liquid && shortcodeOverlapping(textSpan) >= 0) {
        headingText = withOutputs(headingText, textSpan);
      }
      out.headings.add(new Heading(h.getLevel(), headingText, span, textSpan,
          Heading.Origin.MARKDOWN));
      unit(h, Prose.Kind.HEADING, span, cut);
    }

    /**
     * Where a trailing heading attribute block such as {@code {#custom-id}} or
     * {@code {.class}} starts (Hugo renders it as attributes, not text), or -1.
     */
    private int attributeBlockStart(Span textSpan) {
      int e = textSpan.end();
      while (e > textSpan.start() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e == textSpan.start() || text.charAt(e - 1) != '}') {
        return -1;
      }
      int open = text.lastIndexOf('{', e - 1);
      if (open <= textSpan.start() || open + 1 >= e - 1) {
        return -1;
      }
      char first = text.charAt(open + 1);
      boolean attrs = first == '#' || first == '.' || text.substring(open, e).contains("=");
      int lineBreak = text.indexOf('\n', open);
      boolean oneLine = lineBreak < 0 || lineBreak >= e;
      return attrs && oneLine ? open : -1;
    }

    /** One prose unit from a block's inline content; its links, images and inline HTML. */
    private void unit(Node container, Prose.Kind kind, Span span) {
      unit(container, kind, span, Integer.MAX_VALUE);
    }

    /** As above, keeping only the prose before source offset {@code cutAt}. */
    private void unit(Node container, Prose.Kind kind, Span span, int cutAt) {
      ProseBuilder b = new ProseBuilder();
      InlineState st = new InlineState();
      inline(container, b, Mode.PROSE, st);
      if (cutAt != Integer.MAX_VALUE) {
        b.truncateAt(cutAt);
      }
      out.addProse(b.build(kind, span, null));
      if (st.sawHtml) {
        // Inline tags are separate flexmark nodes; let jsoup pair <a …>…</a> over the block.
        int from = container.getStartOffset();
        int to = container.getEndOffset();
        new HtmlContentExtractor(masked.substring(from, to), from, out, mask, true)
            .extract(HtmlParser.parseDom(masked.substring(from, to)));
      }
    }

    private enum Mode {
      /** Prose: no code, no URLs, links and images recorded. */
      PROSE,
      /** Visible text of a link or heading: code kept, an image counts as its alt. */
      TEXT
    }

    private static final class InlineState {
      boolean sawHtml;
      /** An inline HTML element whose content is not prose (code, kbd, script …), or null. */
      String skipUntilClose;
      boolean insideLink;
    }

    private void inline(Node parent, ProseBuilder b, Mode mode, InlineState st) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof com.vladsch.flexmark.ast.Text) {
          if (st.skipUntilClose == null) {
            chars(n.getStartOffset(), n.getEndOffset(), b, mode);
            if (mode == Mode.PROSE && !st.insideLink) {
              bareUrls(n.getStartOffset(), n.getEndOffset());
            }
          }
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
          b.space(n.getStartOffset());
        } else if (n instanceof Code) {
          if (mode == Mode.TEXT) {
            BasedSequence t = ((Code) n).getText();
            chars(t.getStartOffset(), t.getEndOffset(), b, mode);
          } else {
            inert.add(span(n));
            b.dropped();
          }
        } else if (n instanceof HtmlEntity) {
          if (st.skipUntilClose == null) {
            chars(n.getStartOffset(), n.getEndOffset(), b, mode);
          }
        } else if (n instanceof HtmlInlineComment) {
          if (mode == Mode.PROSE) {
            comment(n.getStartOffset(), n.getEndOffset());
          }
        } else if (n instanceof HtmlInline) {
          if (mode == Mode.PROSE) {
            st.sawHtml |= needsDom(n);
          } else {
            inlineImageAlt(n, b);
          }
          htmlTag(n, b, st);
        } else if (n instanceof AutoLink || n instanceof MailLink) {
          Span s = span(n);
          Span inner = text.charAt(s.start()) == '<' && s.length() >= 2
              ? new Span(s.start() + 1, s.end() - 1) : s;
          if (mode == Mode.TEXT) {
            chars(inner.start(), inner.end(), b, mode);
          } else if (!st.insideLink) {
            b.dropped();
            String url = text.substring(inner.start(), inner.end());
            out.links.add(new Link(url, url, null, s, inner, inner, null, null,
                Heading.Origin.AUTOLINK, null));
          }
        } else if (n instanceof com.vladsch.flexmark.ast.Image
            || n instanceof ImageRef) {
          if (mode == Mode.TEXT) {
            inline(n, b, Mode.TEXT, st);
          } else {
            image(n);
            b.dropped();
          }
        } else if (n instanceof InlineLinkNode || n instanceof LinkRef) {
          if (mode == Mode.PROSE && (!(n instanceof LinkRef r) || r.isDefined())) {
            link(n);
          }
          boolean was = st.insideLink;
          st.insideLink = true;
          inline(n, b, mode, st);
          st.insideLink = was;
        } else {
          inline(n, b, mode, st);
        }
      }
    }

    /** GFM-style bare URLs ("https://…", "www.…") in a text run become autolinks. */
    private void bareUrls(int from, int to) {
      boolean candidate = false;
      for (int i = from; i + 3 < to && !candidate; i++) {
        char c = text.charAt(i);
        candidate = (c == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/')
            || (c == 'w' && text.charAt(i + 1) == 'w' && text.charAt(i + 2) == 'w'
                && text.charAt(i + 3) == '.');
      }
      if (!candidate) {
        return;
      }
      java.util.regex.Matcher m = TextParser.URL.matcher(text).region(from, to);
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        if (masked.charAt(m.start()) == SHORTCODE_CHAR) {
          continue;
        }
        String url = text.substring(s.start(), s.end());
        out.links.add(new Link(url, url, null, s, s, s, null, null, Heading.Origin.AUTOLINK,
            null));
      }
    }

    /** Source chars into the builder: escapes and entities resolved, shortcodes left out. */
    private void chars(int from, int to, ProseBuilder b, Mode mode) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (masked.charAt(i) == SHORTCODE_CHAR && mask.hides(i)) {
          // Left out without a space: "and {{< x >}}." reads "and.", not "and .". In link
          // text an image shortcode counts as its alt, as an <img> would.
          if (mode == Mode.TEXT) {
            int k = shortcodeOverlapping(new Span(i, i + 1));
            if (k >= 0 && shortcodes.get(k).span().start() == i) {
              Image im = ShortcodeLinks.image(shortcodes.get(k));
              if (im != null && im.alt() != null && im.altSpan() != null) {
                b.space(i);
                for (int a = 0; a < im.alt().length(); a++) {
                  b.append(im.alt().charAt(a), Math.min(im.altSpan().start() + a,
                      Math.max(im.altSpan().start(), im.altSpan().end() - 1)));
                }
                b.space(i);
              }
            }
          } else {
            b.dropped();
          }
          continue;
        }
        if (c == '\\' && i + 1 < to && isAsciiPunctuation(text.charAt(i + 1))) {
          b.append(text.charAt(i + 1), i + 1);
          i++;
        } else if (c == '&') {
          int end = SourceAlignment.entityEnd(text, i, to);
          String raw = text.substring(i, end);
          String decoded = end > i + 1 && raw.endsWith(";")
              ? EntityText.decode(raw) : raw;
          if (!decoded.equals(raw)) {
            for (int k = 0; k < decoded.length(); k++) {
              b.append(decoded.charAt(k), i);
            }
            i = end - 1;
          } else {
            b.append(c, i);
          }
        } else {
          b.append(c, i);
        }
      }
    }

    private static boolean isAsciiPunctuation(char c) {
      return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
          || (c >= '{' && c <= '~');
    }

    /**
     * Whether an inline tag is worth a jsoup parse of its block: anything but a bare
     * formatting tag ({@code <br>}, {@code <em>}, {@code </span>} …) that carries no id.
     */
    private boolean needsDom(Node n) {
      int from = n.getStartOffset();
      int to = n.getEndOffset();
      int i = from + 1;
      if (i < to && text.charAt(i) == '/') {
        return false;
      }
      int j = i;
      while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      String name = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
      return !FORMATTING_TAGS.contains(name) || text.substring(j, to).contains("id=");
    }

    private static final java.util.Set<String> FORMATTING_TAGS = java.util.Set.of("br", "wbr",
        "em", "strong", "b", "i", "u", "s", "span", "sup", "sub", "small", "mark", "del", "ins",
        "cite", "q", "font", "big", "tt", "strike", "hr", "p", "div", "center", "abbr", "dfn",
        "time", "bdi", "bdo");

    /** In link text, an inline {@code <img alt="…">} counts as its alt. */
    private void inlineImageAlt(Node n, ProseBuilder b) {
      int from = n.getStartOffset();
      int to = n.getEndOffset();
      if (to - from < 5 || !text.regionMatches(true, from, "<img", 0, 4)) {
        return;
      }
      org.jsoup.nodes.Element img = org.jsoup.Jsoup.parseBodyFragment(text.substring(from, to))
          .selectFirst("img");
      if (img != null && img.hasAttr("alt")) {
        b.space(from);
        String alt = img.attr("alt");
        for (int k = 0; k < alt.length(); k++) {
          b.append(alt.charAt(k), from);
        }
        b.space(from);
      }
    }

    /** Tracks inline tags whose content is not prose, and turns {@code <br>} into a space. */
    private void htmlTag(Node n, ProseBuilder b, InlineState st) {
      String tag = text.substring(n.getStartOffset(), n.getEndOffset());
      boolean closing = tag.startsWith("</");
      int i = closing ? 2 : 1;
      int j = i;
      while (j < tag.length() && Character.isLetterOrDigit(tag.charAt(j))) {
        j++;
      }
      String name = tag.substring(i, j).toLowerCase(java.util.Locale.ROOT);
      if (name.equals("br")) {
        b.space(n.getStartOffset());
        return;
      }
      if (st.skipUntilClose != null) {
        if (closing && name.equals(st.skipUntilClose)) {
          st.skipUntilClose = null;
        }
        return;
      }
      if (!closing && !tag.endsWith("/>") && INLINE_NOT_PROSE.contains(name)) {
        st.skipUntilClose = name;
      }
    }

    private static final java.util.Set<String> INLINE_NOT_PROSE = java.util.Set.of("code",
        "kbd", "samp", "script", "style", "svg", "math", "template", "textarea", "select",
        "pre", "noscript", "iframe", "object", "var");

    private void link(Node n) {
      Span span = span(n);
      BasedSequence label = n instanceof InlineLinkNode l ? l.getText() : ((LinkRef) n).getText();
      Span textSpan = label.isNull() ? span
          : new Span(label.getStartOffset(), Math.max(label.getStartOffset(),
              label.getEndOffset()));
      ProseBuilder b = new ProseBuilder();
      inline(n, b, Mode.TEXT, new InlineState());
      String linkText = b.plainText();
      if (liquid && shortcodeOverlapping(textSpan) >= 0) {
        linkText = withOutputs(linkText, textSpan);
      }
      BasedSequence url;
      BasedSequence title;
      if (n instanceof InlineLinkNode l) {
        url = l.getUrl();
        title = l.getTitle();
      } else {
        Reference ref = ((LinkRef) n).getReferenceNode(doc);
        url = ref.getUrl();
        title = ref.getTitle();
      }
      Span destSpan = url.isNull() ? null : new Span(url.getStartOffset(),
          Math.max(url.getStartOffset(), url.getEndOffset()));
      String destination = destSpan == null ? "" : text.substring(destSpan.start(), destSpan.end());
      String titleText = title.isNull() || title.isEmpty() ? null : title.toString();
      Heading.Origin origin = Heading.Origin.MARKDOWN;
      int sc = destSpan == null || liquid ? -1 : shortcodeWithin(destSpan);
      if (liquid && destSpan != null) {
        String resolved = LiquidScanner.resolve(text, destSpan, shortcodes);
        if (resolved != null) {
          destination = resolved;
        }
      }
      if (sc >= 0) {
        consumed[sc] = true;
        String ref = refTarget(shortcodes.get(sc));
        if (ref != null) {
          destination = "ref:" + ref;
          origin = Heading.Origin.SHORTCODE;
        }
      }
      out.links.add(new Link(linkText, destination, titleText, span, textSpan, destSpan,
          null, null, origin, null));
    }

    private void image(Node n) {
      Span span = span(n);
      BasedSequence alt;
      BasedSequence url;
      BasedSequence title;
      if (n instanceof com.vladsch.flexmark.ast.Image i) {
        alt = i.getText();
        url = i.getUrl();
        title = i.getTitle();
      } else {
        ImageRef r = (ImageRef) n;
        alt = r.getText();
        if (!r.isDefined()) {
          return;
        }
        Reference ref = r.getReferenceNode(doc);
        url = ref.getUrl();
        title = ref.getTitle();
      }
      ProseBuilder b = new ProseBuilder();
      inline(n, b, Mode.TEXT, new InlineState());
      Span altSpan = alt.isNull() ? null : new Span(alt.getStartOffset(),
          Math.max(alt.getStartOffset(), alt.getEndOffset()));
      String src = url.isNull() ? "" : text.substring(url.getStartOffset(), url.getEndOffset());
      if (liquid && !url.isNull()) {
        String resolved = LiquidScanner.resolve(text, new Span(url.getStartOffset(),
            url.getEndOffset()), shortcodes);
        if (resolved != null) {
          src = resolved;
        }
      }
      out.images.add(new Image(b.plainText(), src, title.isNull() || title.isEmpty() ? null
          : title.toString(), span, altSpan, Heading.Origin.MARKDOWN, null));
    }

    private void htmlBlock(Node n) {
      int from = n.getStartOffset();
      int to = n.getEndOffset();
      String block = masked.substring(from, to);
      String trimmed = block.strip();
      if (trimmed.startsWith("<!--") && trimmed.indexOf("-->") == trimmed.length() - 3) {
        int start = from + block.indexOf("<!--");
        comment(start, start + trimmed.length());
        return;
      }
      new HtmlContentExtractor(block, from, out, mask).extract(HtmlParser.parseDom(block));
    }

    private void comment(int from, int to) {
      String c = text.substring(from, to);
      String inner = c.substring(Math.min(4, c.length()),
          c.endsWith("-->") && c.length() >= 7 ? c.length() - 3 : c.length());
      Span s = new Span(from, to);
      out.comments.add(new Comment(inner, s));
      inert.add(s);
    }

    /** After the walk: HTML links to shortcodes, standalone shortcode links, tidy HTML text. */
    void finish() {
      for (int i = 0; i < out.links.size(); i++) {
        Link l = out.links.get(i);
        if (l.origin() != Heading.Origin.HTML) {
          continue;
        }
        String dest = l.destination();
        Heading.Origin origin = l.origin();
        if (l.destinationSpan() != null && liquid) {
          if (shortcodeOverlapping(l.destinationSpan()) >= 0) {
            String resolved = LiquidScanner.resolve(text, l.destinationSpan(), shortcodes);
            dest = resolved != null ? resolved
                : text.substring(l.destinationSpan().start(), l.destinationSpan().end());
          }
        } else if (l.destinationSpan() != null) {
          int sc = shortcodeOverlapping(l.destinationSpan());
          if (sc >= 0) {
            consumed[sc] = true;
            String ref = refTarget(shortcodes.get(sc));
            if (ref != null && shortcodes.get(sc).span().contains(l.destinationSpan())) {
              dest = "ref:" + ref;
              origin = Heading.Origin.SHORTCODE;
            } else {
              dest = text.substring(l.destinationSpan().start(), l.destinationSpan().end());
            }
          }
        }
        String linkText = clean(l.text());
        if (l.text().indexOf(SHORTCODE_CHAR) >= 0) {
          // An image shortcode inside <a>…</a> names the link by its alt, as an <img> would.
          StringBuilder alts = new StringBuilder(linkText);
          for (HugoShortcode sc : shortcodes) {
            if (l.textSpan() != null && l.textSpan().contains(sc.span().start())) {
              Image im = ShortcodeLinks.image(sc);
              if (im != null && im.alt() != null) {
                alts.append(' ').append(im.alt());
              }
            }
          }
          linkText = HtmlContentExtractor.collapse(alts);
        }
        if (!dest.equals(l.destination()) || !linkText.equals(l.text())) {
          out.links.set(i, new Link(linkText, dest, l.title(), l.span(), l.textSpan(),
              l.destinationSpan(), l.following(), l.followingSpan(), origin, l.element()));
        }
      }
      for (int i = 0; i < out.images.size(); i++) {
        Image im = out.images.get(i);
        if (im.origin() == Heading.Origin.HTML && (im.src().indexOf(SHORTCODE_CHAR) >= 0
            || (im.alt() != null && im.alt().indexOf(SHORTCODE_CHAR) >= 0))) {
          String src = im.src().indexOf(SHORTCODE_CHAR) >= 0 && im.element() != null
              ? im.element().attr("src") : im.src();
          Span srcSpan = null;
          var ar = im.element() == null ? null : im.element().attributes().sourceRange("src");
          if (ar != null && ar.isTracked() && ar.valueRange().isTracked()) {
            int base = im.span().start() - im.element().sourceRange().startPos();
            srcSpan = new Span(base + ar.valueRange().startPos(), base + ar.valueRange().endPos());
            src = text.substring(srcSpan.start(), srcSpan.end());
            if (liquid) {
              String resolved = LiquidScanner.resolve(text, srcSpan, shortcodes);
              src = resolved != null ? resolved : src;
            }
          }
          String alt = im.alt() == null ? null : clean(im.alt());
          if (liquid && im.alt() != null && im.alt().indexOf(SHORTCODE_CHAR) >= 0) {
            alt = withOutputs(im.alt(), im.altSpan());
          }
          out.images.set(i, new Image(alt, src,
              im.title(), im.span(), im.altSpan(), im.origin(), im.element()));
        }
      }
      for (int i = 0; i < out.headings.size(); i++) {
        Heading h = out.headings.get(i);
        if (h.text().indexOf(SHORTCODE_CHAR) >= 0) {
          String t = liquid ? withOutputs(h.text(), h.textSpan()) : clean(h.text());
          out.headings.set(i, new Heading(h.level(), t, h.span(), h.textSpan(), h.origin()));
        }
      }
      inert.sort(java.util.Comparator.comparingInt(Span::start));
      for (int i = 0; i < shortcodes.size(); i++) {
        HugoShortcode sc = shortcodes.get(i);
        if (consumed[i] || sc.name() == null || sc.closing() || isInert(sc.span())) {
          continue;
        }
        Link l = liquid ? ShortcodeLinks.liquidLink(sc, text) : ShortcodeLinks.link(sc);
        if (l != null) {
          out.links.add(l);
        }
        Image im = liquid ? ShortcodeLinks.liquidImage(sc, text) : ShortcodeLinks.image(sc);
        if (im != null) {
          out.images.add(im);
        }
      }
    }

    /**
     * Text whose template output stays as written ({@code {{ page.title }}}), so a heading
     * or alt the build fills in is not empty; tags ({@code {% if %}}) are left out.
     */
    private String withOutputs(String s, Span where) {
      return LiquidScanner.withOutputs(s, where, text, shortcodes, SHORTCODE_CHAR);
    }

    private static String clean(String s) {
      return s.indexOf(SHORTCODE_CHAR) < 0 ? s
          : HtmlContentExtractor.collapse(s.replace(SHORTCODE_CHAR, ' '));
    }

    private boolean isInert(Span s) {
      for (Span c : inert) {
        if (c.start() > s.start()) {
          break;
        }
        if (c.contains(s.start())) {
          return true;
        }
      }
      return false;
    }

    /** The shortcode that the span lies within (a link destination written as a shortcode). */
    private int shortcodeWithin(Span s) {
      int i = shortcodeOverlapping(s);
      return i >= 0 && s.start() >= shortcodes.get(i).span().start()
          && s.end() <= shortcodes.get(i).span().end() ? i : -1;
    }

    private int shortcodeOverlapping(Span s) {
      int lo = 0;
      int hi = shortcodes.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span m = shortcodes.get(mid).span();
        if (m.end() <= s.start()) {
          lo = mid + 1;
        } else if (m.start() >= s.end() && !(s.isEmpty() && m.start() == s.start())) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    private static String refTarget(HugoShortcode sc) {
      return ShortcodeLinks.refTarget(sc);
    }

    private static Span span(Node n) {
      return new Span(n.getStartOffset(), Math.max(n.getStartOffset(), n.getEndOffset()));
    }

    /** The node's span without its trailing line break and spaces. */
    private Span trimmed(Node n) {
      int s = n.getStartOffset();
      int e = n.getEndOffset();
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return new Span(s, e);
    }
  }
}

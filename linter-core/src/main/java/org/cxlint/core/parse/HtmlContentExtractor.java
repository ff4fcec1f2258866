package org.cxlint.core.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads a jsoup DOM (parsed with positions) into model parts: headings, links, images,
 * comments and prose blocks with every char mapped to its source offset. Used for HTML files
 * and for raw HTML inside Markdown; {@code base} is where the DOM's input starts in the file.
 */
final class HtmlContentExtractor {
  /** Elements whose text is never prose (code, scripts, widgets, embedded markup). */
  private static final Set<String> NOT_PROSE = Set.of("script", "style", "pre", "code",
      "template", "noscript", "svg", "math", "textarea", "select", "option", "optgroup",
      "datalist", "iframe", "object", "embed", "canvas", "audio", "video", "kbd", "samp",
      "head", "title", "xmp", "listing", "plaintext", "noembed", "noframes");

  /** Elements that end the prose before them and start a new block. */
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote",
      "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
      "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "html", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table",
      "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "pre", "center", "dir", "frameset",
      "search", "colgroup", "col");

  private final CharSequence input;
  private final int base;
  private final ContentCollector out;
  private final ShortcodeMask mask;

  /**
   * @param input the text jsoup parsed (the file, or a raw-HTML block of a Markdown file)
   * @param base the file offset where {@code input} starts
   * @param mask spans of the file hidden from prose (Hugo shortcodes), or null
   */
  HtmlContentExtractor(CharSequence input, int base, ContentCollector out, ShortcodeMask mask) {
    this(input, base, out, mask, false);
  }

  /**
   * @param linksAndImagesOnly true for inline HTML inside a Markdown paragraph, whose prose
   *     and comments the Markdown parser already has
   */
  HtmlContentExtractor(CharSequence input, int base, ContentCollector out, ShortcodeMask mask,
      boolean linksAndImagesOnly) {
    this.input = input;
    this.base = base;
    this.out = out;
    this.mask = mask;
    this.linksAndImagesOnly = linksAndImagesOnly;
  }

  private final boolean linksAndImagesOnly;

  void extract(Document dom) {
    HtmlFragment fragment = new HtmlFragment(dom, base);
    out.fragments.add(fragment);
    Walker w = new Walker(fragment);
    dom.filter(w);
    w.flush(null);
  }

  private static Prose.Kind unitKind(Element e) {
    String t = e.normalName();
    switch (t) {
      case "li":
      case "dd":
      case "dt":
        return Prose.Kind.LIST_ITEM;
      case "td":
      case "th":
        return Prose.Kind.TABLE_CELL;
      case "blockquote":
        return Prose.Kind.BLOCKQUOTE;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
        return Prose.Kind.HEADING;
      default:
        return "heading".equals(e.attr("role")) ? Prose.Kind.HEADING : null;
    }
  }

  static int headingLevel(Element e) {
    String t = e.normalName();
    if (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6') {
      return t.charAt(1) - '0';
    }
    if ("heading".equals(e.attr("role"))) {
      try {
        int level = Integer.parseInt(e.attr("aria-level").trim());
        return level >= 1 ? level : 2;
      } catch (NumberFormatException ex) {
        return 2; // ARIA's default level for role=heading
      }
    }
    return 0;
  }

  /** Text as a reader meets it: text content, an image's alt in place of the image. */
  static String accessibleText(Element e) {
    StringBuilder sb = new StringBuilder();
    e.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t && !(node instanceof CDataNode)) {
          sb.append(t.getWholeText());
        } else if (node instanceof Element el) {
          String n = el.normalName();
          if (n.equals("script") || n.equals("style") || n.equals("template")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (n.equals("img") || (n.equals("input") && "image".equalsIgnoreCase(el.attr("type")))
              || (n.equals("area") && el != e)) {
            sb.append(' ').append(el.attr("alt")).append(' ');
          } else if (n.equals("br") || BLOCKS.contains(n)) {
            sb.append(' ');
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    });
    return collapse(sb);
  }

  static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (ProseBuilder.isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Code, scripts and widgets; also an element drawn as one image (its text is not read). */
  private static boolean hidesProse(Element e, String name) {
    return NOT_PROSE.contains(name) || "img".equalsIgnoreCase(e.attr("role").trim())
        || "true".equals(e.attr("aria-hidden"));
  }

  private final class Walker implements NodeFilter {
    private final HtmlFragment fragment;
    private final ProseBuilder unit = new ProseBuilder();
    /** Kind inherited by blocks inside a list item, table cell or quote. */
    private final Deque<Prose.Kind> context = new ArrayDeque<>();
    private Prose.Kind unitKind;
    /** The element that opened the current unit, while no nested block has split it. */
    private Element unitOwner;
    private int notProse;

    Walker(HtmlFragment fragment) {
      this.fragment = fragment;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (linksAndImagesOnly) {
        if (node instanceof Element e) {
          collect(e, e.normalName());
        }
        return FilterResult.CONTINUE;
      }
      if (node instanceof TextNode t) {
        if (notProse == 0 && !(node instanceof CDataNode)) {
          text(t);
        }
        return FilterResult.CONTINUE;
      }
      if (node instanceof org.jsoup.nodes.Comment c) {
        Span s = span(c.sourceRange());
        if (s != null) {
          out.comments.add(new Comment(c.getData(), s));
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String name = e.normalName();
      collect(e, name);
      if (hidesProse(e, name)) {
        if (BLOCKS.contains(name)) {
          flush(null);
        }
        notProse++;
        return FilterResult.CONTINUE;
      }
      if (name.equals("br") || name.equals("wbr") || name.equals("img")) {
        if (name.equals("br")) {
          unit.space(offsetOf(e));
        }
        return FilterResult.CONTINUE;
      }
      Prose.Kind kind = unitKind(e);
      if (kind != null || BLOCKS.contains(name)) {
        flush(null);
        Prose.Kind inherited = context.isEmpty() ? null : context.peek();
        Prose.Kind k = kind == Prose.Kind.HEADING ? kind
            : kind != null ? kind
            : inherited;
        if (kind != null || name.equals("p") || name.equals("figcaption")
            || name.equals("caption")) {
          unitKind = k == null ? Prose.Kind.PARAGRAPH : k;
          unitOwner = e;
        }
        context.push(k == null ? Prose.Kind.PARAGRAPH : k);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!linksAndImagesOnly && node instanceof Element e) {
        String name = e.normalName();
        if (hidesProse(e, name)) {
          notProse--;
          return FilterResult.CONTINUE;
        }
        if (unitKind(e) != null || BLOCKS.contains(name)) {
          flush(e);
          context.pop();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void text(TextNode t) {
      String decoded = t.getWholeText();
      if (decoded.isEmpty()) {
        return;
      }
      Range r = t.sourceRange();
      int[] offs;
      if (r.isTracked() && r.endPos() <= input.length()) {
        offs = SourceAlignment.align(decoded, input, r.startPos(), r.endPos(), base);
      } else {
        offs = new int[decoded.length()];
        java.util.Arrays.fill(offs, offsetOf(t.parent()));
      }
      if (unit.isEmpty() && decoded.isBlank()) {
        return;
      }
      if (unitKind == null) {
        unitKind = context.isEmpty() ? Prose.Kind.PARAGRAPH : context.peek();
        unitOwner = null;
      }
      for (int i = 0; i < decoded.length(); i++) {
        if (mask != null && mask.hides(offs[i])) {
          unit.space(offs[i]);
          continue;
        }
        unit.append(decoded.charAt(i), offs[i]);
      }
    }

    /** Ends the current unit; {@code closing} is the element whose end tag ends it, if any. */
    void flush(Element closing) {
      if (unitKind != null) {
        Span s = null;
        if (closing != null && closing == unitOwner) {
          s = fragment.spanOf(closing);
        }
        Prose p = unit.isEmpty() ? null : unit.build(unitKind, s, null);
        if (p != null && s != null && !s.contains(p.sourceOffset(0))) {
          p = new Prose(p.kind(), p.text(), offsets(p), new Span(p.sourceOffset(0),
              p.sourceOffset(p.text().length() - 1) + 1), null);
        }
        out.addProse(p);
      }
      unit.reset();
      unitKind = null;
      unitOwner = null;
    }

    private int[] offsets(Prose p) {
      int[] o = new int[p.text().length()];
      for (int i = 0; i < o.length; i++) {
        o[i] = p.sourceOffset(i);
      }
      return o;
    }

    private int offsetOf(Element e) {
      if (e == null) {
        return base;
      }
      Range r = e.sourceRange();
      return r.isTracked() ? base + r.startPos() : base;
    }

    private Span span(Range r) {
      return r.isTracked() ? new Span(base + r.startPos(), base + Math.max(r.startPos(),
          r.endPos())) : null;
    }

    /** Links, images and headings, wherever they are (also inside pre or noscript). */
    private void collect(Element e, String name) {
      boolean inTemplate = notProse > 0 && e.closest("template") != null;
      if (inTemplate) {
        return;
      }
      Span span = fragment.spanOf(e);
      if (span == null) {
        return;
      }
      Attributes attrs = e.attributes();
      if ((name.equals("a") || name.equals("area")) && attrs.hasKey("href")) {
        String text = name.equals("area") ? collapse(e.attr("alt")) : accessibleText(e);
        out.links.add(new Link(text, e.attr("href"), attrs.hasKey("title") ? e.attr("title")
            : null, span, innerSpan(e, span), valueSpan(e, "href"), null, null,
            Heading.Origin.HTML, e));
      }
      boolean image = name.equals("img") || name.equals("area")
          || (name.equals("input") && "image".equalsIgnoreCase(e.attr("type")))
          || "img".equalsIgnoreCase(e.attr("role").trim());
      if (image) {
        String alt;
        Span altSpan;
        if (attrs.hasKey("alt") || !"img".equalsIgnoreCase(e.attr("role").trim())) {
          alt = attrs.hasKey("alt") ? e.attr("alt") : null;
          altSpan = valueSpan(e, "alt");
        } else {
          alt = attrs.hasKey("aria-label") ? e.attr("aria-label") : null;
          altSpan = valueSpan(e, "aria-label");
        }
        String src = name.equals("area") ? e.attr("href") : e.attr("src");
        out.images.add(new Image(alt, src, attrs.hasKey("title") ? e.attr("title") : null,
            span, altSpan, Heading.Origin.HTML, e));
      }
      int level = linksAndImagesOnly ? 0 : headingLevel(e);
      if (level > 0) {
        out.headings.add(new Heading(level, accessibleText(e), span, innerSpan(e, span),
            Heading.Origin.HTML));
      }
    }

    /** Between the end of the start tag and the start of the end tag. */
    private Span innerSpan(Element e, Span whole) {
      Range start = e.sourceRange();
      Range end = e.endSourceRange();
      if (start.isTracked() && end.isTracked() && end.startPos() >= start.endPos()) {
        return new Span(base + start.endPos(), base + end.startPos());
      }
      return whole;
    }

    private Span valueSpan(Element e, String key) {
      Range.AttributeRange ar = e.attributes().sourceRange(key);
      if (ar == null || !ar.isTracked()) {
        return null;
      }
      Range v = ar.valueRange();
      if (!v.isTracked()) {
        return null;
      }
      if (e.attr(key).isEmpty()) {
        // jsoup puts an empty value at the '='; point inside the quotes instead.
        int k = v.startPos();
        int limit = Math.min(input.length(), e.sourceRange().endPos());
        while (k < limit && (input.charAt(k) == '=' || input.charAt(k) == ' ')) {
          k++;
        }
        if (k < limit && (input.charAt(k) == '"' || input.charAt(k) == '\'')) {
          k++;
        }
        return new Span(base + k, base + k);
      }
      return new Span(base + v.startPos(), base + Math.max(v.startPos(), v.endPos()));
    }
  }
}

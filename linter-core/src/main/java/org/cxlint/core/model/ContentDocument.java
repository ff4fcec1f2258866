package org.cxlint.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * One model for every input format. Built once per file by a parser and then only read: rules
 * run on it concurrently. Everything a rule needs is here; a rule never opens or parses files.
 *
 * <p>All lists are in source order. Per-document derived data (sentence analysis, metrics) is
 * computed lazily, once, through {@link #derived(Class, Function)}.
 */
public final class ContentDocument {
  private final SourceFile source;
  private final Format format;
  private final FrontMatter frontMatter;
  private final List<Heading> headings;
  private final List<Prose> prose;
  private final List<Link> links;
  private final List<Image> images;
  private final List<Comment> comments;
  private final List<HtmlFragment> htmlFragments;
  private final List<Problem> problems;
  private final SitePage site;
  private final TemplateLogic template;
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
  private final DocumentLanguage language;
  /** The document this one is a language view of ({@link #forLanguages}), or this. */
  private final ContentDocument whole;
  private final Map<Set<String>, ContentDocument> views = new ConcurrentHashMap<>();

  public ContentDocument(
      SourceFile source,
      Format format,
      FrontMatter frontMatter,
      List<Heading> headings,
      List<Prose> prose,
      List<Link> links,
      List<Image> images,
      List<Comment> comments,
      List<HtmlFragment> htmlFragments,
      List<Problem> problems) {
    this(source, format, frontMatter, headings, prose, links, images, comments, htmlFragments,
        problems, SitePage.NONE, TemplateLogic.NONE);
  }

  /** As above, for a page of a site whose generator is known and may be a template. */
  public ContentDocument(
      SourceFile source,
      Format format,
      FrontMatter frontMatter,
      List<Heading> headings,
      List<Prose> prose,
      List<Link> links,
      List<Image> images,
      List<Comment> comments,
      List<HtmlFragment> htmlFragments,
      List<Problem> problems,
      SitePage site,
      TemplateLogic template) {
    this(source, format, frontMatter, headings, prose, links, images, comments, htmlFragments,
        withReadProblems(source, problems), site, template, DocumentLanguage.DEFAULT, null);
  }

  private static List<Problem> withReadProblems(SourceFile source, List<Problem> problems) {
    if (source.readProblems().isEmpty()) {
      return problems;
    }
    List<Problem> all = new ArrayList<>(source.readProblems());
    all.addAll(problems);
    return all;
  }

  private ContentDocument(
      SourceFile source,
      Format format,
      FrontMatter frontMatter,
      List<Heading> headings,
      List<Prose> prose,
      List<Link> links,
      List<Image> images,
      List<Comment> comments,
      List<HtmlFragment> htmlFragments,
      List<Problem> problems,
      SitePage site,
      TemplateLogic template,
      DocumentLanguage language,
      ContentDocument whole) {
    this.language = language;
    this.whole = whole == null ? this : whole;
    this.source = source;
    this.site = site == null ? SitePage.NONE : site;
    this.template = template == null ? TemplateLogic.NONE : template;
    this.format = format;
    this.frontMatter = frontMatter == null ? FrontMatter.NONE : frontMatter;
    this.headings = List.copyOf(headings);
    this.prose = List.copyOf(prose);
    this.links = List.copyOf(links);
    this.images = List.copyOf(images);
    this.comments = List.copyOf(comments);
    this.htmlFragments = List.copyOf(htmlFragments);
    this.problems = List.copyOf(problems);
  }

  /** The page's language and where it came from. */
  public DocumentLanguage language() {
    return language;
  }

  /**
   * This document with its language resolved: {@code prose} replaces the prose (the same
   * blocks, each with its language). For the parser's last step, before anything is derived.
   */
  public ContentDocument withLanguages(DocumentLanguage language, List<Prose> prose) {
    return new ContentDocument(source, format, frontMatter, headings, prose, links, images,
        comments, htmlFragments, problems, site, template, language, null);
  }

  /**
   * This document as a rule that supports only {@code languages} sees it: the prose in other
   * languages left out, everything else the same. It is this document itself when all its prose
   * is in those languages. Derived data of a view is its own, except the text analysis, which
   * views take from the whole document.
   */
  public ContentDocument forLanguages(Set<String> languages) {
    if (languages.isEmpty() || whole != this) {
      return whole != this ? whole.forLanguages(languages) : this;
    }
    boolean all = true;
    for (Prose p : prose) {
      if (!languages.contains(p.language())) {
        all = false;
        break;
      }
    }
    if (all) {
      return this;
    }
    return views.computeIfAbsent(Set.copyOf(languages), langs -> {
      List<Prose> kept = new ArrayList<>();
      for (Prose p : prose) {
        if (langs.contains(p.language())) {
          kept.add(p);
        }
      }
      return new ContentDocument(source, format, frontMatter, headings, kept, links, images,
          comments, htmlFragments, problems, site, template, language, this);
    });
  }

  /** The whole document when this is a {@link #forLanguages language view}; else this. */
  public ContentDocument whole() {
    return whole;
  }

  /**
   * The language at a source offset: that of the smallest prose block holding it (of the whole
   * document), else the page's.
   */
  public String languageAt(int offset) {
    List<Prose> all = whole.prose;
    // Prose is in source order: find the last block starting at or before the offset, then
    // look back a little for the smallest block holding it (blocks rarely nest).
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Prose best = null;
    for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      Prose p = all.get(k);
      if (p.span().contains(offset) && (best == null || p.span().length() < best.span().length())) {
        best = p;
      }
    }
    return best != null ? best.language() : language.tag();
  }

  public SourceFile source() {
    return source;
  }

  public Format format() {
    return format;
  }

  public FrontMatter frontMatter() {
    return frontMatter;
  }

  public List<Heading> headings() {
    return headings;
  }

  public List<Prose> prose() {
    return prose;
  }

  public List<Link> links() {
    return links;
  }

  public List<Image> images() {
    return images;
  }

  public List<Comment> comments() {
    return comments;
  }

  /** The HTML DOMs: one for an HTML file, one per raw-HTML block for Markdown, none for text. */
  public List<HtmlFragment> htmlFragments() {
    return htmlFragments;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** What the site generator says about this file ({@link SitePage#NONE} outside a site). */
  public SitePage site() {
    return site;
  }

  /**
   * The level at which the layout renders the front-matter title: the config's level for the
   * page's layout (its front matter's {@code layout}, else the one the site's defaults give it),
   * else its site-wide level, else 1.
   */
  public int titleLevel() {
    String layout = layout();
    Integer l = layout == null ? null : site.titleLevels().get(layout);
    return l != null ? l : site.titleLevel();
  }

  /**
   * The deepest heading level the page's layout renders before the page's own content: the
   * config's level for the layout when it sets one, else what cxlint read in the layout file
   * (a Jekyll layout with {@code <h1>{{ page.title }}</h1><h2>{{ page.subhead }}</h2>} before
   * {@code {{ content }}} gives 2), else {@link #titleLevel()}.
   */
  public int layoutHeadingLevel() {
    String layout = layout();
    if (layout != null && !site.titleLevels().containsKey(layout)) {
      Integer l = site.layoutLevels().get(layout);
      if (l != null) {
        return Math.max(l, titleLevel());
      }
    }
    return titleLevel();
  }

  private String layout() {
    String layout = frontMatter.string("layout");
    return layout != null ? layout : site.defaultLayout();
  }

  /**
   * The page's summary from the first of the site's summary fields it has (Hugo's
   * {@code summary}; on Jekyll and Eleventy sites also description, lead, excerpt), or null.
   */
  public String summaryField() {
    for (String f : site.summaryFields()) {
      if (frontMatter.values().containsKey(f)) {
        return f;
      }
    }
    return null;
  }

  /** The page's Liquid or Nunjucks logic ({@link TemplateLogic#NONE} when it has none). */
  public TemplateLogic template() {
    return template;
  }

  /**
   * Why this file is not a page of its own, or null when it is one. Page-level rules (a page
   * has an h1, a title, a language, the required links) skip such files; content rules still
   * read their prose. A file is not a page when it is a partial (an include, a layout, a data
   * file), when its front matter says it is never rendered ({@code published: false},
   * {@code permalink: false}), or, on a Jekyll site, when a Markdown or HTML file has no front
   * matter: Jekyll copies such a file as it is, so it is a fragment other pages include.
   */
  public String notAPage() {
    if (site.isPartial()) {
      return site.partial();
    }
    if (Boolean.FALSE.equals(frontMatter.values().get("published"))) {
      return "its front matter says published: false";
    }
    if (Boolean.FALSE.equals(frontMatter.values().get("permalink"))) {
      return "its front matter says permalink: false";
    }
    if (site.generator() == SitePage.Generator.JEKYLL && !frontMatter.isPresent()
        && format != Format.TEXT) {
      return "it has no front matter, so Jekyll does not render it as a page";
    }
    return null;
  }

  /** The source span of an element from one of this document's HTML fragments, or null. */
  public Span spanOf(Element element) {
    HtmlFragment f = fragmentOf(element);
    return f == null ? null : f.spanOf(element);
  }

  /** The source span of an element's start tag, or null. */
  public Span startTagSpanOf(Element element) {
    HtmlFragment f = fragmentOf(element);
    return f == null ? null : f.startTagSpan(element);
  }

  private HtmlFragment fragmentOf(Element element) {
    org.jsoup.nodes.Document owner = element.ownerDocument();
    for (HtmlFragment f : htmlFragments) {
      if (f.dom() == owner) {
        return f;
      }
    }
    return null;
  }

  /**
   * Sections for per-section scores: the prose before the first h2, then one section per h2
   * (h3 and deeper stay inside their h2's section).
   */
  public List<Section> sections() {
    return derived(SectionList.class, d -> new SectionList(buildSections())).sections();
  }

  private List<Section> buildSections() {
    List<Section> out = new ArrayList<>();
    List<Heading> h2s = headings.stream().filter(h -> h.level() <= 2).toList();
    int hi = 0;
    Heading current = null;
    List<Prose> bucket = new ArrayList<>();
    for (Prose p : prose) {
      while (hi < h2s.size() && h2s.get(hi).span().start() <= p.span().start()) {
        if (current != null || !bucket.isEmpty()) {
          out.add(new Section(current, List.copyOf(bucket)));
        }
        current = h2s.get(hi++);
        bucket = new ArrayList<>();
      }
      bucket.add(p);
    }
    if (current != null || !bucket.isEmpty()) {
      out.add(new Section(current, List.copyOf(bucket)));
    }
    while (hi < h2s.size()) {
      out.add(new Section(h2s.get(hi++), List.of()));
    }
    return out;
  }

  private record SectionList(List<Section> sections) {}

  /** A section: its heading (null for the part before the first h2) and its prose in order. */
  public record Section(Heading heading, List<Prose> prose) {}

  /**
   * Per-document derived data, computed once on first use and shared by every rule (thread
   * safe). {@code key} is usually the result's own class.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Class<T> key, Function<ContentDocument, T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      synchronized (derived) {
        v = derived.get(key);
        if (v == null) {
          v = compute.apply(this);
          derived.put(key, v);
        }
      }
    }
    return (T) v;
  }
}

package org.cxlint.core.model;

import java.util.List;

/**
 * What a file's site generator says about it: which generator builds the site, whether the
 * file is a partial (an include, a layout, a data file, a fragment pulled into other pages)
 * rather than a page of its own, which front-matter fields hold the page's summary, and at
 * which level the layout renders the front-matter title.
 *
 * @param generator the site generator, {@link Generator#NONE} when unknown
 * @param partial why the file is not a page by itself (e.g. "it is in _includes"), or null
 * @param summaryFields the front-matter fields that hold the summary, in order of preference
 * @param titleLevel the heading level the layout gives the front-matter title (1 by default)
 * @param titleLevels the level for pages whose front-matter {@code layout} is a key here
 * @param defaultLayout the layout the site's defaults give the file (Jekyll), or null
 * @param layoutLevels for each layout found, the deepest heading it renders before the page's
 *     content (Jekyll {@code _layouts}): the page's headings continue below it
 */
public record SitePage(Generator generator, String partial, List<String> summaryFields,
    int titleLevel, java.util.Map<String, Integer> titleLevels, String defaultLayout,
    java.util.Map<String, Integer> layoutLevels) {

  /** The site generators cxlint knows the conventions of. */
  public enum Generator {
    NONE, HUGO, JEKYLL, ELEVENTY;

    /** Whether pages are Liquid (Jekyll) or Liquid/Nunjucks (Eleventy) templates. */
    public boolean liquid() {
      return this == JEKYLL || this == ELEVENTY;
    }
  }

  /** The default summary fields: the first one a page has is its summary. */
  public static final List<String> SUMMARY_FIELDS =
      List.of("summary", "description", "lead", "excerpt");

  /** A file outside any known site: no generator, a page, Hugo's "summary" only. */
  public static final SitePage NONE = new SitePage(Generator.NONE, null, List.of("summary"), 1,
      java.util.Map.of());

  /** A page with no layout knowledge from the site's files. */
  public SitePage(Generator generator, String partial, List<String> summaryFields,
      int titleLevel, java.util.Map<String, Integer> titleLevels) {
    this(generator, partial, summaryFields, titleLevel, titleLevels, null, java.util.Map.of());
  }

  public SitePage {
    summaryFields = List.copyOf(summaryFields);
    titleLevels = java.util.Map.copyOf(titleLevels);
    layoutLevels = java.util.Map.copyOf(layoutLevels);
    if (titleLevel < 1 || titleLevel > 6) {
      throw new IllegalArgumentException("titleLevel must be 1 to 6: " + titleLevel);
    }
  }

  public boolean isPartial() {
    return partial != null;
  }
}

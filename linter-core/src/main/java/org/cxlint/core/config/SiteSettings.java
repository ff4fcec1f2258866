package org.cxlint.core.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxlint.core.model.SitePage;

/**
 * The config's {@code site:} section: which generator builds the site (null: detect it from
 * the files at the site root), and overrides of its conventions.
 *
 * @param generator the generator, or null to detect it
 * @param partials folders (relative to the site root) whose files are never pages, or null for
 *     the generator's own ({@code _includes}, {@code _layouts} …)
 * @param summaryFields front-matter fields that hold the summary, or null for the defaults
 * @param titleLevel the level at which layouts render the front-matter title (0: default 1)
 * @param titleLevels the level for pages whose front matter names a layout, by layout name
 */
public record SiteSettings(SitePage.Generator generator, List<String> partials,
    List<String> summaryFields, int titleLevel, Map<String, Integer> titleLevels) {

  /** Detect everything. */
  public static final SiteSettings DETECT = new SiteSettings(null, null, null, 0, Map.of());

  public SiteSettings {
    partials = partials == null ? null : List.copyOf(partials);
    summaryFields = summaryFields == null ? null : List.copyOf(summaryFields);
    titleLevels = Map.copyOf(titleLevels);
  }

  /** A stable text of these settings, for the config's fingerprint. */
  String canonical() {
    return "site " + generator + " " + partials + " " + summaryFields + " " + titleLevel + " "
        + new TreeMap<>(titleLevels) + "\n";
  }
}

package org.cxlint.core.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.config.SiteSettings;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SitePage.Generator;

/**
 * Knows a file's site: which generator builds it (from the files at the site root, or the
 * config's {@code site:} setting), where the site root is, and so whether the file is a page or
 * a partial. The site root is the nearest folder, from the file's own up, that holds a
 * generator's marker file: {@code .eleventy.js} or {@code eleventy.config.*} (Eleventy),
 * {@code hugo.toml|yaml|yml|json}, or {@code config.toml|yaml|yml} beside a {@code content} or
 * {@code layouts} folder (Hugo), {@code _config.yml|yaml|toml} or a {@code Gemfile} naming
 * jekyll (Jekyll). Lookups are cached per folder; safe to share between threads.
 */
public final class SiteLayout {
  /** The generators' own folders of partials, layouts and data. */
  private static final Map<Generator, List<String>> PARTIALS = Map.of(
      Generator.JEKYLL, List.of("_includes", "_layouts", "_data", "_sass"),
      Generator.ELEVENTY, List.of("_includes", "_layouts", "_data"),
      Generator.HUGO, List.of("layouts", "archetypes", "data", "i18n"),
      Generator.NONE, List.of());

  private record Root(Path dir, Generator generator) {}

  private static final Root NO_ROOT = new Root(null, Generator.NONE);

  private final SiteSettings settings;
  private final Path configDirectory;
  private final Map<Path, Root> roots = new ConcurrentHashMap<>();
  private final Map<Path, JekyllLayouts> layouts = new ConcurrentHashMap<>();

  /**
   * @param settings the config's site section
   * @param configDirectory the config file's folder, or null: the site root when the
   *     generator is set in config and no marker file is found
   */
  public SiteLayout(SiteSettings settings, Path configDirectory) {
    this.settings = settings == null ? SiteSettings.DETECT : settings;
    this.configDirectory = configDirectory == null ? null
        : configDirectory.toAbsolutePath().normalize();
  }

  /** What the site says about one file; {@code file} null (standard input) gives no site. */
  public SitePage page(Path file) {
    if (settings.generator() == Generator.NONE || file == null) {
      return plain();
    }
    Path abs = file.toAbsolutePath().normalize();
    Root root = abs.getParent() == null ? NO_ROOT : root(abs.getParent());
    Generator generator = settings.generator() != null ? settings.generator() : root.generator();
    Path dir = root.dir() != null ? root.dir() : configDirectory;
    if (generator == Generator.NONE) {
      return plain();
    }
    // Eleventy's input folder is configurable (often src/), so its own folder names count at
    // any depth; folders named in config, and Jekyll's and Hugo's, are taken from the root.
    boolean anyDepth = settings.partials() == null && generator == Generator.ELEVENTY;
    String partial = partial(abs, anyDepth ? null : dir, settings.partials() != null
        ? settings.partials() : PARTIALS.get(generator));
    List<String> summary = settings.summaryFields() != null ? settings.summaryFields()
        : SitePage.SUMMARY_FIELDS;
    JekyllLayouts site = JekyllLayouts.NONE;
    String defaultLayout = null;
    if (generator == Generator.JEKYLL && root.dir() != null) {
      site = layouts.computeIfAbsent(root.dir(), JekyllLayouts::read);
      defaultLayout = site.defaultLayout(root.dir().relativize(abs).toString().replace('\\', '/'));
    }
    return new SitePage(generator, partial, summary,
        settings.titleLevel() == 0 ? 1 : settings.titleLevel(), settings.titleLevels(),
        defaultLayout, site.levels());
  }

  private SitePage plain() {
    if (settings.summaryFields() == null && settings.titleLevel() == 0
        && settings.titleLevels().isEmpty()) {
      return SitePage.NONE;
    }
    return new SitePage(Generator.NONE, null, settings.summaryFields() != null
        ? settings.summaryFields() : SitePage.NONE.summaryFields(),
        settings.titleLevel() == 0 ? 1 : settings.titleLevel(), settings.titleLevels());
  }

  /** Why the file is a partial ("it is in _includes"), or null. */
  private static String partial(Path file, Path root, List<String> folders) {
    if (folders.isEmpty()) {
      return null;
    }
    Path rel = root != null && file.startsWith(root) ? root.relativize(file) : null;
    String path = rel != null ? rel.toString().replace('\\', '/') : null;
    for (String folder : folders) {
      if (path != null) {
        if (path.startsWith(folder + "/")) {
          return "it is in " + folder + ", the site's partials and layouts";
        }
      } else if (!folder.contains("/")) {
        // No site root known: a folder of that name anywhere on the path.
        for (Path part : file.getParent() == null ? List.<Path>of() : file.getParent()) {
          if (part.toString().equals(folder)) {
            return "it is in " + folder + ", the site's partials and layouts";
          }
        }
      }
    }
    return null;
  }

  private Root root(Path dir) {
    Root cached = roots.get(dir);
    if (cached != null) {
      return cached;
    }
    Generator g = markers(dir);
    Root r;
    if (g != null) {
      r = new Root(dir, g);
    } else {
      r = dir.getParent() == null ? NO_ROOT : root(dir.getParent());
    }
    roots.put(dir, r);
    return r;
  }

  /** The generator whose marker file is in {@code dir}, or null. */
  static Generator markers(Path dir) {
    if (Files.isRegularFile(dir.resolve(".eleventy.js"))
        || anyFile(dir, "eleventy.config.js", "eleventy.config.cjs", "eleventy.config.mjs",
            "eleventy.config.ts")) {
      return Generator.ELEVENTY;
    }
    if (anyFile(dir, "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json")
        || (anyFile(dir, "config.toml", "config.yaml", "config.yml")
            && (Files.isDirectory(dir.resolve("content"))
                || Files.isDirectory(dir.resolve("layouts"))))) {
      return Generator.HUGO;
    }
    if (anyFile(dir, "_config.yml", "_config.yaml", "_config.toml") || gemfileNamesJekyll(dir)) {
      return Generator.JEKYLL;
    }
    return null;
  }

  private static boolean anyFile(Path dir, String... names) {
    for (String n : names) {
      if (Files.isRegularFile(dir.resolve(n))) {
        return true;
      }
    }
    return false;
  }

  private static boolean gemfileNamesJekyll(Path dir) {
    Path gemfile = dir.resolve("Gemfile");
    if (!Files.isRegularFile(gemfile)) {
      return false;
    }
    try {
      return Files.size(gemfile) < 1_000_000
          && Files.readString(gemfile, java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains("jekyll");
    } catch (IOException e) {
      return false;
    }
  }

  /** The generator found for a folder, for messages and tests. */
  public Optional<Generator> generatorAt(Path dir) {
    Root r = root(dir.toAbsolutePath().normalize());
    return r.dir() == null ? Optional.empty() : Optional.of(r.generator());
  }
}

package org.cxlint.core.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a Jekyll site's own files say about its layouts: the layout each page gets from the
 * {@code defaults} of {@code _config.yml} (by path and collection), and, for each layout in
 * {@code _layouts}, the deepest heading it renders before {@code {{ content }}} (its parent
 * layouts' included): the page's own headings continue below that level. Read once per site
 * root; anything unreadable or malformed is simply not known.
 */
final class JekyllLayouts {
  private static final int MAX_BYTES = 1 << 20;
  private static final Pattern CONTENT = Pattern.compile("\\{\\{-?\\s*content\\s*-?\\}\\}");
  private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");
  private static final Pattern PARENT = Pattern.compile("\\A---\\s*\\n(?:.*\\n)*?layout:\\s*"
      + "[\"']?([\\w./-]+)[\"']?\\s*\\n(?:.*\\n)*?---");

  /** One {@code defaults} entry: a path prefix, a collection type or null, a layout. */
  private record Default(String path, String type, String layout) {}

  private final List<Default> defaults;
  private final Set<String> collections;
  /** Layout name to the deepest heading level it renders before the page's content. */
  private final Map<String, Integer> levels;

  private JekyllLayouts(List<Default> defaults, Set<String> collections,
      Map<String, Integer> levels) {
    this.defaults = defaults;
    this.collections = collections;
    this.levels = Map.copyOf(levels);
  }

  static final JekyllLayouts NONE = new JekyllLayouts(List.of(), Set.of(), Map.of());

  /** Reads the site at {@code root}; never throws. */
  static JekyllLayouts read(Path root) {
    List<Default> defaults = new ArrayList<>();
    Set<String> collections = new HashSet<>();
    readConfig(root.resolve("_config.yml"), defaults, collections);
    Map<String, String> texts = new HashMap<>();
    Path dir = root.resolve("_layouts");
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{html,htm,md}")) {
        for (Path f : files) {
          String name = f.getFileName().toString();
          String text = text(f);
          if (text != null) {
            texts.put(name.substring(0, name.lastIndexOf('.')), text);
          }
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable layout folder: no layout is known
      }
    }
    Map<String, Integer> levels = new HashMap<>();
    for (String name : texts.keySet()) {
      int level = level(name, texts, new HashSet<>());
      if (level > 0) {
        levels.put(name, level);
      }
    }
    return new JekyllLayouts(defaults, collections, levels);
  }

  /** The deepest heading before {{ content }} in the layout and the layouts around it. */
  private static int level(String name, Map<String, String> texts, Set<String> seen) {
    String t = texts.get(name);
    if (t == null || !seen.add(name)) {
      return 0;
    }
    Matcher c = CONTENT.matcher(t);
    String before = c.find() ? t.substring(0, c.start()) : "";
    int own = 0;
    Matcher h = HEADING.matcher(before);
    while (h.find()) {
      own = Math.max(own, h.group(1).charAt(0) - '0');
    }
    Matcher p = PARENT.matcher(t);
    int parent = p.find() ? level(p.group(1), texts, seen) : 0;
    return Math.max(own, parent);
  }

  /** The layout levels found, by layout name. */
  Map<String, Integer> levels() {
    return levels;
  }

  /**
   * The layout {@code defaults} give a file at {@code relative} (slashes, from the site root),
   * or null: the matching entry with the longest path, the later one on a tie, as Jekyll does.
   */
  String defaultLayout(String relative) {
    String type = "pages";
    int slash = relative.indexOf('/');
    if (relative.startsWith("_") && slash > 1) {
      String folder = relative.substring(1, slash);
      if (folder.equals("posts") || collections.contains(folder)) {
        type = folder;
      }
    }
    String best = null;
    int bestLength = -1;
    for (Default d : defaults) {
      boolean pathMatches = d.path().isEmpty() || relative.equals(d.path())
          || relative.startsWith(d.path().endsWith("/") ? d.path() : d.path() + "/");
      if (pathMatches && (d.type() == null || d.type().equals(type))
          && d.path().length() >= bestLength) {
        best = d.layout();
        bestLength = d.path().length();
      }
    }
    return best;
  }

  private static void readConfig(Path file, List<Default> defaults, Set<String> collections) {
    String text = text(file);
    if (text == null) {
      return;
    }
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(20);
      options.setAllowDuplicateKeys(true);
      Object root = new Yaml(new SafeConstructor(options)).load(text);
      if (!(root instanceof Map<?, ?> map)) {
        return;
      }
      if (map.get("collections") instanceof Map<?, ?> c) {
        c.keySet().forEach(k -> collections.add(String.valueOf(k)));
      } else if (map.get("collections") instanceof List<?> c) {
        c.forEach(k -> collections.add(String.valueOf(k)));
      }
      if (!(map.get("defaults") instanceof List<?> list)) {
        return;
      }
      for (Object o : list) {
        if (o instanceof Map<?, ?> entry && entry.get("values") instanceof Map<?, ?> values
            && values.get("layout") != null) {
          Map<?, ?> scope = entry.get("scope") instanceof Map<?, ?> s ? s : Map.of();
          String path = scope.get("path") == null ? "" : String.valueOf(scope.get("path"));
          while (path.startsWith("/") || path.startsWith("./")) {
            path = path.substring(path.startsWith("/") ? 1 : 2);
          }
          Object type = scope.get("type");
          defaults.add(new Default(path, type == null ? null : String.valueOf(type),
              String.valueOf(values.get("layout"))));
        }
      }
    } catch (RuntimeException e) {
      // not YAML Jekyll could read either: nothing is known
    }
  }

  private static String text(Path f) {
    try {
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
        return null;
      }
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}

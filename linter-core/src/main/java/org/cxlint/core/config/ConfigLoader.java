package org.cxlint.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.cxlint.core.NearestName;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .cxlint.yml} through SnakeYAML's node API, so that every error can name its line
 * and column. Guards: files over 1 MB, more than a few aliases to collections (alias bombs),
 * deep nesting and documents that are not a map are refused with a clear message.
 */
final class ConfigLoader {
  private static final int MAX_BYTES = 1 << 20;
  private static final List<String> KEYS =
      List.of("extends", "rules", "ignore", "overrides", "site", "language");
  private static final List<String> OVERRIDE_KEYS = List.of("files", "rules");

  private final RuleRegistry builtIn;
  private final Map<String, ConfigExtension> extensions = new LinkedHashMap<>();

  /** Mutable state while one chain of files is read. */
  private static final class State {
    RuleRegistry registry;
    Map<String, RuleSetting> settings = new LinkedHashMap<>();
    List<Glob> ignore = new ArrayList<>();
    List<Config.Override> overrides = new ArrayList<>();
    StringBuilder extensionText = new StringBuilder();
    SiteSettings site = SiteSettings.DETECT;
    /** The default language of prose that declares none, or null (detect it). */
    String language;

    State(RuleRegistry registry) {
      this.registry = registry;
    }

    void absorb(State other) {
      registry = other.registry;
      other.settings.forEach((id, s) -> settings.merge(id, s, RuleSetting::then));
      ignore.addAll(other.ignore);
      overrides.addAll(other.overrides);
      extensionText.append(other.extensionText);
      if (other.site != SiteSettings.DETECT) {
        site = other.site;
      }
      if (other.language != null) {
        language = other.language;
      }
    }

    void preset(Presets preset) {
      settings.putAll(preset.settings(registry));
    }
  }

  ConfigLoader(RuleRegistry builtIn, List<ConfigExtension> extensions) {
    this.builtIn = builtIn;
    for (ConfigExtension e : extensions) {
      this.extensions.put(e.key(), e);
    }
  }

  Config load(Path file) throws ConfigException {
    State state = read(file, new LinkedHashSet<>());
    Path dir = file.toAbsolutePath().normalize().getParent();
    return new Config(file, dir, state.registry, state.settings, state.ignore, state.overrides,
        state.extensionText.toString(), state.site, state.language);
  }

  private State read(Path file, Set<Path> chain) throws ConfigException {
    ConfigSource src = new ConfigSource(file);
    Path key = file.toAbsolutePath().normalize();
    if (!chain.add(key)) {
      throw new ConfigException(file, 0, 0, "extends itself in a cycle: "
          + chain.stream().map(Path::toString).collect(Collectors.joining(" -> ")) + " -> " + key
          + ". Remove one of the extends entries.");
    }
    Node root = compose(file, readText(file));
    State state = new State(builtIn);
    if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
      state.preset(Presets.RECOMMENDED); // an empty file means the defaults
      chain.remove(key);
      return state;
    }
    if (!(root instanceof MappingNode map)) {
      throw src.error(root, "a cxlint config must be a map with keys such as extends, rules,"
          + " ignore and overrides, not " + describe(root) + ".");
    }
    Map<String, NodeTuple> entries = entries(map, src);
    List<String> known = new ArrayList<>(KEYS);
    known.addAll(extensions.keySet());
    for (NodeTuple t : entries.values()) {
      String k = ((ScalarNode) t.getKeyNode()).getValue();
      if (!known.contains(k)) {
        throw src.error(t.getKeyNode(), "unknown setting \"" + k + "\"."
            + NearestName.hint(k, known) + " The settings are: " + String.join(", ", known) + ".");
      }
    }

    NodeTuple ext = entries.get("extends");
    if (ext == null) {
      state.preset(Presets.RECOMMENDED);
    } else {
      for (ScalarNode ref : stringList(ext.getValueNode(), "extends", src)) {
        String name = ref.getValue().strip();
        Presets preset = Presets.named(name.toLowerCase(Locale.ROOT));
        if (preset != null) {
          state.preset(preset);
          continue;
        }
        if (!name.contains("/") && !name.contains(".")) {
          throw src.error(ref, "unknown preset \"" + name + "\"."
              + NearestName.hint(name, List.of("recommended", "strict"))
              + " Use recommended, strict, or a path to another config file.");
        }
        Path parent = src.directory().resolve(name).normalize();
        if (!Files.isRegularFile(parent)) {
          throw src.error(ref, "extends \"" + name + "\", but there is no file " + parent + ".");
        }
        state.absorb(read(parent, chain));
      }
    }

    for (Map.Entry<String, ConfigExtension> e : extensions.entrySet()) {
      NodeTuple section = entries.get(e.getKey());
      if (section == null) {
        continue;
      }
      List<Rule> defined = e.getValue().rules(section.getValueNode(), src);
      for (Rule r : defined) {
        if (state.registry.find(r.meta().id()).isPresent()) {
          throw src.error(section.getKeyNode(), e.getKey() + " defines rule \"" + r.meta().id()
              + "\", but a rule with that id already exists. Choose another id.");
        }
      }
      state.registry = state.registry.with(defined);
      for (Rule r : defined) {
        state.settings.put(r.meta().id(), RuleSetting.ON);
      }
      state.extensionText.append(e.getKey()).append(": ")
          .append(canonical(section.getValueNode())).append('\n');
    }

    NodeTuple rules = entries.get("rules");
    if (rules != null) {
      ruleSettings(rules.getValueNode(), state.registry, src)
          .forEach((id, s) -> state.settings.merge(id, s, RuleSetting::then));
    }
    NodeTuple language = entries.get("language");
    if (language != null) {
      state.language = language(language.getValueNode(), src);
    }
    NodeTuple ignore = entries.get("ignore");
    if (ignore != null) {
      for (ScalarNode g : stringList(ignore.getValueNode(), "ignore", src)) {
        state.ignore.add(glob(g, src));
      }
    }
    NodeTuple overrides = entries.get("overrides");
    if (overrides != null) {
      state.overrides.addAll(overrides(overrides.getValueNode(), state.registry, src));
    }
    NodeTuple site = entries.get("site");
    if (site != null) {
      state.site = site(site.getValueNode(), src);
    }
    chain.remove(key);
    return state;
  }

  private static final List<String> GENERATORS = List.of("auto", "jekyll", "eleventy", "hugo",
      "none");
  private static final List<String> SITE_KEYS = List.of("generator", "partials",
      "summaryFields", "titleLevel", "titleLevels");

  /** {@code site: jekyll}, or a map with generator, partials, summaryFields, titleLevel(s). */
  private static SiteSettings site(Node node, ConfigSource src) throws ConfigException {
    if (node instanceof ScalarNode s) {
      return new SiteSettings(generator(s, src), null, null, 0, Map.of());
    }
    if (!(node instanceof MappingNode map)) {
      throw src.error(node, "site must be one of " + String.join(", ", GENERATORS)
          + ", or a map with " + String.join(", ", SITE_KEYS) + ", not " + describe(node) + ".");
    }
    Map<String, NodeTuple> e = entries(map, src);
    for (NodeTuple t : e.values()) {
      String k = ((ScalarNode) t.getKeyNode()).getValue();
      if (!SITE_KEYS.contains(k)) {
        throw src.error(t.getKeyNode(), "unknown site setting \"" + k + "\"."
            + NearestName.hint(k, SITE_KEYS) + " The site settings are: "
            + String.join(", ", SITE_KEYS) + ".");
      }
    }
    org.cxlint.core.model.SitePage.Generator generator = null;
    if (e.containsKey("generator")) {
      Node g = e.get("generator").getValueNode();
      if (!(g instanceof ScalarNode gs)) {
        throw src.error(g, "site generator must be one of " + String.join(", ", GENERATORS)
            + ", not " + describe(g) + ".");
      }
      generator = generator(gs, src);
    }
    List<String> partials = null;
    if (e.containsKey("partials")) {
      partials = new ArrayList<>();
      for (ScalarNode p : stringList(e.get("partials").getValueNode(), "site partials", src)) {
        String folder = p.getValue().strip().replace('\\', '/');
        while (folder.endsWith("/")) {
          folder = folder.substring(0, folder.length() - 1);
        }
        if (folder.isEmpty() || folder.startsWith("/") || folder.contains("..")) {
          throw src.error(p, "site partials must be folders relative to the site root, such as"
              + " _includes, not \"" + p.getValue() + "\".");
        }
        partials.add(folder);
      }
    }
    List<String> summary = null;
    if (e.containsKey("summaryFields")) {
      summary = new ArrayList<>();
      for (ScalarNode f : stringList(e.get("summaryFields").getValueNode(), "site summaryFields",
          src)) {
        summary.add(f.getValue().strip());
      }
      if (summary.isEmpty()) {
        throw src.error(e.get("summaryFields").getValueNode(), "site summaryFields needs at"
            + " least one front-matter field, such as summary.");
      }
    }
    int level = e.containsKey("titleLevel") ? level(e.get("titleLevel").getValueNode(), src) : 0;
    Map<String, Integer> levels = new LinkedHashMap<>();
    if (e.containsKey("titleLevels")) {
      Node l = e.get("titleLevels").getValueNode();
      if (!(l instanceof MappingNode lm)) {
        throw src.error(l, "site titleLevels must be a map from a layout name to a heading"
            + " level, e.g. \"styleguide: 2\", not " + describe(l) + ".");
      }
      for (NodeTuple t : entries(lm, src).values()) {
        levels.put(((ScalarNode) t.getKeyNode()).getValue(), level(t.getValueNode(), src));
      }
    }
    return new SiteSettings(generator, partials, summary, level, levels);
  }

  private static org.cxlint.core.model.SitePage.Generator generator(ScalarNode s,
      ConfigSource src) throws ConfigException {
    String v = s.getValue().strip().toLowerCase(Locale.ROOT);
    if (!GENERATORS.contains(v)) {
      throw src.error(s, "unknown site generator \"" + s.getValue() + "\"."
          + NearestName.hint(v, GENERATORS) + " Use one of " + String.join(", ", GENERATORS)
          + ".");
    }
    return v.equals("auto") ? null
        : org.cxlint.core.model.SitePage.Generator.valueOf(v.toUpperCase(Locale.ROOT));
  }

  private static int level(Node n, ConfigSource src) throws ConfigException {
    String v = n instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : "";
    if (v.startsWith("h")) {
      v = v.substring(1);
    }
    if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '6') {
      return v.charAt(0) - '0';
    }
    throw src.error(n, "a title level must be a heading level from 1 to 6 (or h1 to h6), not "
        + (n instanceof ScalarNode s ? "\"" + s.getValue() + "\"" : describe(n)) + ".");
  }

  /** The {@code language} setting: one BCP 47 tag ("es", "es-US"). */
  private static String language(Node node, ConfigSource src) throws ConfigException {
    if (!(node instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
      throw src.error(node, "language must be one language tag such as en or es, not "
          + describe(node) + ".");
    }
    String tag = s.getValue().strip();
    if (!org.cxlint.core.html.LanguageTag.isValid(tag)) {
      throw src.error(node, "language \"" + tag + "\" is not a language tag. Use a BCP 47 tag"
          + " such as en, es or es-US.");
    }
    return tag;
  }

  private static String readText(Path file) throws ConfigException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigException(file, 0, 0,
            "is larger than 1 MB; a cxlint config is a few lines of YAML.");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config file: no such file.");
    } catch (AccessDeniedException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config file: permission denied.");
    } catch (IOException e) {
      throw new ConfigException(file, 0, 0, "cannot read the config file: " + e.getMessage() + ".");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, 0, "is not valid UTF-8 text; save it as UTF-8.");
    }
  }

  private static Node compose(Path file, String text) throws ConfigException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(32);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    try {
      return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String reason = "is not valid YAML: " + problem.strip() + ".";
      return throwAt(file, m, reason);
    } catch (YAMLException e) {
      String msg = e.getMessage() == null ? "" : e.getMessage().strip();
      if (msg.contains("aliases")) {
        throw new ConfigException(file, 0, 0, "uses too many YAML aliases (" + msg
            + "); a cxlint config needs none.");
      }
      throw new ConfigException(file, 0, 0, "is not valid YAML: " + msg + ".");
    } catch (RuntimeException | StackOverflowError e) {
      throw new ConfigException(file, 0, 0, "is not valid YAML (" + e.getClass().getSimpleName()
          + ").");
    }
  }

  private static Node throwAt(Path file, Mark m, String reason) throws ConfigException {
    if (m == null) {
      throw new ConfigException(file, 0, 0, reason);
    }
    throw new ConfigException(file, m.getLine() + 1, m.getColumn() + 1, reason);
  }

  /** A mapping's entries by key; keys must be plain strings, each at most once. */
  private static Map<String, NodeTuple> entries(MappingNode map, ConfigSource src)
      throws ConfigException {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw src.error(t.getKeyNode(), "a key must be a plain name, not " + describe(t.getKeyNode())
            + ".");
      }
      if (out.put(k.getValue(), t) != null) {
        throw src.error(k, "\"" + k.getValue() + "\" is given twice; keep one.");
      }
    }
    return out;
  }

  private Map<String, RuleSetting> ruleSettings(Node node, RuleRegistry registry,
      ConfigSource src) throws ConfigException {
    Map<String, RuleSetting> out = new LinkedHashMap<>();
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return out; // "rules:" with nothing under it
    }
    if (!(node instanceof MappingNode map)) {
      throw src.error(node, "rules must be a map from rule id to a setting, e.g."
          + " \"link-text: warning\", not " + describe(node) + ".");
    }
    for (NodeTuple t : entries(map, src).values()) {
      ScalarNode k = (ScalarNode) t.getKeyNode();
      String id = k.getValue();
      Rule rule = registry.find(id).orElse(null);
      if (rule == null) {
        throw src.error(k, "unknown rule \"" + id + "\"." + NearestName.hint(id, registry.ids())
            + (NearestName.among(id, registry.ids()).isEmpty()
                ? " Run \"cxlint rules\" to list the rules." : ""));
      }
      out.put(id, ruleSetting(t.getValueNode(), rule.meta(), src));
    }
    return out;
  }

  private static RuleSetting ruleSetting(Node node, RuleMeta meta, ConfigSource src)
      throws ConfigException {
    String id = meta.id();
    if (node instanceof ScalarNode s) {
      RuleSetting r = switchValue(s.getValue());
      if (r == null) {
        throw src.error(node, "rule \"" + id + "\" must be off, on, info, warning, error or a map"
            + " of options, not \"" + s.getValue() + "\"."
            + NearestName.hint(s.getValue(), List.of("off", "on", "info", "warning", "error")));
      }
      return r;
    }
    if (!(node instanceof MappingNode map)) {
      throw src.error(node, "rule \"" + id + "\" must be off, on, a severity or a map of options,"
          + " not " + describe(node) + ".");
    }
    boolean enabled = true;
    Severity severity = null;
    Map<String, Object> options = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add("severity");
    meta.options().forEach(o -> names.add(o.name()));
    for (NodeTuple t : entries(map, src).values()) {
      ScalarNode k = (ScalarNode) t.getKeyNode();
      String name = k.getValue();
      Node v = t.getValueNode();
      if (name.equals("severity")) {
        RuleSetting r = v instanceof ScalarNode sv ? switchValue(sv.getValue()) : null;
        if (r == null) {
          throw src.error(v, "severity of rule \"" + id + "\" must be off, info, warning or error"
              + (v instanceof ScalarNode sv ? ", not \"" + sv.getValue() + "\"."
                  + NearestName.hint(sv.getValue(), List.of("off", "info", "warning", "error"))
                  : "."));
        }
        enabled = r.enabled();
        severity = r.severity();
        continue;
      }
      OptionSpec spec = meta.option(name);
      if (spec == null) {
        String optionList = meta.options().isEmpty()
            ? " Rule \"" + id + "\" has no options; only severity can be set."
            : " Its options are: " + meta.options().stream().map(OptionSpec::name)
                .collect(Collectors.joining(", ")) + ".";
        String hint = NearestName.hint(name, names);
        throw src.error(k, "unknown option \"" + name + "\" for rule \"" + id + "\"." + hint
            + (hint.isEmpty() ? optionList : ""));
      }
      options.put(name, optionValue(v, spec, id, src));
    }
    return new RuleSetting(enabled, enabled ? severity : null, options);
  }

  /** off/false, on/true, or a severity; null when the text is none of them. */
  private static RuleSetting switchValue(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("off") || t.equals("false") || t.equals("no")) {
      return RuleSetting.OFF;
    }
    if (t.equals("on") || t.equals("true") || t.equals("yes")) {
      return RuleSetting.ON;
    }
    Severity s = Severity.parse(t);
    return s == null ? null : new RuleSetting(true, s, Map.of());
  }

  private static Object optionValue(Node v, OptionSpec spec, String id, ConfigSource src)
      throws ConfigException {
    String where = "option \"" + spec.name() + "\" of rule \"" + id + "\"";
    if (spec.type() == OptionSpec.Type.STRING_LIST) {
      List<String> values = new ArrayList<>();
      for (ScalarNode s : stringList(v, where, src)) {
        values.add(s.getValue());
      }
      return List.copyOf(values);
    }
    if (!(v instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
      throw src.error(v, where + " needs " + expected(spec) + ", not " + describe(v) + ".");
    }
    String text = s.getValue().strip();
    switch (spec.type()) {
      case INTEGER -> {
        if (s.getTag().equals(Tag.INT)) {
          try {
            return Integer.parseInt(text.replace("_", ""));
          } catch (NumberFormatException e) {
            // falls through to the error below: too large, or an octal/hex form
          }
        }
        throw src.error(v, where + " needs " + expected(spec) + ", not \"" + text + "\".");
      }
      case NUMBER -> {
        if (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
          try {
            double d = Double.parseDouble(text.replace("_", ""));
            if (Double.isFinite(d)) {
              return d;
            }
          } catch (NumberFormatException e) {
            // falls through to the error below
          }
        }
        throw src.error(v, where + " needs " + expected(spec) + ", not \"" + text + "\".");
      }
      case BOOLEAN -> {
        if (s.getTag().equals(Tag.BOOL)) {
          String t = text.toLowerCase(Locale.ROOT);
          return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
        }
        throw src.error(v, where + " needs " + expected(spec) + ", not \"" + text + "\".");
      }
      case ENUM -> {
        if (spec.allowed().contains(text)) {
          return text;
        }
        throw src.error(v, where + " must be one of " + String.join(", ", spec.allowed())
            + ", not \"" + text + "\"." + NearestName.hint(text, spec.allowed()));
      }
      default -> {
        return s.getValue();
      }
    }
  }

  private static String expected(OptionSpec spec) {
    return switch (spec.type()) {
      case INTEGER -> "a whole number";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING -> "a text value";
      case STRING_LIST -> "a list of text values";
      case ENUM -> "one of " + String.join(", ", spec.allowed());
    };
  }

  private List<Config.Override> overrides(Node node, RuleRegistry registry, ConfigSource src)
      throws ConfigException {
    if (!(node instanceof SequenceNode seq)) {
      throw src.error(node, "overrides must be a list of entries with files and rules, not "
          + describe(node) + ".");
    }
    List<Config.Override> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode map)) {
        throw src.error(item, "each override needs files and rules, e.g."
            + " { files: [\"content/news/**\"], rules: { required-links: off } }.");
      }
      Map<String, NodeTuple> e = entries(map, src);
      for (NodeTuple t : e.values()) {
        String k = ((ScalarNode) t.getKeyNode()).getValue();
        if (!OVERRIDE_KEYS.contains(k)) {
          throw src.error(t.getKeyNode(), "unknown override setting \"" + k + "\"."
              + NearestName.hint(k, OVERRIDE_KEYS) + " An override has files and rules.");
        }
      }
      NodeTuple files = e.get("files");
      if (files == null) {
        throw src.error(item, "this override has no files; say which files it applies to, e.g."
            + " files: [\"content/news/**\"].");
      }
      List<Glob> globs = new ArrayList<>();
      for (ScalarNode g : stringList(files.getValueNode(), "files", src)) {
        globs.add(glob(g, src));
      }
      NodeTuple rules = e.get("rules");
      Map<String, RuleSetting> settings = rules == null
          ? Map.of() : ruleSettings(rules.getValueNode(), registry, src);
      out.add(new Config.Override(globs, settings));
    }
    return out;
  }

  private static Glob glob(ScalarNode node, ConfigSource src) throws ConfigException {
    try {
      return Glob.of(node.getValue());
    } catch (PatternSyntaxException e) {
      throw src.error(node, "\"" + node.getValue() + "\" is not a valid file pattern.");
    }
  }

  /** A single string or a list of strings. */
  private static List<ScalarNode> stringList(Node node, String what, ConfigSource src)
      throws ConfigException {
    List<ScalarNode> out = new ArrayList<>();
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      out.add(s);
      return out;
    }
    if (node instanceof SequenceNode seq) {
      for (Node n : seq.getValue()) {
        if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
          throw src.error(n, what + " must be a list of text values; this entry is "
              + describe(n) + ".");
        }
        out.add(s);
      }
      return out;
    }
    throw src.error(node, what + " must be a text value or a list of them, not " + describe(node)
        + ".");
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof ScalarNode s) {
      return s.getTag().equals(Tag.NULL) ? "empty" : "\"" + s.getValue() + "\"";
    }
    return "this value";
  }

  /** A formatting-independent text form of a YAML subtree, for the fingerprint. */
  private static String canonical(Node node) {
    StringBuilder sb = new StringBuilder();
    canonical(node, sb, new HashSet<>());
    return sb.toString();
  }

  private static void canonical(Node node, StringBuilder sb, Set<Node> path) {
    if (!path.add(node)) {
      sb.append("<cycle>");
      return;
    }
    if (node instanceof ScalarNode s) {
      sb.append('"').append(s.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    } else if (node instanceof SequenceNode seq) {
      sb.append('[');
      for (Node n : seq.getValue()) {
        canonical(n, sb, path);
        sb.append(',');
      }
      sb.append(']');
    } else if (node instanceof MappingNode map) {
      sb.append('{');
      for (NodeTuple t : map.getValue()) {
        canonical(t.getKeyNode(), sb, path);
        sb.append(':');
        canonical(t.getValueNode(), sb, path);
        sb.append(',');
      }
      sb.append('}');
    }
    path.remove(node);
  }
}

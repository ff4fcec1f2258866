package org.cxlint.core.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.RuleOptions;

/**
 * The effective configuration of a run: which rules are on, at what severity and with which
 * options, for each file; which files are ignored. Read from {@code .cxlint.yml} (see the
 * README's "Configuration" section) or the defaults (the {@code recommended} preset).
 *
 * <p>Paths given to {@link #rulesFor} and {@link #isIgnored} are '/'-separated and relative to
 * {@link #directory()} (the config file's directory), which is what the globs are written
 * against. Instances are immutable and safe to share between threads.
 */
public final class Config {
  /** The file names {@link #discover} looks for, in order of preference. */
  public static final List<String> FILE_NAMES = List.of(".cxlint.yml", ".cxlint.yaml");

  /** One {@code overrides:} entry. */
  record Override(List<Glob> files, Map<String, RuleSetting> rules) {}

  private final Path file;
  private final Path directory;
  private final RuleRegistry registry;
  private final Map<String, RuleSetting> base;
  private final List<Glob> ignore;
  private final List<Override> overrides;
  private final String extensionText;
  private final SiteSettings site;
  /** Computed on first use: only the cache needs it, and SHA-256's first use costs start-up. */
  private volatile String fingerprint;
  private final String language;
  private final Map<List<Integer>, List<ConfiguredRule>> resolved = new ConcurrentHashMap<>();

  Config(Path file, Path directory, RuleRegistry registry, Map<String, RuleSetting> base,
      List<Glob> ignore, List<Override> overrides, String extensionText) {
    this(file, directory, registry, base, ignore, overrides, extensionText, SiteSettings.DETECT,
        null);
  }

  Config(Path file, Path directory, RuleRegistry registry, Map<String, RuleSetting> base,
      List<Glob> ignore, List<Override> overrides, String extensionText, SiteSettings site,
      String language) {
    this.site = site;
    this.language = language;
    this.file = file;
    this.directory = directory;
    this.registry = registry;
    this.base = Map.copyOf(base);
    this.ignore = List.copyOf(ignore);
    this.overrides = List.copyOf(overrides);
    this.extensionText = extensionText;
  }

  /**
   * Reads a config file, with the {@link ConfigExtension}s found by ServiceLoader through the
   * thread's context class loader.
   */
  public static Config load(Path file, RuleRegistry registry) throws ConfigException {
    List<ConfigExtension> extensions = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (ConfigExtension e : ServiceLoader.load(ConfigExtension.class,
        loader != null ? loader : Config.class.getClassLoader())) {
      extensions.add(e);
    }
    return load(file, registry, extensions);
  }

  /** Reads a config file with exactly these extensions. */
  public static Config load(Path file, RuleRegistry registry, List<ConfigExtension> extensions)
      throws ConfigException {
    return new ConfigLoader(registry, extensions).load(file);
  }

  /** The built-in defaults: the {@code recommended} preset, no ignores, no overrides. */
  public static Config defaults(RuleRegistry registry) {
    return new Config(null, null, registry, Presets.RECOMMENDED.settings(registry), List.of(),
        List.of(), "");
  }

  /**
   * The nearest {@code .cxlint.yml} (or {@code .cxlint.yaml}) in {@code startDir} or one of its
   * parents.
   */
  public static Optional<Path> discover(Path startDir) {
    Path dir = startDir.toAbsolutePath().normalize();
    while (dir != null) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The config file, or empty for the defaults. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The directory globs are relative to, or null for the defaults (then: the run's base). */
  public Path directory() {
    return directory;
  }

  /** Every rule the config can refer to: the given registry plus rules the config defines. */
  /** The {@code site:} section: the site generator and its conventions. */
  public SiteSettings site() {
    return site;
  }

  public RuleRegistry registry() {
    return registry;
  }

  /** True when an {@code ignore:} glob matches the path (or one of its directories). */
  public boolean isIgnored(String relativePath) {
    for (Glob g : ignore) {
      if (g.matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  /** The rules that run on this file, in id order, with overrides applied. */
  public List<ConfiguredRule> rulesFor(String relativePath) {
    List<Integer> matched = new ArrayList<>();
    for (int i = 0; i < overrides.size(); i++) {
      for (Glob g : overrides.get(i).files()) {
        if (g.matches(relativePath)) {
          matched.add(i);
          break;
        }
      }
    }
    return resolved.computeIfAbsent(List.copyOf(matched), this::resolve);
  }

  private List<ConfiguredRule> resolve(List<Integer> matchedOverrides) {
    Map<String, RuleSetting> settings = new LinkedHashMap<>(base);
    for (int i : matchedOverrides) {
      overrides.get(i).rules().forEach((id, s) -> settings.merge(id, s, RuleSetting::then));
    }
    List<ConfiguredRule> out = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      RuleSetting s = settings.get(rule.meta().id());
      if (s != null && s.enabled()) {
        out.add(new ConfiguredRule(rule, s.severity(), new RuleOptions(rule.meta(), s.options())));
      }
    }
    return List.copyOf(out);
  }

  /** Every rule that is on for at least some file (for reporters that describe rules). */
  public List<RuleMeta> enabledRules() {
    List<RuleMeta> out = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      String id = rule.meta().id();
      boolean on = base.getOrDefault(id, RuleSetting.OFF).enabled();
      for (Override o : overrides) {
        RuleSetting s = o.rules().get(id);
        on |= s != null && s.enabled();
      }
      if (on) {
        out.add(rule.meta());
      }
    }
    return out;
  }

  /**
   * A stable hash of everything that decides findings: rules with severities and options,
   * ignores, overrides and config-defined rule sections. Equal configs give equal fingerprints,
   * wherever the file lives and however it is formatted.
   */
  /**
   * The {@code language} setting: the language of prose whose page declares none (a BCP 47
   * tag), used instead of detecting it; null when not set.
   */
  public String language() {
    return language;
  }

  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = computeFingerprint(extensionText);
      fingerprint = f;
    }
    return f;
  }

  private String computeFingerprint(String extensionText) {
    StringBuilder sb = new StringBuilder("cxlint-config-1\n");
    if (language != null) {
      sb.append("language ").append(language).append('\n');
    }
    for (Rule rule : registry.rules()) {
      String id = rule.meta().id();
      sb.append("rule ").append(id).append(' ')
          .append(base.getOrDefault(id, RuleSetting.OFF).canonical()).append('\n');
    }
    for (Glob g : ignore) {
      sb.append("ignore ").append(g.pattern()).append('\n');
    }
    for (Override o : overrides) {
      sb.append("override");
      o.files().forEach(g -> sb.append(' ').append(g.pattern()));
      sb.append('\n');
      new java.util.TreeMap<>(o.rules()).forEach((id, s) ->
          sb.append("  ").append(id).append(' ').append(s.canonical()).append('\n'));
    }
    sb.append(extensionText);
    if (site != SiteSettings.DETECT) {
      sb.append(site.canonical());
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}

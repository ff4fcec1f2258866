package org.cxlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.FakeRules;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

class ConfigTest {
  @TempDir Path dir;
  private final RuleRegistry registry = FakeRules.registry();

  private Path write(String name, String yaml) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, yaml);
    return p;
  }

  private Config load(String yaml) throws Exception {
    return Config.load(write(".cxlint.yml", yaml), registry, List.of());
  }

  private ConfigException error(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
    assertThat(t).isInstanceOf(ConfigException.class);
    return (ConfigException) t;
  }

  /** The rule pack's rules among {@code rules} (the engine's own are tested on their own). */
  private static List<ConfiguredRule> pack(List<ConfiguredRule> rules) {
    return rules.stream().filter(r -> !org.cxlint.core.EngineRules.isEngineRule(r.id())).toList();
  }

  /** The ids of the rule pack's rules (the engine's own rules are tested on their own). */
  private static List<String> ids(List<ConfiguredRule> rules) {
    return rules.stream().map(ConfiguredRule::id)
        .filter(id -> !org.cxlint.core.EngineRules.isEngineRule(id)).toList();
  }

  @Test
  void theEngineRulesAreOnByDefaultAndConfigurableLikeAnyRule() throws Exception {
    assertThat(load("").rulesFor("a.md")).extracting(ConfiguredRule::id)
        .contains("parse-error", "invalid-suppression");
    Config c = load("rules:\n  invalid-suppression: off\n  parse-error: warning\n");
    assertThat(c.rulesFor("a.md")).extracting(ConfiguredRule::id)
        .doesNotContain("invalid-suppression");
    assertThat(c.rulesFor("a.md")).filteredOn(r -> r.id().equals("parse-error"))
        .singleElement().satisfies(r -> assertThat(r.severityOverride())
            .isEqualTo(org.cxlint.core.rule.Severity.WARNING));
  }

  @Test
  void defaultsAreTheRecommendedPreset() {
    Config c = Config.defaults(registry);
    assertThat(ids(pack(c.rulesFor("a.md")))).containsExactly("link-text", "shall");
    assertThat(c.file()).isEmpty();
  }

  @Test
  void emptyFileMeansDefaults() throws Exception {
    assertThat(ids(pack(load("").rulesFor("a.md")))).containsExactly("link-text", "shall");
    assertThat(ids(pack(load("# nothing yet\n").rulesFor("a.md")))).containsExactly("link-text", "shall");
  }

  @Test
  void strictTurnsEveryRuleOn() throws Exception {
    assertThat(ids(pack(load("extends: strict\n").rulesFor("a.md"))))
        .containsExactly("link-text", "shall", "utilize");
  }

  @Test
  void rulesSetSeverityOptionsAndOff() throws Exception {
    Config c = load("""
        rules:
          link-text: off
          shall: warning
          utilize: { severity: error, max: 30, ratio: 0.25, strict: true, words: [a, b], mode: thorough, instead: use }
        """);
    List<ConfiguredRule> rules = pack(c.rulesFor("a.md"));
    assertThat(ids(rules)).containsExactly("shall", "utilize");
    assertThat(rules.get(0).severityOverride()).isEqualTo(Severity.WARNING);
    ConfiguredRule u = rules.get(1);
    assertThat(u.severityOverride()).isEqualTo(Severity.ERROR);
    assertThat(u.options().integer("max")).isEqualTo(30);
    assertThat(u.options().number("ratio")).isEqualTo(0.25);
    assertThat(u.options().bool("strict")).isTrue();
    assertThat(u.options().stringList("words")).containsExactly("a", "b");
    assertThat(u.options().string("mode")).isEqualTo("thorough");
    assertThat(u.options().string("instead")).isEqualTo("use");
  }

  @Test
  void optionsWithoutSeverityTurnARuleOnAtItsDefault() throws Exception {
    ConfiguredRule u = pack(load("rules:\n  utilize: { max: 5 }\n").rulesFor("a.md")).get(2);
    assertThat(u.id()).isEqualTo("utilize");
    assertThat(u.severityOverride()).isNull();
    assertThat(u.options().integer("max")).isEqualTo(5);
  }

  @Test
  void unknownRuleNamesLineColumnAndSuggests() {
    ConfigException e = error("extends: recommended\nrules:\n  shall: warning\n  link-txt: off\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage()).endsWith(
        ".cxlint.yml:4:3: unknown rule \"link-txt\". Did you mean \"link-text\"?");
  }

  @Test
  void unknownRuleFarFromAnyIdPointsToTheList() {
    assertThat(error("rules:\n  readability: off\n").getMessage())
        .contains("unknown rule \"readability\".").contains("cxlint rules");
  }

  @Test
  void unknownOptionNamesLineColumnAndSuggests() {
    ConfigException e = error("rules:\n  utilize:\n    severity: info\n    maxx: 3\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo(
        "unknown option \"maxx\" for rule \"utilize\". Did you mean \"max\"?");
  }

  @Test
  void optionOfTheWrongTypeIsAnError() {
    ConfigException e = error("rules:\n  utilize: { max: thirty }\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.reason()).isEqualTo(
        "option \"max\" of rule \"utilize\" needs a whole number, not \"thirty\".");
    assertThat(error("rules:\n  utilize: { strict: maybe }\n").reason()).contains("true or false");
    assertThat(error("rules:\n  utilize: { ratio: [1] }\n").reason()).contains("a number, not a list");
    assertThat(error("rules:\n  utilize: { mode: thorogh }\n").reason())
        .isEqualTo("option \"mode\" of rule \"utilize\" must be one of fast, thorough, not"
            + " \"thorogh\". Did you mean \"thorough\"?");
  }

  @Test
  void badSeveritySuggests() {
    ConfigException e = error("rules:\n  shall: warnin\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.reason()).contains("not \"warnin\". Did you mean \"warning\"?");
  }

  @Test
  void unknownTopLevelKeySuggests() {
    ConfigException e = error("rules: {}\nignores: [a]\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).startsWith("unknown setting \"ignores\". Did you mean \"ignore\"?");
  }

  @Test
  void duplicateKeysAreAnError() {
    ConfigException e = error("rules:\n  shall: off\n  shall: error\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).contains("given twice");
  }

  @Test
  void documentsThatAreNotAMapAreRefused() {
    assertThat(error("- a\n- b\n").reason()).contains("must be a map");
    assertThat(error("just text\n").reason()).contains("must be a map");
  }

  @Test
  void invalidYamlGivesPosition() {
    ConfigException e = error("rules:\n  shall: [off\n");
    assertThat(e.line()).isGreaterThan(0);
    assertThat(e.reason()).startsWith("is not valid YAML");
  }

  @Test
  void aliasBombIsRefused() {
    String bomb = """
        a: &a ["x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        """;
    assertThat(error(bomb).reason()).contains("aliases");
  }

  @Test
  void unknownPresetSuggests() {
    ConfigException e = error("extends: recomended\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(10);
    assertThat(e.reason()).startsWith("unknown preset \"recomended\". Did you mean \"recommended\"?");
  }

  @Test
  void extendsAnotherFileRelativeToThisOne() throws Exception {
    write("team/base.yml", "extends: strict\nrules:\n  shall: info\n  utilize: { max: 9 }\n");
    Config c = load("extends: team/base.yml\nrules:\n  utilize: { severity: error }\n");
    List<ConfiguredRule> rules = pack(c.rulesFor("a.md"));
    assertThat(ids(rules)).containsExactly("link-text", "shall", "utilize");
    assertThat(rules.get(1).severityOverride()).isEqualTo(Severity.INFO);
    assertThat(rules.get(2).severityOverride()).isEqualTo(Severity.ERROR);
    assertThat(rules.get(2).options().integer("max")).isEqualTo(9);
  }

  @Test
  void extendsCycleIsAnError() throws Exception {
    write("b.yml", "extends: ./.cxlint.yml\n");
    assertThat(error("extends: ./b.yml\n").reason()).contains("cycle");
  }

  @Test
  void extendsMissingFileIsAnError() {
    ConfigException e = error("extends: ./nope.yml\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.reason()).contains("no file");
  }

  @Test
  void ignoreGlobs() throws Exception {
    Config c = load("ignore: [\"content/_archived/**\", \"*.txt\", drafts]\n");
    assertThat(c.isIgnored("content/_archived/2019/a.md")).isTrue();
    assertThat(c.isIgnored("content/_archived")).isTrue();
    assertThat(c.isIgnored("content/news/a.md")).isFalse();
    assertThat(c.isIgnored("notes.txt")).isTrue();
    assertThat(c.isIgnored("deep/down/notes.txt")).isTrue();
    assertThat(c.isIgnored("x/drafts/a.md")).isTrue();
    assertThat(c.isIgnored("x/drafts-old/a.md")).isFalse();
  }

  @Test
  void globSyntax() {
    assertThat(Glob.of("content/**/*.md").matches("content/a.md")).isTrue();
    assertThat(Glob.of("content/**/*.md").matches("content/x/y/a.md")).isTrue();
    assertThat(Glob.of("content/*.md").matches("content/x/a.md")).isFalse();
    assertThat(Glob.of("**/*.{md,html}").matches("a/b.html")).isTrue();
    assertThat(Glob.of("a?.md").matches("ab.md")).isTrue();
    assertThat(Glob.of("[ab].md").matches("c.md")).isFalse();
    assertThat(Glob.of("./content/").matches("content/a.md")).isTrue();
    assertThat(Glob.of("file (1).md").matches("file (1).md")).isTrue();
  }

  @Test
  void overridesApplyInOrderToMatchingFiles() throws Exception {
    Config c = load("""
        rules:
          shall: warning
        overrides:
          - files: ["content/news/**"]
            rules: { shall: off, utilize: { max: 4 } }
          - files: ["**/legal.md"]
            rules: { shall: error }
        """);
    assertThat(ids(pack(c.rulesFor("content/a.md")))).containsExactly("link-text", "shall");
    assertThat(pack(c.rulesFor("content/a.md")).get(1).severityOverride()).isEqualTo(Severity.WARNING);
    List<ConfiguredRule> news = pack(c.rulesFor("content/news/a.md"));
    assertThat(ids(news)).containsExactly("link-text", "utilize");
    assertThat(news.get(1).options().integer("max")).isEqualTo(4);
    List<ConfiguredRule> legal = pack(c.rulesFor("content/news/legal.md"));
    assertThat(ids(legal)).containsExactly("link-text", "shall", "utilize");
    assertThat(legal.get(1).severityOverride()).isEqualTo(Severity.ERROR);
    assertThat(c.enabledRules()).extracting(RuleMeta::id)
        .containsExactly("invalid-suppression", "link-text", "parse-error", "shall", "utilize");
  }

  @Test
  void overrideErrorsArePositioned() {
    ConfigException e = error("overrides:\n  - files: [a]\n    rules: { shal: off }\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.reason()).contains("Did you mean \"shall\"?");
    assertThat(error("overrides:\n  - rules: { shall: off }\n").reason()).contains("no files");
    assertThat(error("overrides:\n  - files: [a]\n    rule: {}\n").reason())
        .contains("Did you mean \"rules\"?");
  }

  @Test
  void fingerprintIsStableAndFollowsTheEffectiveConfig() throws Exception {
    String a = load("rules:\n  shall: warning\n  utilize: { max: 4 }\n").fingerprint();
    String sameInOtherWords =
        load("rules: { utilize: { max: 4 }, shall: warning }  # reordered\n").fingerprint();
    String different = load("rules:\n  shall: warning\n  utilize: { max: 5 }\n").fingerprint();
    assertThat(a).isEqualTo(sameInOtherWords).hasSize(64);
    assertThat(different).isNotEqualTo(a);
    assertThat(Config.defaults(registry).fingerprint()).isEqualTo(load("").fingerprint());
  }

  @Test
  void discoverFindsTheNearestConfigUpward() throws Exception {
    Path root = write(".cxlint.yml", "");
    Path nested = write("site/.cxlint.yaml", "");
    Files.createDirectories(dir.resolve("site/content/news"));
    assertThat(Config.discover(dir.resolve("site/content/news"))).contains(nested);
    assertThat(Config.discover(dir.resolve("site"))).contains(nested);
    Files.createDirectories(dir.resolve("other"));
    assertThat(Config.discover(dir.resolve("other"))).contains(root);
  }

  /** An extension that defines one word rule per list entry, as customRules: will. */
  private record WordsExtension() implements ConfigExtension {
    @Override
    public String key() {
      return "customRules";
    }

    @Override
    public List<Rule> rules(Node value, ConfigSource source) throws ConfigException {
      if (!(value instanceof SequenceNode seq)) {
        throw source.error(value, "customRules must be a list.");
      }
      return seq.getValue().stream().map(n -> (Rule) new FakeRules.WordRule(
          RuleMeta.builder("custom-" + ((ScalarNode) n).getValue()).category(Category.CUSTOM)
              .summary("custom").build(), ((ScalarNode) n).getValue())).toList();
    }
  }

  @Test
  void extensionsDefineRulesThatConfigCanThenUse() throws Exception {
    Path f = write(".cxlint.yml", """
        customRules: [foo, bar]
        rules:
          custom-foo: { severity: error }
        overrides:
          - files: [a.md]
            rules: { custom-bar: off }
        """);
    Config c = Config.load(f, registry, List.of(new WordsExtension()));
    assertThat(ids(pack(c.rulesFor("b.md")))).containsExactly("custom-bar", "custom-foo", "link-text", "shall");
    assertThat(ids(pack(c.rulesFor("a.md")))).containsExactly("custom-foo", "link-text", "shall");
    assertThat(c.registry().find("custom-foo")).isPresent();
    String other = Config.load(write("x.yml", "customRules: [foo, baz]\nrules: { custom-foo: error }\n"
        + "overrides: [{ files: [a.md], rules: { custom-baz: off } }]\n"),
        registry, List.of(new WordsExtension())).fingerprint();
    assertThat(other).isNotEqualTo(c.fingerprint());

    ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> Config.load(write("y.yml", "customRules: nope\n"), registry,
            List.of(new WordsExtension())), ConfigException.class);
    assertThat(e.getMessage()).endsWith("y.yml:1:14: customRules must be a list.");
    assertThatThrownBy(() -> Config.load(write("z.yml", "customRule: [x]\n"), registry,
        List.of(new WordsExtension())))
        .hasMessageContaining("Did you mean \"customRules\"?");
  }

  @Test
  void missingFileIsAClearError() {
    assertThatThrownBy(() -> Config.load(dir.resolve("none.yml"), registry, List.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("none.yml: cannot read the config file: no such file.");
  }

  @Test
  void ruleSettingsMerge() {
    RuleSetting base = new RuleSetting(true, Severity.INFO, Map.of("max", 3));
    RuleSetting merged = base.then(new RuleSetting(true, null, Map.of("ratio", 0.1)));
    assertThat(merged.severity()).isEqualTo(Severity.INFO);
    assertThat(merged.options()).containsEntry("max", 3).containsEntry("ratio", 0.1);
    assertThat(merged.then(RuleSetting.OFF).enabled()).isFalse();
  }

  @Test
  void siteGeneratorAndConventions() throws Exception {
    assertThat(load("site: jekyll\n").site().generator())
        .isEqualTo(org.cxlint.core.model.SitePage.Generator.JEKYLL);
    assertThat(load("site: auto\n").site()).isEqualTo(SiteSettings.DETECT);
    SiteSettings s = load("site:\n  generator: eleventy\n  partials: [_includes/, docs/_parts]\n"
        + "  summaryFields: [description]\n  titleLevel: h2\n  titleLevels: { styleguide: 3 }\n")
        .site();
    assertThat(s.partials()).containsExactly("_includes", "docs/_parts");
    assertThat(s.summaryFields()).containsExactly("description");
    assertThat(s.titleLevel()).isEqualTo(2);
    assertThat(s.titleLevels()).containsEntry("styleguide", 3);
    assertThat(load("site: none\n").fingerprint()).isNotEqualTo(load("").fingerprint());
  }

  @Test
  void siteMistakesNameTheLine() {
    ConfigException e = error("rules:\n  shall: off\nsite: jekyl\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.getMessage()).contains("unknown site generator \"jekyl\". Did you mean"
        + " \"jekyll\"?");
    assertThat(error("site:\n  generatr: hugo\n").getMessage())
        .contains("unknown site setting \"generatr\". Did you mean \"generator\"?");
    assertThat(error("site:\n  titleLevel: 7\n").getMessage())
        .contains("a title level must be a heading level from 1 to 6");
    assertThat(error("site:\n  partials: [../up]\n").getMessage())
        .contains("site partials must be folders relative to the site root");
    assertThat(error("site: [jekyll]\n").getMessage()).contains("site must be one of");
  }
}

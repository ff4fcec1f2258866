package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.core.FakeRules;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real command line, run through picocli with captured streams and fake rules. */
class CliTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";
  private boolean interactive;
  private Map<String, String> env = Map.of();

  private static RuleRegistry rules() {
    RuleMeta documented = RuleMeta.builder("plain-words").category(Category.LANGUAGE)
        .severity(Severity.INFO).summary("Reports a word from the plain-language lists.")
        .rationale("Readers understand common words faster.")
        .languages("en", "es")
        .guidance("https://www.plainlanguage.gov/guidelines/words/")
        .options(OptionSpec.integer("max", 3, "How many times to report a word."),
            OptionSpec.string("instead", "Use a plainer word.", "What to suggest."))
        .examples("We will utilize the form.", "We will use the form.")
        .recommended(false)
        .build();
    return RuleRegistry.of(List.of(
        FakeRules.word("link-text", "here", Severity.WARNING, true),
        FakeRules.word("shall", "shall", Severity.ERROR, true),
        new FakeRules.WordRule(documented, "utilize")));
  }

  @BeforeEach
  void content() throws IOException {
    write("content/a.md", "Apply here.\nYou shall apply.\n");
    write("content/b.md", "Nothing to see.\n");
    write("content/c.txt", "We utilize here.\n");
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private int run(String... args) {
    Terminal t = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        out, err, env, interactive, dir, CliTest::rules);
    return Main.run(t, args); // as main() does: only the command named first is registered
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommandThoughACommandRunAloneRegistersOnlyItself() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("  check ").contains("  rules ").contains("  explain ")
        .contains("  score ").contains("  help ");
    out.reset();
    assertThat(run("help", "score")).isEqualTo(0);
    assertThat(out()).startsWith("Usage: cxlint score");
    out.reset();
    assertThat(run("check", "--help")).isEqualTo(0);
    assertThat(out()).startsWith("Usage: cxlint check");
    assertThat(run("chek")).isEqualTo(2);
    assertThat(err()).contains("Did you mean check");
  }

  @Test
  void picocliSkipsItsJavaTimeConvertersUnlessTheUserSaysOtherwise() {
    String saved = System.getProperty(Main.CONVERTER_EXCLUDES);
    try {
      System.clearProperty(Main.CONVERTER_EXCLUDES);
      assertThat(run("check", "content/b.md")).isEqualTo(0);
      assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).isEqualTo("java\\.(time|sql)\\..*");
      assertThat("java.time.Duration".matches(System.getProperty(Main.CONVERTER_EXCLUDES))).isTrue();
      assertThat("java.nio.file.Path".matches(System.getProperty(Main.CONVERTER_EXCLUDES))).isFalse();
      System.setProperty(Main.CONVERTER_EXCLUDES, "java\\.sql\\..*");
      assertThat(run("check", "content/b.md")).isEqualTo(0);
      assertThat(System.getProperty(Main.CONVERTER_EXCLUDES)).isEqualTo("java\\.sql\\..*");
    } finally {
      if (saved == null) {
        System.clearProperty(Main.CONVERTER_EXCLUDES);
      } else {
        System.setProperty(Main.CONVERTER_EXCLUDES, saved);
      }
    }
  }

  @Test
  void textReportAndExitCodes() {
    assertThat(run("check", "content")).isEqualTo(1);
    assertThat(out()).isEqualTo("""
        content/a.md
          1:7  warning  Avoid "here".  link-text
                        → Use a plainer word.
          2:5  error    Avoid "shall".  shall
                        → Use a plainer word.

        content/c.txt
          1:12  warning  Avoid "here".  link-text
                         → Use a plainer word.

        ✖ 3 problems (1 error, 2 warnings, 0 infos) in 2 files
        """);
    assertThat(err()).isEmpty();
  }

  @Test
  void failOnChoosesTheThreshold() {
    assertThat(run("check", "content/c.txt")).isEqualTo(0);
    assertThat(run("check", "content/c.txt", "--fail-on", "warning")).isEqualTo(1);
    assertThat(run("check", "content", "--fail-on", "never")).isEqualTo(0);
    assertThat(run("check", "content/b.md", "--fail-on", "info")).isEqualTo(0);
  }

  @Test
  void defaultPathIsTheWorkingDirectory() {
    assertThat(run("check")).isEqualTo(1);
    assertThat(out()).contains("content/a.md").contains("in 2 files");
  }

  @Test
  void jsonOutput() throws IOException {
    assertThat(run("check", "content", "--format", "json")).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(json.get("tool").get("name").asText()).isEqualTo("cxlint");
    assertThat(json.get("files")).hasSize(3);
    JsonNode first = json.get("files").get(0);
    assertThat(first.get("path").asText()).isEqualTo("content/a.md");
    JsonNode f = first.get("findings").get(1);
    assertThat(f.get("rule").asText()).isEqualTo("shall");
    assertThat(f.get("severity").asText()).isEqualTo("error");
    assertThat(List.of(f.get("line").asInt(), f.get("column").asInt(), f.get("endLine").asInt(),
        f.get("endColumn").asInt())).containsExactly(2, 5, 2, 10);
    assertThat(f.get("message").asText()).isEqualTo("Avoid \"shall\".");
    assertThat(f.get("suggestion").asText()).isEqualTo("Use a plainer word.");
    JsonNode summary = json.get("summary");
    assertThat(summary.toString()).isEqualTo("{\"files\":3,\"errors\":1,\"warnings\":2,\"infos\":0}");
  }

  @Test
  void reportFilesAreWrittenBesideTheMainFormat() throws IOException {
    assertThat(run("check", "content", "--report", "json=target/out/cxlint.json",
        "--report", "text=target/out/cxlint.txt", "--fail-on", "never")).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("target/out/cxlint.json"))).contains("\"summary\"");
    assertThat(Files.readString(dir.resolve("target/out/cxlint.txt"))).isEqualTo(out())
        .doesNotContain("\u001b[");
  }

  @Test
  void badReportSpecIsAUsageError() {
    assertThat(run("check", "content", "--report", "json")).isEqualTo(2);
    assertThat(err()).isEqualTo("cxlint: --report needs NAME=FILE, e.g. --report"
        + " json=target/cxlint.json, not \"json\".\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void unknownFormatSuggests() {
    assertThat(run("check", "content", "--format", "jsn")).isEqualTo(2);
    assertThat(err()).startsWith("cxlint: unknown format \"jsn\". Did you mean \"json\"?");
  }

  @Test
  void badFailOnSuggests() {
    assertThat(run("check", "--fail-on", "warnings")).isEqualTo(2);
    assertThat(err()).isEqualTo("cxlint: --fail-on must be error, warning, info or never, not"
        + " \"warnings\". Did you mean \"warning\"?\n");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    assertThat(run("check", "--formatt", "json")).isEqualTo(2);
    assertThat(err()).contains("Unknown option: '--formatt'").contains("Did you mean")
        .doesNotContain("\tat ");
  }

  @Test
  void theNearestConfigIsUsed() throws IOException {
    write(".cxlint.yml", "rules:\n  shall: off\n  link-text: info\n");
    assertThat(run("check", "content")).isEqualTo(0);
    assertThat(out()).contains("info     Avoid \"here\".").doesNotContain("shall");
    out.reset();
    assertThat(run("check", "content", "--no-config")).isEqualTo(1);
    assertThat(out()).contains("shall");
  }

  @Test
  void configGivenExplicitly() throws IOException {
    write("cfg/strict.yml", "extends: strict\n");
    assertThat(run("check", "content/c.txt", "--config", "cfg/strict.yml", "--format", "json"))
        .as(err() + out()).isEqualTo(0);
    assertThat(out()).contains("\"rule\" : \"plain-words\"");
  }

  @Test
  void badConfigIsOneLineWithPositionAndExit2() throws IOException {
    write(".cxlint.yml", "rules:\n  shall: off\n  link-txt: warning\n");
    assertThat(run("check", "content")).isEqualTo(2);
    assertThat(err()).isEqualTo(
        "cxlint: .cxlint.yml:3:3: unknown rule \"link-txt\". Did you mean \"link-text\"?\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void missingConfigFileIsExit2() {
    assertThat(run("check", "--config", "nope.yml")).isEqualTo(2);
    assertThat(err()).isEqualTo("cxlint: nope.yml: cannot read the config file: no such file.\n");
  }

  @Test
  void unreadableInputIsReportedAndExit2() throws IOException {
    assertThat(run("check", "content/a.md", "content/missing.md")).isEqualTo(2);
    assertThat(out()).contains("content/missing.md\n  error  cannot read content/missing.md:"
        + " no such file or directory").contains("content/a.md");
  }

  @Test
  void quietShowsErrorsOnly() {
    assertThat(run("check", "content", "--quiet")).isEqualTo(1);
    assertThat(out()).contains("shall").doesNotContain("link-text")
        .contains("1 problem (1 error, 0 warnings, 0 infos) in 1 file");
  }

  @Test
  void standardInputWithAName() {
    stdin = "We shall see.\n";
    assertThat(run("check", "-", "--stdin-filename", "content/draft.md")).isEqualTo(1);
    assertThat(out()).startsWith("content/draft.md\n  1:4  error    Avoid \"shall\".  shall\n");
  }

  @Test
  void standardInputWithoutAName() {
    stdin = "Read here.\n";
    assertThat(run("check", "-", "--format", "json")).isEqualTo(0);
    assertThat(out()).contains("\"path\" : \"<stdin>\"").contains("\"rule\" : \"link-text\"");
  }

  @Test
  void standardInputFollowsTheConfigForItsName() throws IOException {
    write(".cxlint.yml", "overrides:\n  - files: [\"content/news/**\"]\n    rules: { shall: off }\n");
    stdin = "We shall see.\n";
    assertThat(run("check", "-", "--stdin-filename", "content/news/draft.md")).isEqualTo(0);
    assertThat(out()).isEqualTo("✔ No problems in 1 file.\n");
  }

  @Test
  void anEmptyDirectoryIsSaidOnStandardError() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertThat(run("check", "empty")).isEqualTo(0);
    assertThat(err()).startsWith("cxlint: no files to lint in empty");
  }

  @Test
  void standardInputThatIsNotUtf8IsReadAndReported() {
    stdin = "";
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[] {'c', 'a', 'f', (byte) 0xE9,
        ' ', 's', 'h', 'a', 'l', 'l', '\n'}), out, err, env, false, dir, CliTest::rules);
    assertThat(Main.commandLine(t).execute("check", "-", "--stdin-filename", "a.txt"))
        .isEqualTo(1);
    assertThat(out()).contains("parse-error").contains("Avoid \"shall\".");
  }

  @Test
  void standardInputCannotBeMixedWithPaths() {
    assertThat(run("check", "-", "content")).isEqualTo(2);
    assertThat(err()).contains("cannot be combined");
  }

  @Test
  void colourOnATerminalUnlessNoColor() {
    interactive = true;
    run("check", "content/a.md");
    assertThat(out()).contains("\u001b[");
    out.reset();
    env = Map.of("NO_COLOR", "1");
    run("check", "content/a.md");
    assertThat(out()).doesNotContain("\u001b[");
    out.reset();
    run("check", "content/a.md", "--color");
    assertThat(out()).contains("\u001b[");
    out.reset();
    env = Map.of();
    run("check", "content/a.md", "--no-color");
    assertThat(out()).doesNotContain("\u001b[");
  }

  @Test
  void threadsMustBePositive() {
    assertThat(run("check", "--threads", "0")).isEqualTo(2);
    assertThat(run("check", "--threads", "1")).isEqualTo(1);
  }

  @Test
  void rulesTable() {
    assertThat(run("rules")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        RULE                 CATEGORY  SEVERITY  RECOMMENDED  LANGUAGES  SUMMARY
        invalid-suppression  engine    warning   yes          any        A cxlint-disable comment names a rule that does not exist.
        link-text            language  warning   yes          any        Reports "here".
        parse-error          engine    error     yes          any        Content cxlint could not read as written: not UTF-8, a binary file, front matter that is not YAML.
        plain-words          language  info      no           en, es     Reports a word from the plain-language lists.
        shall                language  error     yes          any        Reports "shall".

        5 rules. "cxlint explain RULE" tells more about one.
        """);
  }

  @Test
  void explainARule() {
    assertThat(run("explain", "plain-words")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        plain-words — Reports a word from the plain-language lists.

        Category:          language
        Default severity:  info
        Recommended:       no (on in strict)
        Standard:          best practice
        Applies to:        html, markdown, text
        Languages:         en, es (prose in other languages is not checked)

        Why:
          Readers understand common words faster.

        Options (in .cxlint.yml under rules: plain-words: { … }):
          max (whole number, default 3): How many times to report a word.
          instead (text, default Use a plainer word.): What to suggest.

        Reported:
          We will utilize the form.

        Fixed:
          We will use the form.

        Guidance:
          https://www.plainlanguage.gov/guidelines/words/
        """);
  }

  @Test
  void explainTheEngineIds() {
    assertThat(run("explain", "parse-error")).isEqualTo(0);
    assertThat(run("explain", "invalid-suppression")).isEqualTo(0);
    assertThat(out()).contains("parse-error — ").contains("invalid-suppression — ");
  }

  @Test
  void explainUnknownRuleSuggests() {
    assertThat(run("explain", "plain-word")).isEqualTo(2);
    assertThat(err()).isEqualTo("cxlint: unknown rule \"plain-word\". Did you mean"
        + " \"plain-words\"? Run \"cxlint rules\" to list the rules.\n");
  }

  @Test
  void version() {
    assertThat(run("--version")).isEqualTo(0);
    // version, commit (the build stamps it; "unknown" outside a git clone), Java runtime
    assertThat(out()).matches("cxlint \\d+\\.\\d+\\.\\d+\\S*\n"
        + "commit ([0-9a-f]{7,40}|unknown)\n"
        + "Java " + java.util.regex.Pattern.quote(System.getProperty("java.runtime.version"))
        + " \\(.+\\), " + java.util.regex.Pattern.quote(System.getProperty("java.home")) + "\n");
  }

  @Test
  void checkHelpListsEveryFormat() {
    assertThat(run("check", "--help")).isEqualTo(0);
    String help = out().replaceAll("\\s+", " ");
    assertThat(help).contains(
        "Output format on standard output: checkstyle, github, html, json, junit, sarif, text"
            + " (default: text;");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("Usage: cxlint").contains("a command is needed");
  }

  @Test
  void duplicateRuleIdsAreAClearError() {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, env, false, dir,
        () -> RuleRegistry.of(List.of(FakeRules.word("shall", "a", Severity.INFO, true),
            FakeRules.word("shall", "b", Severity.INFO, true))));
    assertThat(Main.commandLine(t).execute("check")).isEqualTo(2);
    assertThat(err()).startsWith("cxlint: two rules claim the id \"shall\"");
  }

  @Test
  void realRulePackLoads() {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, env, false, dir,
        RuleRegistry::load);
    assertThat(Main.commandLine(t).execute("rules")).isEqualTo(0);
    assertThat(out()).startsWith("RULE");
  }
}

package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cxlint.core.FakeRules;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run that fails as a whole ends: exit 2 and one clear line, never exit 1. */
class EngineFailuresTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Supplier<RuleRegistry> rules, String... args) {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
        dir, rules);
    return Main.run(t, args);
  }

  /** A rule that exhausts the heap on one file, as a too-small -Xmx does on a large run. */
  private record Exhausting(RuleMeta meta) implements Rule {
    Exhausting() {
      this(RuleMeta.builder("exhausting").category(Category.CUSTOM).summary("x").build());
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      if (document.source().displayPath().endsWith("b.md")) {
        throw new OutOfMemoryError("Java heap space");
      }
    }
  }

  @Test
  void runningOutOfMemoryEndsWithExitTwoAndSaysHowToGiveMore() throws Exception {
    for (String name : List.of("a.md", "b.md", "c.md")) {
      Files.writeString(dir.resolve(name), "We shall apply.\n");
    }
    int code = run(() -> RuleRegistry.of(List.of(new Exhausting(),
        FakeRules.word("shall", "shall", Severity.ERROR, true))), "check", ".", "--threads", "2");
    assertThat(code).isEqualTo(2);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message).startsWith("cxlint: out of memory:").contains(" MB of heap")
        .contains("CXLINT_JAVA_OPTS=-Xmx").doesNotContain("\tat ");
  }

  @Test
  void aMistypedPathIsSaidFirstAndTheOtherFilesAreStillLinted() throws Exception {
    Files.writeString(dir.resolve("a.md"), "We shall apply.\n");
    int code = run(() -> RuleRegistry.of(List.of(
        FakeRules.word("shall", "shall", Severity.ERROR, true))), "check", "nosuchdir", "a.md");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("cxlint: cannot read nosuchdir: no such file or directory");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("a.md").contains("shall");
  }

  @Test
  void aFileOutsideTheWorkingDirectoryIsShownByItsAbsolutePath(@TempDir Path elsewhere)
      throws Exception {
    Path file = Files.writeString(elsewhere.resolve("x.txt"), "We shall apply.\n");
    String relative = dir.relativize(file).toString();
    assertThat(relative).startsWith("..");
    int code = run(() -> RuleRegistry.of(List.of(
        FakeRules.word("shall", "shall", Severity.ERROR, true))), "check", relative,
        "--format", "json");
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("\"path\" : \"" + file.toAbsolutePath().normalize() + "\"")
        .doesNotContain("\"path\" : \"..");
  }
}

package org.cxlint.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Finding;

/**
 * The whole engine under fuzzing: parse, then every built-in rule (strict preset: all of them).
 * A rule that throws is contained by the engine as an error finding saying "could not finish";
 * here that counts as a bug. Every finding must lie inside the file, start before it ends, and
 * its line:column must agree with its offsets. Regression inputs:
 * {@code src/test/resources/org/cxlint/rules/fuzz/EngineFuzzTestInputs/<method>/}.
 */
class EngineFuzzTest {
  private static final List<ConfiguredRule> RULES = RuleRegistry.load().rules().stream()
      .map(ConfiguredRule::defaults).toList();

  @FuzzTest(maxDuration = "5m")
  void markdown(@NotNull String text) {
    lint("fuzz.md", text, Format.MARKDOWN);
  }

  @FuzzTest(maxDuration = "5m")
  void html(@NotNull String text) {
    lint("fuzz.html", text, Format.HTML);
  }

  @FuzzTest(maxDuration = "2m")
  void text(@NotNull String text) {
    lint("fuzz.txt", text, Format.TEXT);
  }

  private static void lint(String name, String text, Format format) {
    SourceFile source = SourceFile.of(name, text);
    ContentDocument doc = Parsers.parse(source, format);
    for (Finding f : DocumentLinter.lint(doc, RULES)) {
      if (f.message().startsWith("cxlint could not finish rule")) {
        throw new AssertionError(f.message());
      }
      int n = source.length();
      if (f.startOffset() < 0 || f.endOffset() > n || f.endOffset() < f.startOffset()) {
        throw new AssertionError(f.rule() + " finding at offsets " + f.startOffset() + "-"
            + f.endOffset() + " outside a file of " + n + " chars");
      }
      Position a = source.position(f.startOffset());
      Position b = source.position(f.endOffset());
      if (a.line() != f.line() || a.column() != f.column() || b.line() != f.endLine()
          || b.column() != f.endColumn()) {
        throw new AssertionError(f.rule() + " finding positions disagree with its offsets: " + f);
      }
      if (f.message() == null || f.message().isBlank()) {
        throw new AssertionError(f.rule() + " finding without a message");
      }
    }
  }
}

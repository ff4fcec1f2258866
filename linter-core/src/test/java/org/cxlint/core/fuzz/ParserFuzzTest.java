package org.cxlint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;

/**
 * Coverage-guided fuzz targets for every parser. In the normal test run they replay the kept
 * inputs under {@code src/test/resources/org/cxlint/core/fuzz/ParserFuzzTestInputs/<method>/}
 * (regression mode); with {@code JAZZER_FUZZ=1} they fuzz for {@code maxDuration}. Invariant:
 * no exception escapes a parser and every position in the model lies inside the file.
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void markdown(@NotNull String text) {
    parse("fuzz.md", text, Format.MARKDOWN);
  }

  /** Front matter first, so the YAML path gets most of the mutations. */
  @FuzzTest(maxDuration = "5m")
  void frontMatter(@NotNull String yaml, @NotNull String body) {
    parse("fuzz.md", "---\n" + yaml + "\n---\n" + body, Format.MARKDOWN);
  }

  @FuzzTest(maxDuration = "5m")
  void html(@NotNull String text) {
    parse("fuzz.html", text, Format.HTML);
  }

  @FuzzTest(maxDuration = "2m")
  void text(@NotNull String text) {
    parse("fuzz.txt", text, Format.TEXT);
  }

  private static void parse(String name, String text, Format format) {
    ContentDocument doc = Parsers.parse(SourceFile.of(name, text), format);
    ModelInvariants.check(doc);
  }
}

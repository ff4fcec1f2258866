package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

/** Inputs that make a backtracking parser run without end (found by fuzzing the engine). */
class HostileMarkdownTest {
  @Test
  void longBackslashRunInALinkLabelParses() {
    // flexmark 0.64.8's link-label regex takes minutes on this with 40 backslashes (found by
    // EngineFuzzTest); masking the run keeps the parse linear.
    String text = "[a][" + "\\".repeat(400) + "\n\nPlease read the [guide](https://x.gov).\n";
    ContentDocument doc = Parsers.parse(SourceFile.of("a.md", text), Format.MARKDOWN);
    assertThat(doc.links()).extracting(l -> l.destination()).contains("https://x.gov");
    assertThat(doc.prose().get(doc.prose().size() - 1).text()).isEqualTo("Please read the guide.");
  }

  @Test
  void escapedPunctuationInAnUnclosedLabelParses() {
    // The same regex, fed backslash-punctuation pairs; found by fuzzing after the first fix.
    for (String label : new String[] {"\\!".repeat(300), "\\".repeat(300),
        ("\\".repeat(11) + "\u0000'A" + "\\".repeat(16)).repeat(20)}) {
      ContentDocument doc = Parsers.parse(SourceFile.of("a.md", "[a][" + label + "\n\nSee [x](y).\n"),
          Format.MARKDOWN);
      assertThat(doc.links()).extracting(l -> l.destination()).contains("y");
    }
  }

  @Test
  void referenceLinksAndEscapedBracketsStillParseAsCommonMark() {
    String text = """
        Full [the guide][g], collapsed [g][], shortcut [g], escaped [not \\] a link][g].

        [g]: https://x.gov/guide "Guide"
        """;
    ContentDocument doc = Parsers.parse(SourceFile.of("a.md", text), Format.MARKDOWN);
    assertThat(doc.links()).extracting(l -> l.text())
        .containsExactly("the guide", "g", "g", "not ] a link");
    assertThat(doc.links()).allSatisfy(l -> assertThat(l.destination()).isEqualTo("https://x.gov/guide"));
  }

  @Test
  void aParseThatRunsOutOfTimeStopsWithAClearError() {
    // A catastrophic pattern on the deadline sequence: the regex engine reads through charAt.
    // flexmark's own link-label pattern: a backslash pair matches two ways, {0,999} defeats
    // the JDK's loop memo, so 60 backslashes would take longer than anyone waits.
    ParseDeadline text = ParseDeadline.of("[" + "\\".repeat(60), 50);
    Pattern linkLabel = new com.vladsch.flexmark.ast.util.Parsing(
        new com.vladsch.flexmark.util.data.MutableDataSet()).LINK_LABEL;
    assertThatThrownBy(() -> linkLabel.matcher(text).find())
        .isInstanceOf(ParseDeadline.ParseTimeoutException.class)
        .hasMessageContaining("gave up");
  }
}

package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private static final RuleRegistry REGISTRY = FakeRules.registry();
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

  /** A document whose comments are found here, so the test does not depend on a parser. */
  private static ContentDocument doc(String text) {
    List<Comment> comments = new ArrayList<>();
    Matcher m = COMMENT.matcher(text);
    while (m.find()) {
      comments.add(new Comment(m.group(1), new Span(m.start(), m.end())));
    }
    return new ContentDocument(SourceFile.of("a.md", text), Format.MARKDOWN, null, List.of(),
        List.of(), List.of(), List.of(), comments, List.of(), List.of());
  }

  /** Runs the fake rules and suppressions; returns "line:rule" per finding. */
  private static List<String> lint(String text) {
    ContentDocument d = doc(text);
    List<ConfiguredRule> rules = REGISTRY.rules().stream().map(ConfiguredRule::defaults).toList();
    List<Finding> all = DocumentLinter.lint(d, rules);
    return Suppressions.apply(d, all, REGISTRY.ids()).stream()
        .map(f -> f.line() + ":" + f.rule()).toList();
  }

  @Test
  void nothingSuppressedWithoutComments() {
    assertThat(lint("shall here\nutilize\n"))
        .containsExactly("1:shall", "1:link-text", "2:utilize");
  }

  @Test
  void disableAllUntilEnable() {
    assertThat(lint("""
        shall 1
        <!-- cxlint-disable -->
        shall 3 here
        <!-- cxlint-enable -->
        shall 5
        """)).containsExactly("1:shall", "5:shall");
  }

  @Test
  void disableSomeRulesUntilTheirEnable() {
    assertThat(lint("""
        <!-- cxlint-disable shall, link-text -- quoting the statute -->
        shall here
        <!-- cxlint-enable shall -->
        shall here
        """)).containsExactly("4:shall");
  }

  @Test
  void enableOneAfterDisableAll() {
    assertThat(lint("""
        <!-- cxlint-disable -->
        <!-- cxlint-enable link-text -->
        shall here
        """)).containsExactly("3:link-text");
  }

  @Test
  void disableNextLineOnlyTouchesTheNextLine() {
    assertThat(lint("""
        <!-- cxlint-disable-next-line shall -- the quoted rule says shall -->
        shall here
        shall here
        """)).containsExactly("2:link-text", "3:shall", "3:link-text");
    assertThat(lint("<!--\n cxlint-disable-next-line\n-->\nshall here\nshall\n"))
        .containsExactly("5:shall");
  }

  @Test
  void unknownIdIsReportedWithASuggestionAndSuppressesNothing() {
    ContentDocument d = doc("<!-- cxlint-disable-next-line shal -->\nshall\n");
    List<Finding> all = DocumentLinter.lint(d,
        REGISTRY.rules().stream().map(ConfiguredRule::defaults).toList());
    List<Finding> out = Suppressions.apply(d, all, REGISTRY.ids());
    assertThat(out).extracting(Finding::rule).containsExactly(Suppressions.RULE_ID, "shall");
    Finding bad = out.get(0);
    assertThat(bad.severity()).isEqualTo(Severity.WARNING);
    assertThat(bad.line()).isEqualTo(1);
    assertThat(bad.column()).isEqualTo(1);
    assertThat(bad.message()).contains("“shal”").endsWith("Did you mean “shall”?");
    assertThat(bad.suggestion()).isEqualTo("shall");
  }

  @Test
  void otherCommentsAreIgnored() {
    assertThat(lint("<!-- cxlint-disabled -->\n<!-- note: cxlint-disable -->\nshall\n"))
        .containsExactly("3:shall");
  }

  @Test
  void worksWithCommentsFromTheHtmlParser() {
    String html = "<p>shall</p>\n<!-- cxlint-disable-next-line shall -->\n<p>shall</p>\n";
    ContentDocument d = org.cxlint.core.parse.Parsers.parse(SourceFile.of("a.html", html),
        Format.HTML);
    List<Finding> all = DocumentLinter.lint(d, List.of(ConfiguredRule.defaults(
        REGISTRY.find("shall").orElseThrow())));
    assertThat(Suppressions.apply(d, all, REGISTRY.ids())).extracting(Finding::line)
        .containsExactly(1); // line 3 suppressed
  }
}

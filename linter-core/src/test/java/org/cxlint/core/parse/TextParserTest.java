package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.FakeRules;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.Suppressions;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class TextParserTest {
  private static ContentDocument parse(String text) {
    return new TextParser().parse(SourceFile.of("draft.txt", text));
  }

  @Test
  void aLineHoldingOnlyADirectiveIsACommentNotProseAndDoesNotEndTheParagraph() {
    String text = "The agency will review\n  <!-- cxlint-disable-next-line shall -- quoted -->\n"
        + "the form.\n\nNext.\n";
    ContentDocument d = parse(text);
    assertThat(d.comments()).extracting(Comment::text)
        .containsExactly(" cxlint-disable-next-line shall -- quoted ");
    Comment c = d.comments().get(0);
    assertThat(text.substring(c.span().start(), c.span().end()))
        .isEqualTo("<!-- cxlint-disable-next-line shall -- quoted -->");
    assertThat(d.prose()).extracting(Prose::text)
        .containsExactly("The agency will review the form.", "Next.");
  }

  @Test
  void otherCommentLikeTextStaysProse() {
    ContentDocument d = parse("<!-- a note -->\nSee <!-- cxlint-disable --> here.\n");
    assertThat(d.comments()).isEmpty();
    assertThat(d.prose()).extracting(Prose::text)
        .containsExactly("<!-- a note --> See <!-- cxlint-disable --> here.");
  }

  @Test
  void directivesSuppressInTextFiles() {
    RuleRegistry registry = FakeRules.registry();
    ContentDocument d = parse("You shall sign.\n<!-- cxlint-disable-next-line shall -->\n"
        + "You shall pay.\n<!-- cxlint-disable shall -->\n\nIt shall be.\n");
    List<ConfiguredRule> rules = registry.rules().stream().map(ConfiguredRule::defaults).toList();
    assertThat(Suppressions.apply(d, DocumentLinter.lint(d, rules), registry.ids()))
        .extracting(f -> f.line() + ":" + f.rule())
        .containsExactly("1:shall");
  }
}

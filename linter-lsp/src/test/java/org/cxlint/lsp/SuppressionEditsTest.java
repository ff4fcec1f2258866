package org.cxlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.junit.jupiter.api.Test;

/** Where "Disable RULE for this line / file" writes its comment, format by format. */
class SuppressionEditsTest {
  private static ContentDocument doc(Format f, String text) {
    return Parsers.parse(SourceFile.of("x", text), f);
  }

  private static String line(Format f, String text, int line) {
    Optional<SuppressionEdits.Edit> e = SuppressionEdits.forLine(doc(f, text), "shall", line);
    return e.map(x -> text.substring(0, x.start()) + x.text() + text.substring(x.end()))
        .orElse(null);
  }

  private static String file(Format f, String text) {
    SuppressionEdits.Edit x = SuppressionEdits.forFile(doc(f, text), "shall");
    return text.substring(0, x.start()) + x.text() + text.substring(x.end());
  }

  @Test
  void markdownFirstLineOfABlockGetsALineOfItsOwnWithTheIndentation() {
    assertThat(line(Format.MARKDOWN, "# T\n\n  You shall.\n", 3))
        .isEqualTo("# T\n\n  <!-- cxlint-disable-next-line shall -->\n  You shall.\n");
  }

  @Test
  void markdownListItemsKeepTheirList() {
    assertThat(line(Format.MARKDOWN, "- One.\n- You shall.\n", 2))
        .isEqualTo("- One. <!-- cxlint-disable-next-line shall -->\n- You shall.\n");
  }

  @Test
  void markdownNothingInFrontMatterOrTables() {
    assertThat(line(Format.MARKDOWN, "---\ntitle: You shall\n---\n\nText.\n", 2)).isNull();
    assertThat(line(Format.MARKDOWN, "| a | b |\n| - | - |\n| x | shall |\n", 3)).isNull();
  }

  @Test
  void anExistingDirectiveGetsTheRuleAdded() {
    assertThat(line(Format.MARKDOWN,
        "# T\n\n<!-- cxlint-disable-next-line plain-words -->\nYou shall.\n", 4))
        .isEqualTo("# T\n\n<!-- cxlint-disable-next-line plain-words shall -->\nYou shall.\n");
    assertThat(file(Format.MARKDOWN, "<!-- cxlint-disable plain-words -->\nYou shall.\n"))
        .isEqualTo("<!-- cxlint-disable plain-words shall -->\nYou shall.\n");
    // A directive for every rule already covers it: nothing to offer.
    assertThat(line(Format.MARKDOWN, "<!-- cxlint-disable-next-line -->\nYou shall.\n", 2))
        .isNull();
  }

  @Test
  void fileCommentsGoAfterFrontMatterAndDoctypeAndKeepCrlf() {
    assertThat(file(Format.MARKDOWN, "---\r\ntitle: T\r\n---\r\nYou shall.\r\n"))
        .isEqualTo("---\r\ntitle: T\r\n---\r\n<!-- cxlint-disable shall -->\r\nYou shall.\r\n");
    assertThat(file(Format.HTML, "<!doctype html><html><p>You shall.</p></html>"))
        .isEqualTo("<!doctype html>\n<!-- cxlint-disable shall --><html><p>You shall.</p></html>");
    assertThat(file(Format.TEXT, "You shall.\n"))
        .isEqualTo("<!-- cxlint-disable shall -->\nYou shall.\n");
  }

  @Test
  void htmlNotInsideATag() {
    assertThat(line(Format.HTML, "<p\n  title=\"x\">You shall.</p>\n", 2)).isNull();
  }
}

package org.cxlint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

/** A document's rules spread over two threads give the findings one thread gives, in order. */
class DocumentLinterSpreadTest {
  /** Reports the first "shall" twice: same place, rule and message, different advice. */
  private record TwinRule(RuleMeta meta) implements Rule {
    @Override
    public void check(ContentDocument document, RuleContext context) {
      int at = document.source().text().indexOf("shall");
      if (at >= 0) {
        context.report(new Span(at, at + 5), "Twice.", "first advice");
        context.report(new Span(at, at + 5), "Twice.", "second advice");
      }
    }
  }

  @Test
  void spreadFindingsEqualOneThreadsFindings() {
    String text = "We shall utilize the form here.\nClick here. You shall not utilize it.\n"
        + "here here shall\n";
    ContentDocument doc = Parsers.parse(SourceFile.of("a.md", text), Format.MARKDOWN);
    List<Rule> rules = new ArrayList<>();
    for (String w : List.of("here", "shall", "utilize", "form", "Click", "it", "We", "not")) {
      rules.add(FakeRules.word("r-" + w.toLowerCase(), w, Severity.WARNING, true));
      rules.add(FakeRules.word("s-" + w.toLowerCase(), w, Severity.INFO, true));
    }
    rules.add(FakeRules.broken("broken"));
    rules.add(new TwinRule(RuleMeta.builder("twin").category(Category.LANGUAGE)
        .summary("Twice.").build()));
    List<ConfiguredRule> configured = rules.stream().map(ConfiguredRule::defaults).toList();

    List<Finding> one = DocumentLinter.lint(doc, configured, false);
    assertThat(one).hasSizeGreaterThan(20);
    assertThat(one).anyMatch(f -> f.rule().equals("broken") && f.message().contains("boom"));
    assertThat(one.stream().filter(f -> f.rule().equals("twin")).map(Finding::advice))
        .containsExactly("first advice", "second advice");
    for (int i = 0; i < 50; i++) {
      assertThat(DocumentLinter.lint(doc, configured, true)).isEqualTo(one);
    }
  }
}

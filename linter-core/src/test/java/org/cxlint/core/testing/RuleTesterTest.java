package org.cxlint.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class RuleTesterTest {
  /** Reports every occurrence of "foo" in prose. */
  static final class FooRule implements Rule {
    @Override
    public RuleMeta meta() {
      return RuleMeta.builder("no-foo").category(Category.LANGUAGE).summary("no foo").build();
    }

    @Override
    public void check(ContentDocument document, RuleContext context) {
      for (Prose p : document.prose()) {
        int i = p.text().indexOf("foo");
        while (i >= 0) {
          context.report(p.sourceSpan(i, i + 3), "Avoid “foo”.", "bar");
          i = p.text().indexOf("foo", i + 3);
        }
      }
    }
  }

  @Test
  void passesWhenFindingsMatchExactly() {
    RuleTester.of(new FooRule())
        .valid("a.txt", "nothing here")
        .invalid("a.txt", "one foo\n\nand foo again", Expect.at(1, 5, "foo").endColumn(8).suggestion("bar"),
            Expect.line(3, "Avoid"));
  }

  @Test
  void failsOnMissingOrUnexpectedFindings() {
    RuleTester t = RuleTester.of(new FooRule());
    assertThatThrownBy(() -> t.valid("a.txt", "a foo")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("reported but not expected: 1:3-1:6");
    assertThatThrownBy(() -> t.invalid("a.txt", "clean", Expect.line(1, "foo")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected but not reported");
    assertThatThrownBy(() -> t.invalid("a.txt", "a foo", Expect.at(1, 2, "foo")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void markersTargetTheNextNonMarkerLine() {
    List<Expect> e = RuleTester.markers(
        "x\n<!-- expect-next-line: one -->\n<!-- expect-next-line @4: two -->\nfoo foo\n");
    assertThat(e).containsExactly(Expect.line(4, "one"), Expect.at(4, 4, "two"));
  }
}

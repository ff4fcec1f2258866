package org.cxlint.core;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/** Small rules for engine tests: they read the raw source, so they do not depend on parsers. */
public final class FakeRules {
  private FakeRules() {}

  /** Reports every occurrence of a word in the source text, outside comments. */
  public record WordRule(RuleMeta meta, String word) implements Rule {
    @Override
    public void check(ContentDocument document, RuleContext context) {
      String text = document.source().text();
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        int at = i;
        if (document.comments().stream().anyMatch(c -> c.span().contains(at))) {
          continue;
        }
        context.report(new Span(i, i + word.length()), "Avoid \"" + word + "\".",
            context.options().string("instead"));
      }
    }
  }

  /** Throws on every document. */
  public record BrokenRule(RuleMeta meta) implements Rule {
    @Override
    public void check(ContentDocument document, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  public static Rule word(String id, String word, Severity severity, boolean recommended) {
    return new WordRule(RuleMeta.builder(id).category(Category.LANGUAGE).severity(severity)
        .summary("Reports \"" + word + "\".").recommended(recommended)
        .options(OptionSpec.string("instead", "Use a plainer word.", "What to suggest."),
            OptionSpec.integer("max", 3, "A number."),
            OptionSpec.number("ratio", 0.5, "A fraction."),
            OptionSpec.bool("strict", false, "A switch."),
            OptionSpec.stringList("words", List.of(), "Some words."),
            OptionSpec.oneOf("mode", "fast", List.of("fast", "thorough"), "A mode."))
        .build(), word);
  }

  public static Rule broken(String id) {
    return new BrokenRule(RuleMeta.builder(id).category(Category.LINKS).summary("Breaks.")
        .build());
  }

  /** link-text (warning, recommended), shall (error, recommended), utilize (info, strict only). */
  public static RuleRegistry registry() {
    return RuleRegistry.of(List.of(
        word("link-text", "here", Severity.WARNING, true),
        word("shall", "shall", Severity.ERROR, true),
        word("utilize", "utilize", Severity.INFO, false)));
  }
}

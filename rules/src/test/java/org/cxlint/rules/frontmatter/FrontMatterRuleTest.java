package org.cxlint.rules.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

/**
 * Builds the front matter by hand (keys and value spans found in the text), so the rule is
 * tested on its own, independent of the Markdown parser.
 */
class FrontMatterRuleTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
  private final FrontMatterRule rule = new FrontMatterRule(NOW);

  private static ContentDocument page(String yaml, Map<String, Object> values) {
    String text = "---\n" + yaml + "---\n\nBody.\n";
    Map<String, Span> keys = new LinkedHashMap<>();
    Map<String, Span> vals = new LinkedHashMap<>();
    for (String k : values.keySet()) {
      int at = text.indexOf("\n" + k + ":") + 1;
      keys.put(k, new Span(at, at + k.length()));
      int vs = at + k.length() + 2;
      vals.put(k, new Span(vs, text.indexOf('\n', vs)));
    }
    FrontMatter fm = new FrontMatter(values, keys, vals, new Span(0, yaml.length() + 8));
    int body = text.indexOf("Body.");
    Prose p = new Prose(Prose.Kind.PARAGRAPH, "Body.",
        new int[] {body, body + 1, body + 2, body + 3, body + 4}, new Span(body, body + 5), null);
    return new ContentDocument(SourceFile.of("p.md", text), Format.MARKDOWN, fm, List.of(),
        List.of(p), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private List<Finding> lint(ContentDocument d, Map<String, Object> options) {
    return DocumentLinter.lint(d, List.of(new ConfiguredRule(rule, null,
        new RuleOptions(rule.meta(), options))));
  }

  @Test
  void aCompletePageIsFine() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", "Customer Experience Toolkit");
    v.put("summary", "Tools for better service.");
    v.put("expirydate", "2030-01-01");
    assertThat(lint(page("title: Customer Experience Toolkit\nsummary: Tools for better "
        + "service.\nexpirydate: 2030-01-01\n", v), Map.of())).isEmpty();
  }

  @Test
  void missingSummaryAtTheBlockAndMissingTitleIsAnError() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("slug", "x");
    List<Finding> f = lint(page("slug: x\n", v), Map.of());
    assertThat(f).extracting(Finding::message).containsExactly(
        "The page has no “summary” in its front matter. Add a one- or two-sentence summary of "
            + "what the page offers.",
        "The page has no “title” in its front matter. Add a short title that names the page’s "
            + "topic.");
    assertThat(f).extracting(Finding::line).containsOnly(1);
    assertThat(f.stream().filter(x -> x.message().contains("title")).findFirst().orElseThrow()
        .severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void requiredKeysAreAnOption() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", "T");
    assertThat(lint(page("title: T\n", v), Map.of("required", List.of("title")))).isEmpty();
  }

  @Test
  void longTitleReportedAtItsValue() {
    String title = "A very long title for a toolkit page that goes on and on past the limit";
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", title);
    v.put("summary", "S.");
    List<Finding> f = lint(page("title: " + title + "\nsummary: S.\n", v), Map.of());
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("The title is " + title.length() + " characters long");
      assertThat(x.line()).isEqualTo(2);
      assertThat(x.column()).isEqualTo(8);
    });
    assertThat(lint(page("title: " + title + "\nsummary: S.\n", v),
        Map.of("maxTitleLength", 100))).isEmpty();
  }

  @Test
  void expiredPageByTheFixedClock() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("title", "T");
    v.put("summary", "S.");
    v.put("expiryDate", "2021-05-01 09:00:00 -0400");
    List<Finding> f = new ArrayList<>(lint(page("title: T\nsummary: S.\nexpiryDate: "
        + "2021-05-01 09:00:00 -0400\n", v), Map.of()));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).startsWith("The page expired on 2021-05-01 (“expiryDate”)");
      assertThat(x.line()).isEqualTo(4);
    });
    FrontMatterRule later = new FrontMatterRule(
        Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC));
    assertThat(DocumentLinter.lint(page("title: T\nsummary: S.\nexpiryDate: 2021-05-01 "
        + "09:00:00 -0400\n", v), List.of(ConfiguredRule.defaults(later)))).isEmpty();
  }

  @Test
  void datesInTheFormsHugoAccepts() {
    assertThat(FrontMatterRule.instant("2021-05-01")).isEqualTo(Instant.parse("2021-05-01T00:00:00Z"));
    assertThat(FrontMatterRule.instant("2021-05-01T10:00:00Z")).isEqualTo(Instant.parse("2021-05-01T10:00:00Z"));
    assertThat(FrontMatterRule.instant("2016-01-07 5:52:31 -0400"))
        .isEqualTo(Instant.parse("2016-01-07T09:52:31Z"));
    assertThat(FrontMatterRule.instant(java.util.Date.from(Instant.EPOCH))).isEqualTo(Instant.EPOCH);
    assertThat(FrontMatterRule.instant("soon")).isNull();
  }

  @Test
  void onRealHugoPagesThroughTheMarkdownParser() {
    org.cxlint.core.testing.RuleTester.of(rule)
        .valid("ok.md", "---\ntitle: Toolkit\nsummary: Tools for you.\n---\n\nBody text.\n")
        .invalid("x.md", "---\ntitle: Toolkit\nexpiryDate: 2025-01-22\n---\n\nBody text.\n",
            org.cxlint.core.testing.RuleTester.Expect.at(1, 1, "no “summary”"),
            org.cxlint.core.testing.RuleTester.Expect.at(3, 13, "expired on 2025-01-22"));
  }

  @Test
  void aProfilePageWithoutBodyTextNeedsNoTitleOrSummary() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("slug", "aaron");
    String text = "---\nslug: aaron\n---\n";
    FrontMatter fm = new FrontMatter(v, Map.of("slug", new Span(4, 8)), Map.of("slug",
        new Span(10, 15)), new Span(0, text.length()));
    ContentDocument d = new ContentDocument(SourceFile.of("a.md", text), Format.MARKDOWN, fm,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(lint(d, Map.of())).isEmpty();
  }

  @Test
  void aMarkdownFileWithoutFrontMatterIsNotAHugoPage() {
    ContentDocument d = new ContentDocument(SourceFile.of("r.md", "# Readme\n"), Format.MARKDOWN,
        FrontMatter.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    assertThat(lint(d, Map.of())).isEmpty();
  }
}

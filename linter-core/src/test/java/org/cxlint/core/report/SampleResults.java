package org.cxlint.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.model.Position;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/** Hand-built lint results for reporter tests, positioned by searching the source text. */
final class SampleResults {
  static final RuleMeta LINK_TEXT = RuleMeta.builder("link-text")
      .category(Category.LINKS)
      .severity(Severity.WARNING)
      .summary("Link text says where the link goes.")
      .rationale("People who use screen readers often jump from link to link; \"click here\" tells them nothing.")
      .guidance("https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html",
          "https://digital.gov/guides/plain-language/")
      .wcag("2.4.4 Link Purpose (In Context), Level A")
      .build();
  static final RuleMeta SHALL = RuleMeta.builder("shall")
      .category(Category.LANGUAGE)
      .severity(Severity.INFO)
      .summary("Use \"must\" instead of \"shall\".")
      .rationale("\"Shall\" is ambiguous; plain language uses \"must\" for obligations.")
      .guidance("https://www.plainlanguage.gov/guidelines/conversational/use-must-to-indicate-requirements/")
      .build();
  static final RuleMeta IMAGE_ALT = RuleMeta.builder("image-alt")
      .category(Category.IMAGES)
      .severity(Severity.ERROR)
      .summary("Images have useful alt text.")
      .rationale("Alt text is what a screen reader says instead of the image.")
      .guidance("https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html")
      .wcag("1.1.1 Non-text Content, Level A")
      .build();

  private SampleResults() {}

  /** Builds one file's result; findings are added by the text they cover. */
  static final class FileBuilder {
    private final SourceFile source;
    private final List<Finding> findings = new ArrayList<>();
    private final List<SectionMetrics> sections = new ArrayList<>();
    private Metrics metrics;

    FileBuilder(String path, Path onDisk, String text) {
      this.source = new SourceFile(path, onDisk, text);
    }

    /** A finding over the {@code nth} (0-based) occurrence of {@code covered}. */
    FileBuilder finding(String rule, Severity severity, String covered, int nth, String message,
        String suggestion) {
      int at = -1;
      for (int i = 0; i <= nth; i++) {
        at = source.text().indexOf(covered, at + 1);
        if (at < 0) {
          throw new IllegalArgumentException("not in source: " + covered);
        }
      }
      Position start = source.position(at);
      Position end = source.position(at + covered.length());
      findings.add(new Finding(rule, severity, start.line(), start.column(), end.line(),
          end.column(), message, suggestion, at, at + covered.length()));
      return this;
    }

    /** A finding over the first {@code covered} that carries a fix replacing it. */
    FileBuilder fixable(String rule, Severity severity, String covered, String message,
        String replacement, boolean safe) {
      int at = source.text().indexOf(covered);
      Position start = source.position(at);
      Position end = source.position(at + covered.length());
      org.cxlint.core.model.Span span = new org.cxlint.core.model.Span(at, at + covered.length());
      findings.add(new Finding(rule, severity, start.line(), start.column(), end.line(),
          end.column(), message, null, List.of(safe
              ? org.cxlint.core.rule.Fix.replacing(span, replacement)
              : org.cxlint.core.rule.Fix.suggestReplacing(span, replacement)),
          at, at + covered.length()));
      return this;
    }

    FileBuilder finding(String rule, Severity severity, String covered, String message,
        String suggestion) {
      return finding(rule, severity, covered, 0, message, suggestion);
    }

    FileBuilder metrics(double grade, double flesch) {
      this.metrics = metrics(120, grade, flesch);
      return this;
    }

    FileBuilder section(String heading, int line, double grade, double flesch) {
      sections.add(new SectionMetrics(heading, line, metrics(40, grade, flesch)));
      return this;
    }

    private static Metrics metrics(int words, double grade, double flesch) {
      return new Metrics(words, words / 15, words * 3 / 2, words * 5, words / 10, words / 12,
          flesch, grade, grade + 2, grade + 1.5, grade + 0.5, grade + 0.2);
    }

    FileOutcome build() {
      findings.sort(java.util.Comparator.comparingInt(Finding::line)
          .thenComparingInt(Finding::column).thenComparing(Finding::rule));
      // The outline comes from the parser, as the pipeline's does (the front matter the HTML
      // report marks).
      org.cxlint.core.model.Format format =
          org.cxlint.core.model.Format.forName(source.displayPath(), org.cxlint.core.model.Format.TEXT);
      org.cxlint.core.model.ContentDocument d = org.cxlint.core.parse.Parsers.parse(source, format);
      return new FileOutcome(source.displayPath(), source, format, findings, metrics, sections,
          new org.cxlint.core.Outline(d.frontMatter().span(), d.headings()), java.util.Map.of(),
          null);
    }
  }

  static FileBuilder file(String path, String text) {
    return new FileBuilder(path, null, text);
  }

  static FileBuilder file(String path, Path onDisk, String text) {
    return new FileBuilder(path, onDisk, text);
  }

  static final String GUIDE = """
      ---
      title: "Grant guide"
      summary: How to apply
      ---
      # Grant guide

      Applicants shall submit the form. To apply, [click here](https://example.gov/apply).

      ![](chart.png)

      Applicants shall sign it.
      """;

  /** Two files (one with three findings, one clean) and one unreadable file. */
  static LintResult standard() {
    FileOutcome guide = file("content/guide.md", GUIDE)
        .finding("shall", Severity.INFO, "shall", 0, "\u201cShall\u201d is unclear.",
            "Use \u201cmust\u201d.")
        .finding("link-text", Severity.WARNING, "click here",
            "Link text \u201cclick here\u201d does not say where the link goes.",
            "Name the destination, e.g. \u201capply for a grant\u201d.")
        .finding("image-alt", Severity.ERROR, "![](chart.png)", "The image has no alt text.",
            "Describe what the chart shows.")
        .finding("shall", Severity.INFO, "shall", 1, "\u201cShall\u201d is unclear.",
            "Use \u201cmust\u201d.")
        .metrics(9.4, 55.2)
        .section(null, 1, 6.1, 70.3)
        .section("Grant guide", 5, 10.2, 48.0)
        .build();
    FileOutcome clean = file("content/clean.md", "# Clean\n\nShort words.\n").metrics(2.0, 95.0)
        .build();
    FileOutcome broken = FileOutcome.failed("content/broken.md",
        "content/broken.md: cannot read: malformed input (not UTF-8) at byte 12");
    return new LintResult("0.1.0-test", List.of(LINK_TEXT, SHALL, IMAGE_ALT),
        List.of(broken, clean, guide));
  }

  static String write(Reporter reporter, LintResult result, ReportSettings settings) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      reporter.write(result, settings, out);
      return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

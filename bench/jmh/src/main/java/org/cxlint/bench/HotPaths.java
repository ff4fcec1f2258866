package org.cxlint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of a whole-site run, on the toolkit page (a real 20 KB Hugo page) and an HTML
 * rendering of it: parsing, sentence analysis with part-of-speech tags, plain-language word-list
 * matching, and every default rule together. Run: see bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {
  private SourceFile markdown;
  private SourceFile html;
  private ContentDocument parsed;
  private List<ConfiguredRule> allRules;
  private List<ConfiguredRule> plainWords;
  private String[] words;

  @Setup
  public void setUp() {
    String md = resource("/toolkit.md");
    markdown = SourceFile.of("toolkit.md", md);
    html = SourceFile.of("toolkit.html", htmlOf(md));
    parsed = Parsers.parse(markdown, Format.MARKDOWN);
    RuleRegistry registry = RuleRegistry.load();
    allRules = registry.rules().stream().filter(r -> r.meta().recommended())
        .map(ConfiguredRule::defaults).toList();
    Rule pw = registry.find("plain-words").orElseThrow();
    plainWords = List.of(ConfiguredRule.defaults(pw));
    words = TextAnalysis.of(parsed).sentences().stream()
        .flatMap(s -> s.words().stream()).map(t -> t.text()).toArray(String[]::new);
  }

  /** A plain HTML page with the same paragraphs, so both parsers see the same amount of text. */
  private static String htmlOf(String md) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>Toolkit</title></head><body><main>\n");
    for (String para : md.split("\n\\s*\n")) {
      String t = para.replace("&", "&amp;").replace("<", "&lt;").trim();
      if (t.startsWith("#")) {
        sb.append("<h2>").append(t.replaceFirst("^#+\\s*", "")).append("</h2>\n");
      } else if (!t.isEmpty()) {
        sb.append("<p>").append(t.replaceAll("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)", "<a href=\"$2\">$1</a>")).append("</p>\n");
      }
    }
    return sb.append("</main></body></html>\n").toString();
  }

  private static String resource(String name) {
    try (InputStream in = HotPaths.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public ContentDocument parseMarkdown() {
    return Parsers.parse(markdown, Format.MARKDOWN);
  }

  @Benchmark
  public ContentDocument parseHtml() {
    return Parsers.parse(html, Format.HTML);
  }

  /** Sentences and tokens for every prose unit (a fresh document, so nothing is cached). */
  @Benchmark
  public TextAnalysis sentenceAnalysis() {
    return TextAnalysis.of(Parsers.parse(markdown, Format.MARKDOWN));
  }

  /** Syllables of every word of the page: dictionary lookups and the fallback model. */
  @Benchmark
  public int syllableCounting() {
    SyllableCounter counter = SyllableCounter.get();
    int sum = 0;
    for (String w : words) {
      sum += counter.count(w);
    }
    return sum;
  }

  @Benchmark
  public List<Finding> plainWordsMatching() {
    return DocumentLinter.lint(parsed, plainWords);
  }

  /** Parse plus every recommended rule: one file of a whole-site run. */
  @Benchmark
  public List<Finding> lintOneFile() {
    return DocumentLinter.lint(Parsers.parse(markdown, Format.MARKDOWN), allRules);
  }
}

package org.cxlint.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.ConfiguredRule;
import org.cxlint.core.DocumentLinter;
import org.cxlint.core.fix.FixApplier;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;

/**
 * A rule's contract as a table of cases, in the spirit of ESLint's RuleTester:
 *
 * <pre>{@code
 * RuleTester.of(new LinkTextRule())
 *     .valid("a.md", "[the grant list](https://x.gov/grants)")
 *     .invalid("a.md", "Apply [here](https://x.gov).", Expect.at(1, 7, "“here”"));
 * }</pre>
 *
 * Each call parses the content with the real parser for the file name's format, runs only this
 * rule, and asserts that the findings are exactly the expected ones (every expectation matched
 * by one finding; no finding left over). Fixtures can carry their expectations inline, Error
 * Prone style: a comment {@code <!-- expect-next-line: fragment -->} (or
 * {@code <!-- expect-next-line @COL: fragment -->}) expects a finding on the next line that is
 * not itself a marker, whose message contains the fragment.
 */
public final class RuleTester {
  private static final Pattern MARKER =
      Pattern.compile("<!--\\s*expect-next-line(?:\\s+@(\\d+))?\\s*:\\s*(.*?)\\s*-->");

  private final Rule rule;
  private final Map<String, Object> options;
  private final SitePage site;

  private RuleTester(Rule rule, Map<String, Object> options, SitePage site) {
    this.rule = rule;
    this.options = options;
    this.site = site;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule, Map.of(), SitePage.NONE);
  }

  /** A tester with these config options (the same names and types as in .cxlint.yml). */
  public RuleTester options(Map<String, Object> values) {
    return new RuleTester(rule, Map.copyOf(values), site);
  }

  /** A tester whose files are pages of a site with these conventions. */
  public RuleTester site(SitePage page) {
    return new RuleTester(rule, options, page);
  }

  /** A page of a Jekyll site (Liquid, kramdown, the default summary fields). */
  public RuleTester jekyll() {
    return site(new SitePage(SitePage.Generator.JEKYLL, null, SitePage.SUMMARY_FIELDS, 1,
        Map.of()));
  }

  /** A partial of a Jekyll site, such as a file in _includes. */
  public RuleTester jekyllPartial() {
    return site(new SitePage(SitePage.Generator.JEKYLL, "it is in _includes",
        SitePage.SUMMARY_FIELDS, 1, Map.of()));
  }

  /** A page of an Eleventy site (Liquid and Nunjucks). */
  public RuleTester eleventy() {
    return site(new SitePage(SitePage.Generator.ELEVENTY, null, SitePage.SUMMARY_FIELDS, 1,
        Map.of()));
  }

  /** Runs the rule and returns its findings, for tests that want to look themselves. */
  public List<Finding> findings(String fileName, String content) {
    Format format = Format.forFileName(fileName);
    if (format == null) {
      throw new IllegalArgumentException("not a linted file name: " + fileName);
    }
    ContentDocument doc = Parsers.parse(SourceFile.of(fileName, content), format, site);
    ConfiguredRule configured =
        new ConfiguredRule(rule, null, new RuleOptions(rule.meta(), options));
    return DocumentLinter.lint(doc, List.of(configured)).stream()
        .filter(f -> f.rule().equals(rule.meta().id()))
        .toList();
  }

  /**
   * What {@code cxlint check --fix} makes of {@code before} with this rule alone: its safe
   * fixes applied, the rule run again, until nothing changes (at most 10 passes). Asserts the
   * result is {@code after}; {@code after} equal to {@code before} asserts nothing is fixed.
   */
  public RuleTester fixes(String fileName, String before, String after) {
    String text = before;
    for (int pass = 0; pass < FixApplier.MAX_PASSES; pass++) {
      FixApplier.Applied applied = FixApplier.apply(text, findings(fileName, text), f -> true);
      if (applied.fixed().isEmpty()) {
        break;
      }
      text = applied.text();
    }
    if (!text.equals(after)) {
      throw new AssertionError("--fix of " + fileName + " by " + rule.meta().id()
          + "\n  before:   " + before + "\n  expected: " + after + "\n  but got:  " + text);
    }
    return this;
  }

  /**
   * What accepting each finding's first fix (safe or a suggestion) makes of {@code before}, in
   * one pass: the one-click change an editor or report offers. Asserts it is {@code after}.
   */
  public RuleTester suggests(String fileName, String before, String after) {
    List<org.cxlint.core.rule.TextEdit> edits = new ArrayList<>();
    for (Finding f : findings(fileName, before)) {
      if (!f.fixes().isEmpty()) {
        edits.addAll(f.fixes().get(0).edits());
      }
    }
    String text = FixApplier.applyEdits(before, edits);
    if (!text.equals(after)) {
      throw new AssertionError("suggestions of " + rule.meta().id() + " in " + fileName
          + "\n  before:   " + before + "\n  expected: " + after + "\n  but got:  " + text);
    }
    return this;
  }

  public RuleTester valid(String fileName, String content) {
    return invalid(fileName, content);
  }

  public RuleTester invalid(String fileName, String content, Expect... expected) {
    check(fileName, content, Arrays.asList(expected));
    return this;
  }

  /** Runs a classpath fixture whose expectations are inline markers. */
  public RuleTester fixture(String resource) {
    String content = read(resource);
    String fileName = resource.substring(resource.lastIndexOf('/') + 1);
    check(fileName, content, markers(content));
    return this;
  }

  static List<Expect> markers(String content) {
    String[] lines = content.split("\r\n|\r|\n", -1);
    List<Expect> out = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find() && lines[i].strip().startsWith("<!--")) {
        pending.add(m);
        continue;
      }
      for (Matcher p : pending) {
        int line = i + 1;
        out.add(p.group(1) == null
            ? Expect.line(line, p.group(2))
            : Expect.at(line, Integer.parseInt(p.group(1)), p.group(2)));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new AssertionError("expect-next-line marker at the end of the fixture has no line");
    }
    return out;
  }

  private void check(String fileName, String content, List<Expect> expected) {
    List<Finding> actual = new ArrayList<>(findings(fileName, content));
    List<Finding> unmatchedActual = new ArrayList<>(actual);
    List<Expect> missing = new ArrayList<>();
    for (Expect e : expected) {
      Finding hit = unmatchedActual.stream().filter(e::matches).findFirst().orElse(null);
      if (hit == null) {
        missing.add(e);
      } else {
        unmatchedActual.remove(hit);
      }
    }
    if (!missing.isEmpty() || !unmatchedActual.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("rule ").append(rule.meta().id()).append(" on ").append(fileName).append(":\n");
      sb.append("--- content ---\n").append(content).append("\n---------------\n");
      for (Expect e : missing) {
        sb.append("  expected but not reported: ").append(e).append('\n');
      }
      for (Finding f : unmatchedActual) {
        sb.append("  reported but not expected: ").append(describe(f)).append('\n');
      }
      sb.append("  all findings:\n");
      for (Finding f : actual) {
        sb.append("    ").append(describe(f)).append('\n');
      }
      throw new AssertionError(sb.toString());
    }
  }

  static String describe(Finding f) {
    return f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + " "
        + f.severity().label() + " " + f.message()
        + (f.suggestion() == null ? "" : " [suggestion: " + f.suggestion() + "]");
  }

  private static String read(String resource) {
    String r = resource.startsWith("/") ? resource : "/" + resource;
    try (InputStream in = RuleTester.class.getResourceAsStream(r)) {
      if (in == null) {
        throw new IllegalArgumentException("no such test resource: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One expected finding: its 1-based line, optionally its column, a fragment its message must
   * contain, and optionally its severity, end column and a fragment of its suggestion.
   */
  public record Expect(int line, int column, String fragment, Severity severity, int endColumn,
      String suggestionFragment) {

    public static Expect at(int line, int column, String fragment) {
      return new Expect(line, column, fragment, null, 0, null);
    }

    /** Any column on the line. */
    public static Expect line(int line, String fragment) {
      return new Expect(line, 0, fragment, null, 0, null);
    }

    public Expect severity(Severity s) {
      return new Expect(line, column, fragment, s, endColumn, suggestionFragment);
    }

    /** The finding must end at this (exclusive) column on its end line. */
    public Expect endColumn(int c) {
      return new Expect(line, column, fragment, severity, c, suggestionFragment);
    }

    public Expect suggestion(String fragmentOfSuggestion) {
      return new Expect(line, column, fragment, severity, endColumn, fragmentOfSuggestion);
    }

    boolean matches(Finding f) {
      return f.line() == line
          && (column == 0 || f.column() == column)
          && (fragment == null || f.message().contains(fragment))
          && (severity == null || f.severity() == severity)
          && (endColumn == 0 || f.endColumn() == endColumn)
          && (suggestionFragment == null
              || (f.suggestion() != null && f.suggestion().contains(suggestionFragment)));
    }

    @Override
    public String toString() {
      return line + ":" + (column == 0 ? "*" : column)
          + (endColumn == 0 ? "" : "-" + endColumn)
          + (severity == null ? "" : " " + severity.label())
          + " message containing “" + fragment + "”"
          + (suggestionFragment == null ? "" : " suggestion containing “" + suggestionFragment + "”");
    }
  }
}

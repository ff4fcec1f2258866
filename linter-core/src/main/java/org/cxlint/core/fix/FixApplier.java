package org.cxlint.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.FilePipeline;
import org.cxlint.core.Source;
import org.cxlint.core.model.Problem;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;

/**
 * Applies findings' safe fixes to a file's text, lints it again, and repeats until nothing more
 * changes (at most {@link #MAX_PASSES} passes, as ESLint does). It works on text only: writing
 * the result back in the file's own encoding is {@link EncodedFile}'s job, so an editor can use
 * this class on a buffer. Thread safe; one applier serves a whole run.
 *
 * <p>Within one pass, fixes are taken in source order and a fix whose edits overlap (or insert
 * at the same point as) one already taken waits for the next pass, where the file is linted
 * afresh. A pass whose result adds a parse problem the file did not have is thrown away and
 * the loop stops: a fix must never break a page. A pass whose result has a finding the text
 * before it did not have (a sentence pushed over the length limit, a section over the grade
 * target) is tried again without the fixes on that finding's lines: a fix must not make a new
 * problem. Those fixes stay undone, their findings reported.
 */
public final class FixApplier {
  /** The most lint-and-fix rounds on one file. */
  public static final int MAX_PASSES = 10;

  private final FilePipeline pipeline;
  private final Predicate<Finding> wanted;

  /**
   * @param pipeline lints each pass's text with the same config as the first lint
   * @param wanted which findings' safe fixes to apply (e.g. only some rules); null for all
   */
  public FixApplier(FilePipeline pipeline, Predicate<Finding> wanted) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.wanted = wanted == null ? f -> true : wanted;
  }

  /** Whether {@code finding} has a safe fix this applier would apply. */
  public boolean applies(Finding finding) {
    return finding.safeFix() != null && wanted.test(finding);
  }

  /**
   * What fixing did to one file.
   *
   * @param original the text before any fix
   * @param text the text after the last pass (equal to {@code original} when nothing applied)
   * @param outcome the lint of {@code text}: what remains
   * @param fixesByRule how many fixes each rule's findings got, by rule id
   * @param passes how many passes changed the text
   * @param heldBack how many safe fixes were held back because they would have made a new
   *     finding; in {@code outcome} their fixes are suggestions
   */
  public record Result(String original, String text, FileOutcome outcome,
      Map<String, Integer> fixesByRule, int passes, int heldBack) {
    public boolean changed() {
      return !original.equals(text);
    }

    public int fixCount() {
      return fixesByRule.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Fixes the file {@code first} is the lint of. {@code source} says what was linted (path,
   * format, config); each later pass lints the fixed text under the same path and format.
   */
  public Result fix(Source source, FileOutcome first) {
    Objects.requireNonNull(first, "first");
    if (first.source() == null || first.error() != null) {
      String t = first.source() == null ? "" : first.source().text();
      return new Result(t, t, first, Map.of(), 0, 0);
    }
    String original = first.source().text();
    String text = original;
    FileOutcome outcome = first;
    Map<String, Integer> byRule = new TreeMap<>();
    int parseProblems = parseProblems(first);
    int passes = 0;
    int attempts = 0;
    Set<String> held = new HashSet<>(); // rule, line and message of fixes held back
    while (passes < MAX_PASSES && attempts < MAX_PASSES * 2) {
      attempts++;
      Applied applied = apply(text, outcome.findings(),
          f -> applies(f) && !held.contains(heldKey(f)));
      if (applied.fixed().isEmpty() || applied.text().equals(text)) {
        break;
      }
      FileOutcome next = pipeline.lint(new Source(source.file(), source.displayPath(),
          outcome.format() != null ? outcome.format() : source.format(), null, applied.text()));
      if (next.error() != null || parseProblems(next) > parseProblems) {
        break; // keep the last text that parsed as well as the original did
      }
      List<Finding> added = new ArrayList<>(added(outcome.findings(), next.findings()));
      added.removeIf(this::applies); // the next pass fixes those
      if (!added.isEmpty()) {
        // A fix must not make a new problem (a sentence pushed over a limit, a grade over a
        // target): hold back the fixes on the new findings' lines, or all of this pass's when
        // none is there, and try again without them.
        for (Finding f : culprits(applied.fixed(), added, outcome.source())) {
          held.add(heldKey(f));
        }
        continue;
      }
      for (Finding f : applied.fixed()) {
        byRule.merge(f.rule(), 1, Integer::sum);
      }
      text = applied.text();
      outcome = next;
      passes++;
    }
    int heldBack = 0;
    if (!held.isEmpty()) {
      // Here those fixes are not safe: they would make a new problem. Say so in what remains.
      List<Finding> remaining = new ArrayList<>();
      for (Finding f : outcome.findings()) {
        if (applies(f) && held.contains(heldKey(f))) {
          heldBack++;
          f = unsafe(f);
        }
        remaining.add(f);
      }
      outcome = outcome.withFindings(remaining);
    }
    return new Result(original, text, outcome, byRule, passes, heldBack);
  }

  private static String heldKey(Finding f) {
    return f.rule() + '\u0000' + f.line() + '\u0000' + f.message();
  }

  private static Finding unsafe(Finding f) {
    List<Fix> fixes = new ArrayList<>();
    for (Fix x : f.fixes()) {
      fixes.add(x.safe() ? new Fix(x.title(), x.edits(), false) : x);
    }
    return new Finding(f.rule(), f.severity(), f.line(), f.column(), f.endLine(), f.endColumn(),
        f.message(), f.advice(), fixes, f.startOffset(), f.endOffset());
  }

  /**
   * The findings of {@code after} that {@code before} does not have, a finding being its rule,
   * its line and its message with numbers and quoted words masked: "28 words" becoming "29
   * words" is the same finding restated, while a sentence newly over the limit is new.
   */
  static List<Finding> added(List<Finding> before, List<Finding> after) {
    Map<String, Integer> had = new HashMap<>();
    for (Finding f : before) {
      had.merge(shape(f), 1, Integer::sum);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : after) {
      String k = shape(f);
      Integer n = had.get(k);
      if (n == null || n == 0) {
        out.add(f);
      } else {
        had.put(k, n - 1);
      }
    }
    return out;
  }

  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private static String shape(Finding f) {
    String m = NUMBER.matcher(QUOTED.matcher(f.message()).replaceAll("“…”")).replaceAll("#");
    return f.rule() + '\u0000' + f.line() + '\u0000' + m;
  }

  /** The fixes whose edits share a line with a new finding; all of them when none does. */
  private static List<Finding> culprits(List<Finding> fixed, List<Finding> added,
      org.cxlint.core.model.SourceFile text) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : fixed) {
      for (TextEdit e : f.safeFix().edits()) {
        int from = text.line(e.start());
        int to = text.line(e.end());
        boolean hit = false;
        for (Finding a : added) {
          if (a.line() <= to && a.endLine() >= from) {
            hit = true;
            break;
          }
        }
        if (hit) {
          out.add(f);
          break;
        }
      }
    }
    return out.isEmpty() ? fixed : out;
  }

  private static int parseProblems(FileOutcome o) {
    int n = 0;
    for (Finding f : o.findings()) {
      if (f.rule().equals(Problem.RULE_ID)) {
        n++;
      }
    }
    return n;
  }

  /**
   * One pass's result: the new text and the findings whose fixes it holds.
   */
  public record Applied(String text, List<Finding> fixed) {}

  /**
   * Applies the safe fixes of {@code findings} that {@code which} accepts, in one pass: pure,
   * no linting. Fixes that overlap one taken earlier in the text are left for a later pass.
   * Line breaks in a replacement take the text's own line ending (CRLF stays CRLF).
   */
  public static Applied apply(String text, List<Finding> findings, Predicate<Finding> which) {
    List<Finding> candidates = new ArrayList<>();
    for (Finding f : findings) {
      if (f.safeFix() != null && which.test(f) && fits(f.safeFix(), text.length())) {
        candidates.add(f);
      }
    }
    if (candidates.isEmpty()) {
      return new Applied(text, List.of());
    }
    candidates.sort(Comparator.comparingInt((Finding f) -> first(f.safeFix()).start())
        .thenComparingInt(f -> first(f.safeFix()).end()));
    List<TextEdit> taken = new ArrayList<>();
    List<Finding> fixed = new ArrayList<>();
    for (Finding f : candidates) {
      List<TextEdit> edits = f.safeFix().edits();
      if (overlapsAny(edits, taken) || overlapsItself(edits)) {
        continue;
      }
      taken.addAll(edits);
      fixed.add(f);
    }
    return new Applied(applyEdits(text, taken), List.copyOf(fixed));
  }

  /**
   * Applies non-overlapping edits to {@code text}. Line breaks in replacements are written with
   * the text's first line ending.
   *
   * @throws IllegalArgumentException when two edits overlap or one lies outside the text
   */
  public static String applyEdits(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
    String eol = lineEnding(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int at = 0;
    for (TextEdit e : sorted) {
      if (e.start() < at || e.end() > text.length()) {
        throw new IllegalArgumentException("edits overlap or lie outside the text: " + e);
      }
      sb.append(text, at, e.start()).append(withLineEnding(e.replacement(), eol));
      at = e.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** The text's first line ending, or "\n" when it has none. */
  static String lineEnding(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
      if (c == '\n') {
        return "\n";
      }
    }
    return "\n";
  }

  private static String withLineEnding(String s, String eol) {
    if (eol.equals("\n") || (s.indexOf('\n') < 0 && s.indexOf('\r') < 0)) {
      return s;
    }
    return s.replace("\r\n", "\n").replace('\r', '\n').replace("\n", eol);
  }

  private static TextEdit first(Fix fix) {
    TextEdit min = fix.edits().get(0);
    for (TextEdit e : fix.edits()) {
      if (e.start() < min.start()) {
        min = e;
      }
    }
    return min;
  }

  private static boolean fits(Fix fix, int length) {
    for (TextEdit e : fix.edits()) {
      if (e.end() > length) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(List<TextEdit> edits, List<TextEdit> taken) {
    for (TextEdit e : edits) {
      for (TextEdit t : taken) {
        if (overlap(e, t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlapsItself(List<TextEdit> edits) {
    for (int i = 0; i < edits.size(); i++) {
      for (int j = i + 1; j < edits.size(); j++) {
        if (overlap(edits.get(i), edits.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Shared characters, or two edits at one point (their order would be a guess). */
  private static boolean overlap(TextEdit a, TextEdit b) {
    if (a.start() == b.start()) {
      return true;
    }
    return a.start() < b.end() && b.start() < a.end();
  }
}

package org.cxlint.core.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.analysis.PhraseTrie;
import org.cxlint.core.analysis.ProseWords;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.cxlint.core.report.Visible;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;

/**
 * A rule declared as data in {@code .cxlint.yml}. Literal words and phrases ({@code tokens}, and
 * {@code swap} keys that are plain words) go into a {@link PhraseTrie}, the structure the
 * built-in word lists use: one hash look-up per word of text however many words the list holds,
 * so a vocabulary of 100,000 entries costs about what a list of ten does. Everything else
 * compiles to one RE2 expression (RE2/J): matching is linear in the input, so no pattern a team
 * writes, such as {@code (a+)+$}, can make a build hang; and a pattern whose compiled program
 * would be large (counted repetition copies what it repeats) is refused, see {@link PatternCost}.
 */
public final class CustomRule implements Rule {
  /** The largest estimated RE2 program all of one rule's patterns may compile to together. */
  public static final int RULE_LIMIT = 10 * PatternCost.LIMIT;

  private final CustomRuleSpec spec;
  private final RuleMeta meta;
  /** Literal words and phrases, or null when the rule has none. */
  private final PhraseTrie<Entry> trie;
  /** Patterns and entries the trie cannot hold, as one expression, or null when there are none. */
  private final Pattern pattern;
  /** For the pattern: the replacement for each top-level alternative, by its group number. */
  private final int[] alternativeGroups;
  private final List<String> replacements;

  /** A literal word or phrase in the trie: its words as written, and its replacement (or null). */
  private record Entry(String[] words, String replacement) {}

  private CustomRule(CustomRuleSpec spec, PhraseTrie<Entry> trie, Pattern pattern, int[] groups,
      List<String> replacements) {
    this.spec = spec;
    this.trie = trie;
    this.pattern = pattern;
    this.alternativeGroups = groups;
    this.replacements = replacements;
    String summary = spec.summary() != null ? spec.summary()
        : spec.message().replace("%s", "…");
    this.meta = RuleMeta.builder(spec.id())
        .category(Category.CUSTOM)
        .severity(spec.severity())
        .summary(summary)
        .rationale("A rule defined by this project in .cxlint.yml (" + spec.kind().name()
            .toLowerCase(java.util.Locale.ROOT) + ", scope " + scopeList() + ").")
        .build();
  }

  /**
   * Compiles a spec.
   *
   * @throws IllegalArgumentException naming the word or pattern that is not a valid RE2
   *     expression, or is too large (the config loader turns it into an error at the pattern's
   *     line)
   */
  public static CustomRule compile(CustomRuleSpec spec) {
    String flags = spec.ignoreCase() ? "(?i)" : "";
    List<String> alternatives = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    PhraseTrie<Entry> trie = new PhraseTrie<>();
    if (spec.kind() == CustomRuleSpec.Kind.EXISTENCE) {
      for (String t : spec.tokens()) {
        if (!addWords(trie, t, null)) {
          alternatives.add(word(t));
          replacements.add(null);
        }
      }
      for (String p : spec.patterns()) {
        alternatives.add(check(p));
        replacements.add(null);
      }
    } else {
      spec.swap().forEach((from, to) -> {
        if (!looksLikeWord(from) || !addWords(trie, from, to)) {
          alternatives.add(looksLikeWord(from) ? word(from) : check(from));
          replacements.add(to);
        }
      });
    }
    if (alternatives.isEmpty() && trie.isEmpty()) {
      throw new IllegalArgumentException("custom rule " + spec.id() + " has nothing to match: "
          + (spec.kind() == CustomRuleSpec.Kind.EXISTENCE ? "give tokens or patterns" : "give swap"));
    }
    if (alternatives.isEmpty()) {
      return new CustomRule(spec, trie.compile(), null, new int[0], List.of());
    }
    // Each alternative in its own group, so a match tells which entry it came from.
    StringBuilder sb = new StringBuilder(flags);
    int[] groups = new int[alternatives.size()];
    int group = 1;
    long cost = 0;
    for (int i = 0; i < alternatives.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      groups[i] = group;
      sb.append('(').append(alternatives.get(i)).append(')');
      group += 1 + Pattern.compile(alternatives.get(i)).groupCount();
      cost += PatternCost.of(alternatives.get(i)) + 3;
    }
    if (cost > RULE_LIMIT) {
      throw new IllegalArgumentException("the patterns of custom rule " + spec.id()
          + " together would compile to about " + AsciiFormat.format("%,d", cost)
          + " RE2 instructions, over cxlint's limit of " + AsciiFormat.format("%,d", RULE_LIMIT)
          + " for one rule: matching would be slow on every page. Split them into several rules,"
          + " or list plain words under tokens (any number of those is fast)");
    }
    return new CustomRule(spec, trie.isEmpty() ? null : trie.compile(),
        Pattern.compile(sb.toString()), groups, replacements);
  }

  /**
   * Puts a literal word or phrase into the trie when its words are the ones the word scanner
   * finds (letters and digits, with an inner apostrophe or hyphen) separated only by spaces or a
   * lone slash; returns false for anything else ("U.S.", "C++"), which stays a pattern.
   */
  private static boolean addWords(PhraseTrie<Entry> trie, String token, String replacement) {
    String t = token.trim().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return false;
    }
    ProseWords words = ProseWords.scan(new Prose(Prose.Kind.PARAGRAPH, t, new int[t.length()],
        new Span(0, t.length()), null));
    if (words.size() == 0 || words.start(0) != 0 || words.end(words.size() - 1) != t.length()) {
      return false;
    }
    for (int i = 1; i < words.size(); i++) {
      if (words.gapBefore(i) == 0) {
        return false;
      }
    }
    List<String> keys = PhraseTrie.keys(t);
    String[] written = new String[keys.size()];
    for (int i = 0; i < written.length; i++) {
      String k = keys.get(i);
      written[i] = (k.startsWith("/") ? k.substring(1) : k).replace('’', '\'');
    }
    trie.add(PhraseTrie.keys(t.toLowerCase(Locale.ROOT)), new Entry(written, replacement));
    return true;
  }

  private static boolean looksLikeWord(String s) {
    return s.matches("[\\p{L}\\p{N}' .-]+");
  }

  /** A literal word or phrase: quoted, on word boundaries, any run of spaces between words. */
  private static String word(String token) {
    String[] parts = token.trim().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append("\\s+");
      }
      sb.append(Pattern.quote(parts[i]));
    }
    String body = sb.toString();
    boolean wordStart = Character.isLetterOrDigit(token.trim().codePointAt(0));
    boolean wordEnd = Character.isLetterOrDigit(token.trim().charAt(token.trim().length() - 1));
    return (wordStart ? "\\b" : "") + body + (wordEnd ? "\\b" : "");
  }

  /**
   * Checks that a pattern is valid RE2 and small enough to match fast.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static String check(String pattern) {
    long cost = PatternCost.of(pattern);
    if (cost > PatternCost.LIMIT) {
      throw new IllegalArgumentException("the pattern “" + Visible.shortened(pattern, 80)
          + "” would compile to " + (cost >= 1_000_000_000L ? "more than a billion"
              : "about " + AsciiFormat.format("%,d", cost)) + " RE2 instructions, over cxlint's limit of "
          + AsciiFormat.format("%,d", PatternCost.LIMIT) + " per pattern. A counted repetition copies"
          + " what it repeats (x{100} is 100 copies of x, and nesting multiplies the counts):"
          + " use a smaller count, or + or * instead");
    }
    try {
      Pattern.compile(pattern);
      return pattern;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("“" + Visible.shortened(pattern, 80)
          + "” is not a valid RE2 pattern: " + e.getDescription(), e);
    }
  }

  public CustomRuleSpec spec() {
    return spec;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<ProseWords> units = trie == null ? null : ProseWords.of(document);
    List<Prose> prose = document.prose();
    for (int u = 0; u < prose.size(); u++) {
      Prose p = prose.get(u);
      if (spec.scopes().contains(scopeOf(p))) {
        scan(p, units == null ? null : units.get(u), p::sourceSpan, context);
      }
    }
    String text = document.source().text();
    if (spec.scopes().contains(CustomRuleSpec.Scope.LINK_TEXT)) {
      for (Link link : document.links()) {
        scanSource(text, link.textSpan(), context);
      }
    }
    if (spec.scopes().contains(CustomRuleSpec.Scope.ALT_TEXT)) {
      for (Image image : document.images()) {
        scanSource(text, image.altSpan(), context);
      }
    }
  }

  /** Scans a stretch of the source (link text, alt text) as one unit of words. */
  private void scanSource(String text, Span s, RuleContext context) {
    if (s == null || s.isEmpty()) {
      return;
    }
    String part = text.substring(s.start(), s.end());
    int[] offsets = new int[part.length()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = s.start() + i;
    }
    // Line breaks and tabs count as spaces between the words of a phrase, as in prose.
    Prose unit = new Prose(Prose.Kind.PARAGRAPH, part.replace('\n', ' ').replace('\r', ' ')
        .replace('\t', ' '), offsets, s, null);
    scan(unit, trie == null ? null : ProseWords.scan(unit),
        (from, to) -> new Span(s.start() + from, s.start() + to), context);
  }

  private static CustomRuleSpec.Scope scopeOf(Prose p) {
    return switch (p.kind()) {
      case HEADING -> CustomRuleSpec.Scope.HEADINGS;
      case FRONT_MATTER -> CustomRuleSpec.Scope.FRONT_MATTER;
      default -> CustomRuleSpec.Scope.PROSE;
    };
  }

  private interface SpanMap {
    Span map(int from, int to);
  }

  /** A match in a unit's text: {@code [start, end)}, the text matched and its replacement. */
  private record Hit(int start, int end, String matched, String replacement) {}

  private void scan(Prose unit, ProseWords words, SpanMap map, RuleContext context) {
    List<Hit> hits = new ArrayList<>();
    if (trie != null) {
      words(words, hits);
    }
    if (pattern != null) {
      int fromTrie = hits.size();
      Matcher m = pattern.matcher(unit.text());
      while (m.find()) {
        if (m.end() == m.start()) {
          continue; // an empty match marks nothing a writer could change
        }
        String replacement = null;
        for (int i = 0; i < alternativeGroups.length; i++) {
          if (m.group(alternativeGroups[i]) != null) {
            replacement = replacements.get(i);
            break;
          }
        }
        if (!overlaps(hits, fromTrie, m.start(), m.end())) {
          hits.add(new Hit(m.start(), m.end(), m.group(), replacement));
        }
      }
      if (fromTrie > 0 && hits.size() > fromTrie) {
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
      }
    }
    for (Hit h : hits) {
      String message = h.replacement() == null
          ? fill(spec.message(), h.matched(), null)
          : fill(spec.message(), h.replacement(), h.matched());
      context.report(map.map(h.start(), h.end()), message, h.replacement());
    }
  }

  /** Whether {@code [start, end)} overlaps one of the first {@code n} hits (the trie's). */
  private static boolean overlaps(List<Hit> hits, int n, int start, int end) {
    for (int i = 0; i < n; i++) {
      Hit h = hits.get(i);
      if (start < h.end() && h.start() < end) {
        return true;
      }
    }
    return false;
  }

  /** The trie's matches in one unit, longest first at each word, never overlapping. */
  private void words(ProseWords words, List<Hit> hits) {
    String text = words.prose().text();
    int i = 0;
    while (i < words.size()) {
      List<PhraseTrie.Match<Entry>> matches = trie.matchesAt(words, i);
      Hit hit = null;
      int next = i + 1;
      for (int k = matches.size() - 1; k >= 0 && hit == null; k--) {
        PhraseTrie.Match<Entry> m = matches.get(k);
        for (Entry e : m.values()) {
          if (spec.ignoreCase() || sameCase(words, m.from(), e.words())) {
            int start = words.start(m.from());
            int end = words.end(m.to() - 1);
            hit = new Hit(start, end, text.substring(start, end), e.replacement());
            next = m.to();
            break;
          }
        }
      }
      if (hit != null) {
        hits.add(hit);
      }
      i = next;
    }
  }

  private static boolean sameCase(ProseWords words, int from, String[] written) {
    for (int k = 0; k < written.length; k++) {
      if (!words.text(from + k).replace('’', '\'').equals(written[k])) {
        return false;
      }
    }
    return true;
  }

  /** Replaces the first {@code %s} with a, the second with b; no format-string surprises. */
  static String fill(String message, String a, String b) {
    StringBuilder sb = new StringBuilder();
    int used = 0;
    int i = 0;
    while (i < message.length()) {
      if (message.startsWith("%s", i) && used < (b == null ? 1 : 2)) {
        sb.append(used == 0 ? a : b);
        used++;
        i += 2;
      } else {
        sb.append(message.charAt(i++));
      }
    }
    return sb.toString();
  }

  private String scopeList() {
    return spec.scopes().stream().map(CustomRuleSpec.Scope::label).sorted()
        .reduce((x, y) -> x + ", " + y).orElse("none");
  }
}

package org.cxlint.core.custom;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;

/**
 * A rule declared as data in {@code .cxlint.yml}. Every word list and pattern compiles to one
 * RE2 expression (RE2/J): matching is linear in the input, so no pattern a team writes, such as
 * {@code (a+)+$}, can make a build hang.
 */
public final class CustomRule implements Rule {
  private final CustomRuleSpec spec;
  private final RuleMeta meta;
  private final Pattern pattern;
  /** For substitution: the replacement for each top-level alternative, by its group number. */
  private final int[] alternativeGroups;
  private final List<String> replacements;

  private CustomRule(CustomRuleSpec spec, Pattern pattern, int[] groups, List<String> replacements) {
    this.spec = spec;
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
   *     expression (the config loader turns it into an error at the pattern's line)
   */
  public static CustomRule compile(CustomRuleSpec spec) {
    String flags = spec.ignoreCase() ? "(?i)" : "";
    List<String> alternatives = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    if (spec.kind() == CustomRuleSpec.Kind.EXISTENCE) {
      for (String t : spec.tokens()) {
        alternatives.add(word(t));
        replacements.add(null);
      }
      for (String p : spec.patterns()) {
        alternatives.add(check(p));
        replacements.add(null);
      }
    } else {
      spec.swap().forEach((from, to) -> {
        alternatives.add(looksLikeWord(from) ? word(from) : check(from));
        replacements.add(to);
      });
    }
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("custom rule " + spec.id() + " has nothing to match: "
          + (spec.kind() == CustomRuleSpec.Kind.EXISTENCE ? "give tokens or patterns" : "give swap"));
    }
    // Each alternative in its own group, so a match tells which entry it came from.
    StringBuilder sb = new StringBuilder(flags);
    int[] groups = new int[alternatives.size()];
    int group = 1;
    for (int i = 0; i < alternatives.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      groups[i] = group;
      sb.append('(').append(alternatives.get(i)).append(')');
      group += 1 + Pattern.compile(alternatives.get(i)).groupCount();
    }
    return new CustomRule(spec, Pattern.compile(sb.toString()), groups, replacements);
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

  private static String check(String pattern) {
    try {
      Pattern.compile(pattern);
      return pattern;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("“" + pattern + "” is not a valid RE2 pattern: "
          + e.getDescription(), e);
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
    for (Prose p : document.prose()) {
      if (spec.scopes().contains(scopeOf(p))) {
        scan(p.text(), (from, to) -> p.sourceSpan(from, to), context);
      }
    }
    String text = document.source().text();
    if (spec.scopes().contains(CustomRuleSpec.Scope.LINK_TEXT)) {
      for (Link link : document.links()) {
        Span s = link.textSpan();
        if (s != null && !s.isEmpty()) {
          scan(text.substring(s.start(), s.end()),
              (from, to) -> new Span(s.start() + from, s.start() + to), context);
        }
      }
    }
    if (spec.scopes().contains(CustomRuleSpec.Scope.ALT_TEXT)) {
      for (Image image : document.images()) {
        Span s = image.altSpan();
        if (s != null && !s.isEmpty()) {
          scan(text.substring(s.start(), s.end()),
              (from, to) -> new Span(s.start() + from, s.start() + to), context);
        }
      }
    }
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

  private void scan(String text, SpanMap map, RuleContext context) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue; // an empty match marks nothing a writer could change
      }
      String matched = m.group();
      String replacement = null;
      for (int i = 0; i < alternativeGroups.length; i++) {
        if (m.group(alternativeGroups[i]) != null) {
          replacement = replacements.get(i);
          break;
        }
      }
      String message = replacement == null
          ? fill(spec.message(), matched, null)
          : fill(spec.message(), replacement, matched);
      context.report(map.map(m.start(), m.end()), message, replacement);
    }
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

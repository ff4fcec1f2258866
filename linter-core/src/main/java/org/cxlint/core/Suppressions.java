package org.cxlint.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.Comment;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Problem;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * Inline suppression through HTML comments (in Markdown and HTML):
 *
 * <ul>
 *   <li>{@code <!-- cxlint-disable -->} or {@code <!-- cxlint-disable link-text, plain-words -->}
 *       switches rules off from the comment on, until
 *   <li>{@code <!-- cxlint-enable -->} (all) or {@code <!-- cxlint-enable link-text -->};
 *   <li>{@code <!-- cxlint-disable-next-line plain-words -- reason -->} switches rules off for
 *       the line after the comment.
 * </ul>
 *
 * Ids may be separated by spaces or commas; anything after {@code --} is the reason. Without
 * ids a comment applies to every rule. An unknown id is itself reported (rule
 * {@value #RULE_ID}, warning) with a "did you mean", because a typo would silently suppress
 * nothing. Parse errors cannot be suppressed.
 */
public final class Suppressions {
  /** The rule id under which a broken suppression comment is reported. */
  public static final String RULE_ID = "invalid-suppression";

  private static final Pattern DIRECTIVE = Pattern.compile(
      "^\\s*cxlint-(disable-next-line|disable|enable)(?=\\s|$)(.*)$", Pattern.DOTALL);

  private enum Kind { DISABLE, ENABLE, NEXT_LINE }

  /** One directive; {@code ids} empty means every rule. */
  private record Directive(Kind kind, Set<String> ids, int offset, int line) {
    boolean covers(String rule) {
      return ids.isEmpty() || ids.contains(rule);
    }
  }

  private Suppressions() {}

  /**
   * Removes suppressed findings and adds a finding for each unknown rule id in a directive.
   *
   * @param knownIds every rule id that exists (enabled or not)
   * @return the remaining findings, in {@link DocumentLinter#ORDER}
   */
  public static List<Finding> apply(ContentDocument document, List<Finding> findings,
      Collection<String> knownIds) {
    return apply(document, findings, knownIds, Severity.WARNING);
  }

  /**
   * As {@link #apply(ContentDocument, List, Collection)}, reporting unknown ids at
   * {@code invalid} (null: config turned {@value #RULE_ID} off, so they are not reported).
   */
  public static List<Finding> apply(ContentDocument document, List<Finding> findings,
      Collection<String> knownIds, Severity invalid) {
    SourceFile source = document.source();
    List<Directive> directives = new ArrayList<>();
    List<Finding> out = new ArrayList<>();
    for (Comment c : document.comments()) {
      Matcher m = DIRECTIVE.matcher(c.text());
      if (!m.matches()) {
        continue;
      }
      Kind kind = switch (m.group(1)) {
        case "disable" -> Kind.DISABLE;
        case "enable" -> Kind.ENABLE;
        default -> Kind.NEXT_LINE;
      };
      String rest = m.group(2);
      int reason = rest.indexOf("--");
      if (reason >= 0) {
        rest = rest.substring(0, reason);
      }
      Set<String> ids = new java.util.LinkedHashSet<>();
      for (String id : rest.split("[\\s,]+")) {
        if (id.isEmpty()) {
          continue;
        }
        if (!knownIds.contains(id)) {
          if (invalid == null) {
            continue;
          }
          out.add(DocumentLinter.finding(source, RULE_ID, invalid, c.span(),
              "The suppression comment names the unknown rule “" + id + "”, so it suppresses"
                  + " nothing for it." + NearestName.among(id, knownIds)
                      .map(s -> " Did you mean “" + s + "”?").orElse(""),
              NearestName.among(id, knownIds).orElse(null)));
          continue;
        }
        ids.add(id);
      }
      if (ids.isEmpty() && !rest.isBlank()) {
        continue; // only unknown ids: suppress nothing rather than everything
      }
      int endLine = source.position(Math.max(c.span().start(), c.span().end() - 1)).line();
      directives.add(new Directive(kind, Set.copyOf(ids), c.span().start(), endLine));
    }
    if (directives.isEmpty() && out.isEmpty()) {
      return findings;
    }
    for (Finding f : findings) {
      if (Problem.RULE_ID.equals(f.rule()) || !suppressed(f, directives)) {
        out.add(f);
      }
    }
    out.sort(DocumentLinter.ORDER);
    return out;
  }

  private static boolean suppressed(Finding f, List<Directive> directives) {
    boolean disabled = false;
    for (Directive d : directives) {
      switch (d.kind()) {
        case NEXT_LINE -> {
          if (f.line() == d.line() + 1 && d.covers(f.rule())) {
            return true;
          }
        }
        case DISABLE -> {
          if (d.offset() <= f.startOffset() && d.covers(f.rule())) {
            disabled = true;
          }
        }
        case ENABLE -> {
          if (d.offset() <= f.startOffset() && d.covers(f.rule())) {
            disabled = false;
          }
        }
      }
    }
    return disabled;
  }
}

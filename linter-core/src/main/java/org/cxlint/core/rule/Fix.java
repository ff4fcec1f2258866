package org.cxlint.core.rule;

import java.util.List;
import java.util.Objects;
import org.cxlint.core.model.Span;

/**
 * A change that resolves a finding, as text edits that can be applied as they are.
 *
 * <p>A <em>safe</em> fix is mechanical: applying it never changes the meaning, so
 * {@code cxlint check --fix} applies it without asking. Any other fix is a suggestion, offered
 * in editors and reports for a person to accept.
 *
 * @param title what the fix does, for a person choosing it ("Replace with “use”")
 * @param edits non-overlapping edits, in any order
 * @param safe whether {@code --fix} may apply it unasked
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {
  public Fix {
    Objects.requireNonNull(title, "title");
    edits = List.copyOf(edits);
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
  }

  /** A suggestion that replaces {@code span} with {@code text}. */
  public static Fix suggestReplacing(Span span, String text) {
    return new Fix("Replace with “" + text + "”", List.of(new TextEdit(span.start(), span.end(), text)),
        false);
  }

  /** A safe fix that replaces {@code span} with {@code text}. */
  public static Fix replacing(Span span, String text) {
    return new Fix("Replace with “" + text + "”", List.of(new TextEdit(span.start(), span.end(), text)),
        true);
  }

  /**
   * The text a person reads as the fix: the replacement when it is one edit, else the title.
   */
  public String preview() {
    return edits.size() == 1 ? edits.get(0).replacement() : title;
  }
}

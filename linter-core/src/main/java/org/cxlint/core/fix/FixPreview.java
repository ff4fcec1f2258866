package org.cxlint.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.rule.TextEdit;

/**
 * A fix shown small, before and after: the changed text with a few characters of its line on
 * either side, for reports that put the change under its finding.
 *
 * @param before the excerpt as it is
 * @param after the same excerpt with the fix applied
 */
public record FixPreview(String before, String after) {
  private static final int CONTEXT = 30;

  /** The preview of {@code fix} on {@code text}; null when its edits lie outside the text. */
  public static FixPreview of(String text, Fix fix) {
    List<TextEdit> edits = new ArrayList<>(fix.edits());
    edits.sort(Comparator.comparingInt(TextEdit::start));
    int first = edits.get(0).start();
    int last = edits.stream().mapToInt(TextEdit::end).max().orElse(first);
    if (last > text.length()) {
      return null;
    }
    int from = first;
    while (from > 0 && first - from < CONTEXT && !lineBreak(text.charAt(from - 1))) {
      from--;
    }
    int to = last;
    while (to < text.length() && to - last < CONTEXT && !lineBreak(text.charAt(to))) {
      to++;
    }
    List<TextEdit> local = new ArrayList<>();
    for (TextEdit e : edits) {
      local.add(new TextEdit(e.start() - from, e.end() - from, e.replacement()));
    }
    String before = text.substring(from, to);
    String after;
    try {
      after = FixApplier.applyEdits(before, local);
    } catch (IllegalArgumentException e) {
      return null; // overlapping edits: no honest preview
    }
    String lead = from > 0 && !lineBreak(text.charAt(from - 1)) ? "…" : "";
    String tail = to < text.length() && !lineBreak(text.charAt(to)) ? "…" : "";
    return new FixPreview(lead + before + tail, lead + after + tail);
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}

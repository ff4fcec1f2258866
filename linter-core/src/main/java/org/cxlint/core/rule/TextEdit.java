package org.cxlint.core.rule;

import java.util.Objects;

/**
 * One change to a file's text: replace the characters from {@code start} (inclusive) to
 * {@code end} (exclusive) with {@code replacement}. Offsets are UTF-16 indexes into the decoded
 * text ({@link org.cxlint.core.model.SourceFile#text()}), the same as a finding's offsets; an
 * insertion has {@code start == end}.
 */
public record TextEdit(int start, int end, String replacement) {
  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range " + start + ".." + end);
    }
    Objects.requireNonNull(replacement, "replacement");
  }
}

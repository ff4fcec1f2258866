package org.cxlint.core.parse;

import java.util.Arrays;
import java.util.List;
import org.cxlint.core.model.Span;

/** Sorted, disjoint source spans hidden from prose (Hugo shortcodes), with a fast lookup. */
final class ShortcodeMask {
  private final int[] starts;
  private final int[] ends;

  ShortcodeMask(List<Span> spans) {
    starts = new int[spans.size()];
    ends = new int[spans.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = spans.get(i).start();
      ends[i] = spans.get(i).end();
    }
  }

  boolean isEmpty() {
    return starts.length == 0;
  }

  /** True when {@code offset} lies inside a hidden span. */
  boolean hides(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      return true;
    }
    int k = -i - 2;
    return k >= 0 && offset < ends[k];
  }
}

package org.cxlint.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * The logic of a Liquid or Nunjucks template as written in a page: its conditionals
 * ({@code if}/{@code unless}/{@code case} with their branches), its loops ({@code for},
 * {@code tablerow}) and the places where other content comes in ({@code include},
 * {@code render}, {@code {{ content }}} and other output on a line of its own). Rules that
 * reason about a whole page's DOM use it so they never report across branches that cannot both
 * render, or over content they cannot see. A page with no template logic has {@link #NONE}.
 */
public final class TemplateLogic {
  /** A conditional: its span and where each branch after the first starts. */
  public record Conditional(Span span, int[] branchStarts) {
    int branchOf(int offset) {
      int b = 0;
      for (int s : branchStarts) {
        if (offset >= s) {
          b++;
        }
      }
      return b;
    }
  }

  public static final TemplateLogic NONE = new TemplateLogic(List.of(), List.of(), new int[0]);

  private final List<Conditional> conditionals;
  private final List<Span> loops;
  private final int[] supplied;

  /**
   * @param conditionals every conditional block
   * @param loops every loop block
   * @param supplied offsets where content the page cannot see may come in: includes, block
   *     output, and the tags that open, split or close a conditional or loop
   */
  public TemplateLogic(List<Conditional> conditionals, List<Span> loops, int[] supplied) {
    this.conditionals = List.copyOf(conditionals);
    this.loops = List.copyOf(loops);
    this.supplied = supplied.clone();
    Arrays.sort(this.supplied);
  }

  public boolean isEmpty() {
    return conditionals.isEmpty() && loops.isEmpty() && supplied.length == 0;
  }

  /** True when the two offsets lie in different branches of one conditional: never both shown. */
  public boolean exclusive(int a, int b) {
    for (Conditional c : conditionals) {
      if (c.span().contains(a) && c.span().contains(b) && c.branchOf(a) != c.branchOf(b)) {
        return true;
      }
    }
    return false;
  }

  /** True when the offset lies inside a loop: what is there may be rendered many times. */
  public boolean inLoop(int offset) {
    for (Span l : loops) {
      if (l.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** True when the offset lies inside a conditional. */
  public boolean inConditional(int offset) {
    for (Conditional c : conditionals) {
      if (c.span().contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** True when content the page cannot see may come in between {@code from} and {@code to}. */
  public boolean suppliedBetween(int from, int to) {
    int i = Arrays.binarySearch(supplied, from);
    int k = i >= 0 ? i : -i - 1;
    return k < supplied.length && supplied[k] < to;
  }

  /** True when content the page cannot see may come in within the span. */
  public boolean suppliedWithin(Span span) {
    return suppliedBetween(span.start(), span.end());
  }
}

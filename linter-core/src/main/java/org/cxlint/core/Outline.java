package org.cxlint.core;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Span;

/**
 * The shape of a linted file, for front ends that show it (the HTML report marks the front
 * matter, an editor lists the headings) without parsing it again.
 *
 * @param frontMatter the front-matter block with its fences, or null when there is none
 * @param headings every heading, in order
 */
public record Outline(Span frontMatter, List<Heading> headings) {
  public static final Outline NONE = new Outline(null, List.of());

  public Outline {
    headings = List.copyOf(headings);
  }

  static Outline of(ContentDocument document) {
    return new Outline(document.frontMatter().span(), document.headings());
  }
}

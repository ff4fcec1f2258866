package org.cxlint.core.rule;

import java.util.Locale;

/** Rule categories, one package of the rule pack each. */
public enum Category {
  LINKS,
  DOCUMENTS,
  IMAGES,
  STRUCTURE,
  LANGUAGE,
  READABILITY,
  FRONTMATTER,
  CUSTOM,
  /** Reported by the engine itself: input it cannot read, suppression comments it cannot use. */
  ENGINE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

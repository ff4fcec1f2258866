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
  CUSTOM;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.cxlint.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of a page as a whole, and where it was found. Prose in an element with its own
 * {@code lang} can differ (see {@link Prose#language()}).
 *
 * @param tag the primary language subtag, lower case ("en", "es")
 * @param origin where the language came from
 */
public record DocumentLanguage(String tag, Origin origin) {
  /** The language of prose nothing declares and no detector claims: English. */
  public static final String DEFAULT_TAG = "en";

  public static final DocumentLanguage DEFAULT = new DocumentLanguage(DEFAULT_TAG, Origin.DEFAULT);

  /** Where a page's language came from, strongest first. */
  public enum Origin {
    /** The {@code lang} attribute of the {@code html} element. */
    HTML_LANG,
    /** Front matter {@code lang}, {@code language} or {@code languageCode}. */
    FRONT_MATTER,
    /** A Hugo translation file name, {@code page.es.md}. */
    FILE_NAME,
    /** A Hugo per-language content folder, {@code content/es/…}. */
    FOLDER,
    /** The {@code language} default in {@code .cxlint.yml}. */
    CONFIG,
    /** The language detector. */
    DETECTED,
    /** Nothing said anything: English. */
    DEFAULT
  }

  public DocumentLanguage {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(origin, "origin");
    tag = primary(tag);
  }

  /** Whether the page itself says its language (markup, front matter, file name or folder). */
  public boolean declared() {
    return origin == Origin.HTML_LANG || origin == Origin.FRONT_MATTER
        || origin == Origin.FILE_NAME || origin == Origin.FOLDER;
  }

  /** The primary subtag of a BCP 47 tag, lower case: "es-US" is "es", "EN" is "en". */
  public static String primary(String tag) {
    String t = tag.trim();
    int dash = t.indexOf('-');
    int underscore = t.indexOf('_');
    int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
    return (cut < 0 ? t : t.substring(0, cut)).toLowerCase(Locale.ROOT);
  }
}

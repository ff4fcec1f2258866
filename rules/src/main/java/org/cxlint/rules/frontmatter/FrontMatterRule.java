package org.cxlint.rules.frontmatter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.DocumentLanguage;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.FrontMatter;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * Hugo front matter of a toolkit page: required keys present and not empty (default title and
 * summary; only on pages with body text, since a profile page of front matter alone is data), a title no longer than a search result shows (default 64 characters), and no
 * expiry date in the past. Only Markdown pages that have a front-matter block are checked: a
 * Markdown file without one is not a Hugo page. Keys are matched case-insensitively, as Hugo
 * does ("expiryDate" and "expirydate").
 */
public final class FrontMatterRule implements Rule {
  /**
   * A page that says nothing of its language but reads as Spanish (the language cxlint has
   * rules for besides English), with no block that reads as English (a bilingual glossary
   * is left alone):
   * Hugo, screen readers and cxlint's own rules then treat it as English.
   */
  private static void checkLanguage(ContentDocument document, FrontMatter fm,
      RuleContext context) {
    DocumentLanguage lang = document.language();
    if (lang.origin() != DocumentLanguage.Origin.DETECTED || !lang.tag().equals("es")
        || document.prose().stream().anyMatch(p -> "en".equals(p.language()))) {
      return;
    }
    String name = java.util.Locale.forLanguageTag(lang.tag())
        .getDisplayLanguage(java.util.Locale.ENGLISH);
    Span at = fm.isPresent()
        ? new Span(fm.span().start(), Math.min(fm.span().end(), fm.span().start() + 3))
        : new Span(0, 0);
    context.report(at,
        "This page reads as " + (name.isEmpty() ? lang.tag() : name) + " but does not say so,"
            + " so it is built and checked as English.",
        "Add “lang: " + lang.tag() + "” to the front matter (or name the file page."
            + lang.tag() + ".md, or put it under content/" + lang.tag() + "/).");
  }

  /**
   * Hugo's dates with a space before the time, built once when a page first has an expiry date
   * to read: making a formatter loads and initialises some forty java.time classes, which every
   * other page (and every start-up) can do without.
   */
  private static final class HugoSpaced {
    static final DateTimeFormatter ZONED =
        DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss] [XX][XXX]", Locale.ROOT);
    static final DateTimeFormatter LOCAL =
        DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]", Locale.ROOT);
  }

  private static final RuleMeta META = RuleMeta.builder("front-matter")
      .category(Category.FRONTMATTER)
      .severity(Severity.WARNING)
      .summary("A toolkit page missing title or summary, a title over 64 characters, or an "
          + "expired page.")
      .rationale("The title and summary are what people see in search results, link previews "
          + "and listing pages, before they read a word of the page. A long title is cut off "
          + "in search results. On Jekyll and Eleventy sites the summary may be written as "
          + "description, lead or excerpt (the config's site: summaryFields sets the list); "
          + "partials and pages that are never rendered (published: false, permalink: false) "
          + "need neither. A page past its expiry date is hidden by Hugo or, worse, "
          + "still shown with stale content.")
      .guidance("https://digital.gov/resources/how-to-write-for-the-web/",
          "https://www.plainlanguage.gov/guidelines/organize/effective-headings/",
          "https://gohugo.io/content-management/front-matter/")
      .options(
          OptionSpec.stringList("required", List.of("title", "summary"),
              "Front-matter keys every page must have, not empty."),
          OptionSpec.integer("maxTitleLength", 64,
              "Longest title in characters; 0 turns the check off."),
          OptionSpec.bool("expiry", true,
              "Report a page whose expirydate (or Jekyll's expiration_date) is in the past."))
      .fixable(false)
      .examples("---\ntitle: Customer Experience Toolkit\n---\n",
          "---\ntitle: Customer Experience Toolkit\nsummary: Tools and guides to help agencies "
              + "improve how they deliver services.\n---\n")
      .formats(Format.MARKDOWN)
      .build();

  private final Clock clock;

  public FrontMatterRule() {
    this(Clock.systemUTC());
  }

  /** A rule that reads today's date from {@code clock}, so tests can fix it. */
  public FrontMatterRule(Clock clock) {
    this.clock = clock;
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    FrontMatter fm = document.frontMatter();
    checkLanguage(document, fm, context);
    if (!fm.isPresent()) {
      return;
    }
    Span blockStart = new Span(fm.span().start(), Math.min(fm.span().end(), fm.span().start() + 3));
    // A page with front matter and no body (an author or source profile) is data that Hugo
    // renders through a template, not a page a writer titles and summarizes.
    boolean hasBody = document.prose().stream().anyMatch(p -> p.kind() != Prose.Kind.FRONT_MATTER);
    // A partial or a page that is never rendered (published: false, permalink: false) has no
    // title or summary of its own to show.
    boolean page = hasBody && document.notAPage() == null;
    List<String> summaryFields = document.site().summaryFields();
    for (String key : page ? context.options().stringList("required") : List.<String>of()) {
      String actual = actualKey(fm, key);
      if (key.equals("summary") && actual == null) {
        // The site's summary field: Hugo's summary, or description, lead, excerpt on Jekyll …
        for (String f : summaryFields) {
          actual = actual == null ? actualKey(fm, f) : actual;
        }
        if (actual == null && summaryFields.size() > 1) {
          context.report(blockStart, "The page has no summary in its front matter (“"
              + String.join("”, “", summaryFields) + "”). Add " + what(key) + ".", null);
          continue;
        }
      }
      Object value = actual == null ? null : fm.values().get(actual);
      if (actual == null) {
        context.report(blockStart, key.equals("title") ? Severity.ERROR : null,
            "The page has no “" + key + "” in its front matter. Add " + what(key) + ".", null);
      } else if (value == null || value.toString().isBlank()) {
        context.report(span(fm, actual), key.equals("title") ? Severity.ERROR : null,
            "The front-matter “" + actual + "” is empty. Write " + what(key) + ".", null);
      }
    }
    int max = context.options().integer("maxTitleLength");
    String titleKey = actualKey(fm, "title");
    String title = titleKey == null ? null : fm.string(titleKey);
    if (document.notAPage() == null && max > 0 && title != null && title.strip().length() > max) {
      int length = title.strip().length();
      context.report(span(fm, titleKey),
          "The title is " + length + " characters long; search results cut titles after about "
              + max + ". Shorten it to " + max + " characters or fewer, keeping the words people "
              + "search for first.",
          null);
    }
    if (context.options().bool("expiry")) {
      // Hugo's expiryDate, and the expiration_date of Jekyll and Eleventy sites.
      String expiryKey = actualKey(fm, "expirydate");
      if (expiryKey == null) {
        expiryKey = actualKey(fm, "expiration_date");
      }
      if (expiryKey != null) {
        Instant expiry = instant(fm.values().get(expiryKey));
        if (expiry != null && expiry.isBefore(clock.instant())) {
          context.report(span(fm, expiryKey),
              "The page expired on " + expiry.atZone(ZoneOffset.UTC).toLocalDate()
                  + " (“" + expiryKey + "”). Update the content and the date, or remove the "
                  + "page.",
              null);
        }
      }
    }
  }

  private static String what(String key) {
    return switch (key) {
      case "title" -> "a short title that names the page’s topic";
      case "summary" -> "a one- or two-sentence summary of what the page offers";
      case "description" -> "a one-sentence description for search results";
      default -> "a value for it";
    };
  }

  /** The key as written in the page, matched case-insensitively, or null. */
  private static String actualKey(FrontMatter fm, String key) {
    for (String k : fm.values().keySet()) {
      if (k.equalsIgnoreCase(key)) {
        return k;
      }
    }
    return fm.values().containsKey(key) ? key : null;
  }

  /** The value's span, else the key's, else the block's first line. */
  private static Span span(FrontMatter fm, String key) {
    Map<String, Span> values = fm.valueSpans();
    Span s = values.get(key);
    if (s != null && !s.isEmpty()) {
      return s;
    }
    s = fm.keySpans().get(key);
    return s != null ? s : new Span(fm.span().start(), fm.span().start());
  }

  /** A YAML date as SnakeYAML builds it (Date) or as text in the forms Hugo accepts. */
  static Instant instant(Object value) {
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(s, HugoSpaced.ZONED).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s, HugoSpaced.LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

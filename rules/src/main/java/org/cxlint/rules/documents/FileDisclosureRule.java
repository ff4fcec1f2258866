package org.cxlint.rules.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.rule.Fix;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.cxlint.rules.documents.Disclosure.Place;
import org.cxlint.rules.documents.Disclosure.Size;
import org.cxlint.rules.documents.DocumentTypes.DocumentType;
import org.cxlint.rules.documents.DocumentTypes.Mention;

/**
 * A link to a PDF, Word, Excel, PowerPoint, CSV, ZIP or EPUB file must say what the file is and
 * how big it is, in or right after the link text: "(PDF, 420 KB, 11 pages)".
 *
 * <p>Reports, each with its own message: nothing disclosed; a type without a size; a size
 * without a type; a type that contradicts the file ("PDF" on a link to a .xlsx); and, as info,
 * a size unit in a nonstandard form ("420 kb"), with the corrected text as the suggestion.
 */
public final class FileDisclosureRule implements Rule {
  private static final DocumentTypes TYPES = DocumentTypes.load();

  private static final RuleMeta META = RuleMeta.builder("file-disclosure")
      .category(Category.DOCUMENTS)
      .severity(Severity.WARNING)
      .fixable(true)
      .summary("A link to a document (PDF, Word, Excel, PowerPoint, CSV, ZIP, EPUB …) must state"
          + " the file's type and size in or right after the link text.")
      .rationale("A link that opens a document instead of a web page surprises people: the file"
          + " may be large on a slow or metered connection, may need an app they do not have,"
          + " and may be harder to read with assistive technology. digital.gov asks every link"
          + " to a non-HTML file to say its type and size, and the number of pages, e.g."
          + " “(PDF, 420 KB, 11 pages)”. A page, slide or tab count alone is accepted in place"
          + " of the size, as in USWDS's “[PDF, 18 pages]”, unless the requireSize option is"
          + " on. Sizes are written as a number, a space and KB, MB or GB in capitals; other"
          + " forms (“420 kb”, “2MB”, “23 K”) are reported as info, and so are type words"
          + " not in their usual capitals (“pdf”, “Powerpoint”); --fix corrects both."
          + " Plain-text files (.txt)"
          + " are not checked: browsers show them as pages; nor are GitHub and GitLab “blob”"
          + " addresses, which show the file in a web page.")
      .guidance(
          "https://digital.gov/guides/accessibility-for-teams/content-design/",
          "https://designsystem.digital.gov/components/link/",
          "https://www.plainlanguage.gov/guidelines/web/write-effective-links/",
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html")
      .wcag("best practice (supports 2.4.4 Link Purpose (In Context), Level A)")
      .options(
          OptionSpec.bool("requireSize", false,
              "Require a file size even when the page, slide or tab count is given."),
          OptionSpec.stringList("extensions", allExtensions(),
              "The file extensions to check (a subset of the built-in document types)."),
          OptionSpec.bool("checkUnits", true,
              "Report sizes (“420 kb”, “2MB”) and type words (“pdf”) written in a nonstandard"
                  + " form as info."))
      .examples(
          "- [Annual Performance Report](https://www.dhs.gov/apr-2016.pdf)\n"
              + "- [Survey methods](https://example.gov/survey-methods.pdf) (PDF)\n"
              + "- [Sample plan (PDF, 82 kb)](https://example.gov/plan.xlsx)",
          "- [Annual Performance Report (PDF, 2.3 MB, 64 pages)](https://www.dhs.gov/apr-2016.pdf)\n"
              + "- [Survey methods](https://example.gov/survey-methods.pdf) (PDF, 1.1 MB, 9 pages)\n"
              + "- [Sample plan (Excel spreadsheet, 82 KB, 2 tabs)](https://example.gov/plan.xlsx)")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  private static List<String> allExtensions() {
    return TYPES.types().stream().flatMap(t -> t.extensions().stream()).toList();
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<Link> links = document.links();
    if (links.isEmpty()) {
      return;
    }
    Set<String> extensions = new HashSet<>();
    for (String e : context.options().stringList("extensions")) {
      extensions.add(e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""));
    }
    boolean requireSize = context.options().bool("requireSize");
    boolean checkUnits = context.options().bool("checkUnits");
    String source = document.source().text();
    for (Link link : links) {
      String ext = DocumentTypes.extension(link.destination());
      if (ext == null || !extensions.contains(ext)) {
        continue;
      }
      DocumentType file = TYPES.typeOf(link.destination());
      if (file == null || isSourceViewer(link.destination())) {
        continue;
      }
      Disclosure d = Disclosure.read(TYPES, link.text(), link.following());
      String example = "es".equals(document.languageAt(link.span().start()))
          ? spanishExample(file.example()) : file.example();
      String name = quoteName(link.text());
      Mention wrong = d.wrongType(file);
      boolean typed = d.namesFamilyOf(file);
      boolean measured = d.hasSize() || (!requireSize && d.hasLength());
      if (wrong != null) {
        context.report(locate(source, link, wrong.text(), placeOf(d, wrong)),
            "The link" + name + " says “" + wrong.text() + "”, but it goes to "
                + noun(file) + " (." + ext + ").",
            "Name the right type, e.g. “" + example + "”.");
      } else if (!typed && !d.hasSize() && !d.hasLength()) {
        context.report(link.span(),
            "The link" + name + " goes to " + noun(file)
                + " but does not say so or how big the file is.",
            "Add the type and size right after the link text, e.g. “" + example + "”.");
      } else if (!typed) {
        context.report(link.span(),
            "The link" + name + " gives the file's " + (d.hasSize() ? "size" : "length")
                + " but not its type (" + file.name() + ").",
            "Add the type, e.g. “" + example + "”.");
      } else if (!measured) {
        context.report(link.span(),
            "The link" + name + " says the file is " + noun(file) + " but not how big it is.",
            "Add the size, e.g. “" + example + "”.");
      }
      if (checkUnits) {
        for (Size s : d.sizes()) {
          if (!s.isStandard()) {
            Span at = locate(source, link, s.text(), s.place());
            context.report(at, Severity.INFO,
                "The file size “" + s.text() + "” is not written the standard way: a number,"
                    + " a space, then KB, MB or GB in capitals.",
                normalised(d, s), exact(source, at, s.text())
                    ? List.of(fix(link, at, s.normal())) : List.of());
          }
        }
        for (Mention m : d.mentions()) {
          String standard = standardSpelling(m.text());
          if (standard.equals(m.text())) {
            continue;
          }
          Span at = locate(source, link, m.text(), placeOf(d, m));
          if (!exact(source, at, m.text()) || !wordAt(source, at)) {
            continue; // not found as written in the source: nothing to point at or fix
          }
          context.report(at, Severity.INFO,
              "The file type “" + m.text() + "” is not written the standard way: “" + standard
                  + "”.",
              null, List.of(fix(link, at, standard)));
        }
      }
    }
  }

  /**
   * Type words and their usual capitals; words not listed (“word”, “spreadsheet”) stay. A word
   * is corrected when it is all lower case, or when it is a brand with an inner capital.
   */
  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("pdf", "PDF"), Map.entry("pdfs", "PDFs"), Map.entry("csv", "CSV"),
      Map.entry("tsv", "TSV"), Map.entry("zip", "ZIP"), Map.entry("epub", "EPUB"),
      Map.entry("docx", "DOCX"), Map.entry("xlsx", "XLSX"), Map.entry("xls", "XLS"),
      Map.entry("pptx", "PPTX"), Map.entry("ppt", "PPT"), Map.entry("odt", "ODT"),
      Map.entry("ods", "ODS"), Map.entry("odp", "ODP"), Map.entry("rtf", "RTF"),
      Map.entry("7z", "7Z"), Map.entry("excel", "Excel"), Map.entry("powerpoint", "PowerPoint"),
      Map.entry("adobe", "Adobe"), Map.entry("acrobat", "Acrobat"), Map.entry("ms", "MS"),
      Map.entry("microsoft", "Microsoft"), Map.entry("opendocument", "OpenDocument"));

  /** {@code words} with each listed type word in its usual capitals (“pdf file” → “PDF file”). */
  static String standardSpelling(String words) {
    StringBuilder sb = new StringBuilder(words.length());
    int i = 0;
    while (i < words.length()) {
      int j = i;
      while (j < words.length() && Character.isLetterOrDigit(words.charAt(j))) {
        j++;
      }
      if (j == i) {
        sb.append(words.charAt(i++));
        continue;
      }
      String w = words.substring(i, j);
      String lower = w.toLowerCase(Locale.ROOT);
      String usual = SPELLINGS.get(lower);
      // All lower case is a slip ("pdf"); a capital first ("Docx") is a style some sites use,
      // except in a brand spelled with an inner capital ("Powerpoint").
      boolean slip = usual != null && (w.equals(lower)
          || !usual.substring(1).equals(usual.substring(1).toUpperCase(Locale.ROOT))
              && !usual.substring(1).equals(usual.substring(1).toLowerCase(Locale.ROOT)));
      sb.append(slip ? usual : w);
      i = j;
    }
    return sb.toString();
  }

  /**
   * A safe fix, except inside a shortcode's parameters ({{< button text="… (PDF, 165 kb)" >}}),
   * which --fix never edits: there it is a suggestion.
   */
  private static Fix fix(Link link, Span at, String replacement) {
    boolean parameter = link.origin() == Heading.Origin.SHORTCODE
        && (link.followingSpan() == null || !link.followingSpan().contains(at.start()));
    return parameter ? Fix.suggestReplacing(at, replacement) : Fix.replacing(at, replacement);
  }

  /** The source holds {@code text} at {@code at}, exactly as written. */
  private static boolean exact(String source, Span at, String text) {
    return at.end() - at.start() == text.length() && at.end() <= source.length()
        && source.regionMatches(at.start(), text, 0, text.length());
  }

  /** {@code at} is a whole word: no letter or digit right before or after it. */
  private static boolean wordAt(String source, Span at) {
    return (at.start() == 0 || !Character.isLetterOrDigit(source.charAt(at.start() - 1)))
        && (at.end() >= source.length() || !Character.isLetterOrDigit(source.charAt(at.end())));
  }

  private static Place placeOf(Disclosure d, Mention m) {
    for (Disclosure.Group g : d.groups()) {
      if (g.text().contains(m.text())) {
        return g.place();
      }
    }
    return Place.LINK_TEXT;
  }

  /** The disclosure with the size corrected: the whole group when the size is in one. */
  private static String normalised(Disclosure d, Size s) {
    for (Disclosure.Group g : d.groups()) {
      if (g.place() == s.place() && g.text().contains(s.text())) {
        return g.text().replace(s.text(), s.normal());
      }
    }
    return s.normal();
  }

  /**
   * The source span of {@code text} found in the link text (or after the link), so a finding
   * points at the words themselves; the model's link text is plain text, so it is searched for
   * in the source rather than computed from an index. Falls back to the whole link.
   */
  private static Span locate(String source, Link link, String text, Place place) {
    Span area = place == Place.AFTER_LINK && link.followingSpan() != null
        ? link.followingSpan()
        : link.textSpan() != null ? link.textSpan() : link.span();
    int from = Math.max(0, Math.min(area.start(), source.length()));
    int to = Math.min(source.length(), area.end());
    int at = source.substring(from, Math.max(from, to)).indexOf(text);
    at = at >= 0 ? from + at : indexOfIgnoreCase(source, text, from, to);
    if (at < 0) {
      return link.span();
    }
    return new Span(at, at + text.length());
  }

  private static int indexOfIgnoreCase(String s, String needle, int from, int to) {
    for (int i = from; i + needle.length() <= to; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String quoteName(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.strip();
    if (t.length() > 60) {
      t = t.substring(0, 57).strip() + "…";
    }
    return " “" + t + "”";
  }

  /** The suggested disclosure in Spanish words: "(PDF, 420 KB, 11 páginas)". */
  static String spanishExample(String example) {
    return example.replace("Word document", "documento de Word")
        .replace("Excel spreadsheet", "hoja de cálculo de Excel")
        .replace("PowerPoint presentation", "presentación de PowerPoint")
        .replace(" pages)", " páginas)").replace(" slides)", " diapositivas)")
        .replace(" tabs)", " pestañas)");
  }

  /** "a PDF", "a Word document", "an Excel spreadsheet": the example's type, with its article. */
  private static String noun(DocumentType type) {
    String example = type.example();
    int comma = example.indexOf(',');
    String n = comma > 1 ? example.substring(1, comma) : type.name();
    return ("AEIOU".indexOf(Character.toUpperCase(n.charAt(0))) >= 0 ? "an " : "a ") + n;
  }

  /**
   * A GitHub or GitLab "blob" address shows the file in a web page, not as a download
   * (unless "?raw=true" asks for the file itself).
   */
  static boolean isSourceViewer(String destination) {
    String d = destination.toLowerCase(Locale.ROOT);
    return (d.contains("://github.com/") || d.contains("://gitlab.com/")) && d.contains("/blob/")
        && !d.contains("raw=true");
  }
}

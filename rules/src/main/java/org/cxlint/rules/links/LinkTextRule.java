package org.cxlint.rules.links;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading.Origin;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * Link text that does not say where the link goes ("click here", "read more", "this page"), or
 * a web address used as the text. Phrases come from {@code non-descriptive-link-text.txt} and
 * the {@code phrases} option; matching is on the whole text after {@link LinkWording}.
 */
public final class LinkTextRule implements Rule {
  static final Set<String> PHRASES = normalized(PhraseList.lines("non-descriptive-link-text.txt"));
  /** The Spanish list, for links in Spanish prose. */
  static final Set<String> PHRASES_ES =
      normalized(PhraseList.lines("non-descriptive-link-text-es.txt"));

  /** A web address: a scheme or "www." at the start, nothing but the address. */
  private static final Pattern URL_TEXT =
      Pattern.compile("(?i)(?:https?://|ftp://|www\\.)\\S+");

  private static final RuleMeta META = RuleMeta.builder("link-text")
      .category(Category.LINKS)
      .severity(Severity.WARNING)
      .summary("Link text must say where the link goes: not “click here”, “read more”, “this"
          + " page”, or a bare web address.")
      .rationale("Many people scan a page by its links, and screen reader users often list the"
          + " links alone. “Click here” or “learn more” tells them nothing out of context, and a"
          + " web address is read out character by character. Text that names the destination"
          + " (“see the list of grant programs”) helps every reader and search engines too."
          + " Matching ignores case, punctuation and extra spaces, so “Learn more.” counts."
          + " A link whose aria-label names the destination is not reported. A web address"
          + " typed in running text, which Markdown turns into a link by itself, is only"
          + " reported with the bareUrls option: it is usually there to be read.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-link-only.html",
          "https://www.w3.org/WAI/WCAG22/Techniques/failures/F84",
          "https://digital.gov/guides/accessibility-for-teams/content-design/",
          "https://www.plainlanguage.gov/guidelines/web/write-effective-links/",
          "https://www.w3.org/QA/Tips/noClickHere")
      .wcag("2.4.4 Link Purpose (In Context), Level A (also 2.4.9 Link Purpose (Link Only), Level AAA)")
      .options(
          OptionSpec.stringList("phrases", List.of(),
              "More link texts to report, in addition to the built-in list."),
          OptionSpec.stringList("allow", List.of(),
              "Link texts from the built-in list that this site accepts."),
          OptionSpec.bool("urls", true, "Report a web address used as link text."),
          OptionSpec.bool("bareUrls", false,
              "Also report web addresses typed in running text, which Markdown turns into links"
                  + " by itself (not only [https://…](https://…), <https://…> and HTML links)."))
      .examples(
          "To apply, [click here](https://www.grants.gov/apply).\n\n"
              + "[Learn more.](https://digital.gov/topics/accessibility/)\n\n"
              + "See <https://www.section508.gov/test/>.",
          "[Apply for a grant on Grants.gov](https://www.grants.gov/apply).\n\n"
              + "[Learn more about accessibility](https://digital.gov/topics/accessibility/)\n\n"
              + "See [how to test for Section 508](https://www.section508.gov/test/).")
      .languages("en", "es")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<Link> links = document.links();
    if (links.isEmpty()) {
      return;
    }
    Set<String> extra = normalized(context.options().stringList("phrases"));
    Set<String> allow = normalized(context.options().stringList("allow"));
    boolean urls = context.options().bool("urls");
    boolean bareUrls = context.options().bool("bareUrls");
    String source = document.source().text();
    for (Link link : links) {
      String text = link.text() == null ? "" : link.text().strip();
      if (text.isEmpty() || hasOwnName(link)) {
        continue; // no text at all is link-name's business
      }
      Span at = link.textSpan() != null && !link.textSpan().isEmpty() ? link.textSpan() : link.span();
      String norm = LinkWording.normalize(text);
      boolean spanish = "es".equals(document.languageAt(at.start()));
      Set<String> phrases = spanish ? PHRASES_ES : PHRASES;
      if ((phrases.contains(norm) || extra.contains(norm)) && !allow.contains(norm)) {
        context.report(at,
            "Link text “" + text + "” does not say where the link goes.",
            spanish ? suggestionEs(link) : suggestion(link));
      } else if (urls && URL_TEXT.matcher(text).matches()
          && (bareUrls || !isBareAutolink(link, source))) {
        context.report(at,
            "Link text “" + shorten(text) + "” is a web address; screen readers read it out"
                + " character by character and it does not say what the page is.",
            "Name the page instead, e.g. “the Section 508 testing guide”.");
      }
    }
  }

  /**
   * A web address in running text that Markdown (GFM) made a link by itself: the writer wrote
   * no link syntax, so the address is there to be read, often on purpose ("Slides:
   * https://…"). Angle-bracket autolinks ({@code <https://…>}) are written as links and count.
   */
  private static boolean isBareAutolink(Link link, String source) {
    if (link.origin() != Origin.AUTOLINK) {
      return false;
    }
    int start = link.span().start();
    return start >= source.length() || source.charAt(start) != '<';
  }

  /** An HTML link whose aria-label gives it a name of its own. */
  private static boolean hasOwnName(Link link) {
    if (link.element() == null) {
      return false;
    }
    String label = link.element().attr("aria-label").strip();
    String norm = LinkWording.normalize(label);
    return !label.isEmpty() && !PHRASES.contains(norm) && !PHRASES_ES.contains(norm);
  }

  private static String suggestion(Link link) {
    if (link.title() != null && !link.title().isBlank()
        && !PHRASES.contains(LinkWording.normalize(link.title()))) {
      return "Use words that name the destination, e.g. “" + link.title().strip() + "”.";
    }
    return "Use words that name the destination, e.g. “see the list of grant programs”.";
  }

  private static String suggestionEs(Link link) {
    if (link.title() != null && !link.title().isBlank()
        && !PHRASES_ES.contains(LinkWording.normalize(link.title()))) {
      return "Use words that name the destination, e.g. “" + link.title().strip() + "”.";
    }
    return "Use words that name the destination, e.g. “vea la lista de programas de"
        + " subvenciones”.";
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }

  static Set<String> normalized(List<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String p : phrases) {
      String n = LinkWording.normalize(p);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return Set.copyOf(out);
  }
}

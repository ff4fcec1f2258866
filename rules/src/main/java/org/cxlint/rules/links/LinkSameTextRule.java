package org.cxlint.rules.links;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * One link text that leads to different places on one page. Reported at the second and later
 * links whose destination differs from the first one with that text, naming the first's line.
 *
 * <p>Texts are compared after {@link LinkWording}; destinations after {@link #sameDestination}
 * so that "http://x.gov/a/" and "https://www.x.gov/a" count as one place. Vague texts
 * ("click here") are left to link-text, which already reports each of them.
 */
public final class LinkSameTextRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("link-same-text")
      .category(Category.LINKS)
      .severity(Severity.WARNING)
      .summary("One link text must not lead to different places on the same page.")
      .rationale("People who list a page's links (a common screen reader shortcut) or who scan"
          + " for them hear or see two identical links and expect them to go to the same place."
          + " When they do not, one of them needs words that tell it apart. WCAG 2.4.4 can be met"
          + " by the surrounding sentence, so this is a best practice (it is what 2.4.9, Level"
          + " AAA, and the W3C ACT rule “Links with identical accessible names have equivalent"
          + " purpose” ask); it is a warning because it is nearly always a real ambiguity in"
          + " content. Destinations that differ only in http/https, “www.”, a trailing slash,"
          + " “index.html” or tracking parameters count as the same place; different"
          + " fragments (#section) count as different places. Links that go nowhere by themselves"
          + " (“#”, empty, javascript:, mailto: share links) are not compared.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-link-only.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/b20e66/",
          "https://www.plainlanguage.gov/guidelines/web/write-effective-links/")
      .wcag("best practice (2.4.9 Link Purpose (Link Only), Level AAA; supports 2.4.4, Level A)")
      .examples(
          "- [Apply](https://www.sba.gov/loans/apply) for a loan\n"
              + "- [Apply](https://www.usajobs.gov/apply) for a job",
          "- [Apply for a loan](https://www.sba.gov/loans/apply)\n"
              + "- [Apply for a job](https://www.usajobs.gov/apply)")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  private record First(Link link, String destination) {}

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<Link> links = document.links();
    if (links.size() < 2) {
      return;
    }
    Map<String, First> firsts = new HashMap<>();
    for (Link link : links) {
      String text = LinkWording.normalize(link.text());
      if (text.isEmpty() || LinkTextRule.PHRASES.contains(text) || !navigates(link.destination())) {
        continue;
      }
      String dest = destinationKey(link.destination());
      First first = firsts.putIfAbsent(text, new First(link, dest));
      if (first == null || first.destination().equals(dest)) {
        continue;
      }
      int line = document.source().position(first.link().span().start()).line();
      Span at = link.textSpan() != null && !link.textSpan().isEmpty() ? link.textSpan() : link.span();
      context.report(at,
          "Link text “" + link.text().strip() + "” is also used on line " + line + " for "
              + shorten(first.link().destination()) + ", but here it goes to "
              + shorten(link.destination()) + ".",
          "Give each link words that tell its destination apart, or link both to the same page.");
    }
  }

  /**
   * False for links that go nowhere by themselves: "#" and empty (menu toggles), script,
   * share links ("mailto:?subject=…"); those are other rules' business.
   */
  static boolean navigates(String destination) {
    if (destination == null) {
      return false;
    }
    String d = destination.strip().toLowerCase(Locale.ROOT);
    return !(d.isEmpty() || d.equals("#") || d.startsWith("javascript:")
        || d.startsWith("mailto:?"));
  }

  /** True when two destinations lead to the same place (see the rule's rationale). */
  static boolean sameDestination(String a, String b) {
    return destinationKey(a).equals(destinationKey(b));
  }

  static String destinationKey(String destination) {
    String d = destination.strip();
    String fragment = "";
    int hash = d.indexOf('#');
    if (hash >= 0) {
      fragment = d.length() > hash + 1 ? d.substring(hash) : "";
      d = d.substring(0, hash);
    }
    String query = "";
    int q = d.indexOf('?');
    if (q >= 0) {
      query = withoutTracking(d.substring(q + 1));
      d = d.substring(0, q);
    }
    String lower = d.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
      int start = lower.indexOf("//") + 2;
      int slash = d.indexOf('/', start);
      String host = (slash < 0 ? lower.substring(start) : lower.substring(start, slash));
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      d = "//" + host + (slash < 0 ? "" : d.substring(slash));
    }
    if (d.endsWith("/index.html") || d.endsWith("/index.htm")) {
      d = d.substring(0, d.lastIndexOf('/') + 1);
    }
    while (d.length() > 1 && d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d + (query.isEmpty() ? "" : "?" + query) + fragment;
  }

  private static String withoutTracking(String query) {
    StringBuilder sb = new StringBuilder();
    for (String p : query.split("&")) {
      if (p.isEmpty() || p.toLowerCase(Locale.ROOT).startsWith("utm_")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  private static String shorten(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return "an empty address";
    }
    return t.length() > 70 ? t.substring(0, 67) + "…" : t;
  }
}

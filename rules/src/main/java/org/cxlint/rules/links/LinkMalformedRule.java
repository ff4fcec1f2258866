package org.cxlint.rules.links;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Heading.Origin;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * A link destination that cannot be right: Markdown nested in the address
 * ({@code [Glossary]([url](https://…))}), an empty address or a bare "#", spaces or curly quotes
 * in it, a mistyped scheme ({@code http//}, {@code https:/x}, {@code htps://}), a site address
 * without its scheme ({@code www.x.gov}, which browsers read as a path on the current site),
 * a local file path, a mailto without an address, and {@code javascript:} links.
 *
 * <p>Autolinks, Hugo shortcodes and addresses written with a shortcode inside are not checked:
 * their addresses are generated.
 */
public final class LinkMalformedRule implements Rule {
  private static final Pattern NESTED = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)");
  private static final Pattern URL_INSIDE = Pattern.compile("(?i)(?:https?://|www\\.)[^)\\s\\]>\"]+");

  /** A typo in the scheme, and what the typo is called in the message. */
  private record SchemeTypo(Pattern pattern, String what) {}

  private static final List<SchemeTypo> TYPOS = List.of(
      new SchemeTypo(Pattern.compile("(?i)^(https?)//(?=[^/])"), "is missing the colon after"),
      new SchemeTypo(Pattern.compile("(?i)^(https?)[;.,]//"), "has a wrong character after"),
      new SchemeTypo(Pattern.compile("(?i)^(https?):/(?=[^/])"), "has one slash after"),
      new SchemeTypo(Pattern.compile("(?i)^(https?):///+"), "has too many slashes after"),
      new SchemeTypo(Pattern.compile("(?i)^(https?):\\\\\\\\"), "has backslashes after"),
      // "http://http://x" repeats the scheme; "https://https.cio.gov" is a real host.
      new SchemeTypo(Pattern.compile("(?i)^(https?)://(?:www\\.)?https?(?::/*|//)"),
          "repeats"),
      new SchemeTypo(Pattern.compile("(?i)^(?!https?:)(h+t+p+s?|t+p+s?|h+t+s|ttps?):/*"),
          "has a misspelled scheme"));
  private static final Pattern EMPTY_HOST = Pattern.compile("(?i)^https?://(?:[/?#].*)?$");
  private static final Pattern WWW = Pattern.compile("(?i)^www\\d?\\.[a-z0-9-]+\\.[a-z]");
  private static final Pattern BARE_DOMAIN = Pattern.compile(
      "(?i)^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:gov|mil|com|org|edu|net|us|io|info|int)(?:[/?#].*)?$");
  private static final Pattern LOCAL_FILE =
      Pattern.compile("(?i)^(?:file:|[a-z]:[\\\\/]|\\\\\\\\)");

  private static final RuleMeta META = RuleMeta.builder("link-malformed")
      .category(Category.LINKS)
      .severity(Severity.ERROR)
      .summary("A link address must be one that can work: no Markdown inside it, not empty,"
          + " no spaces, a correctly typed http:// or https://.")
      .rationale("A link whose address is broken fails every reader, silently: the page looks"
          + " fine but the link goes nowhere, to an error page, or to a wrong address on the"
          + " current site. Typical causes are a link pasted inside another"
          + " ([Glossary]([url](https://…))), a scheme typed as “http//” or “https:/”, a"
          + " site address without “https://” (browsers read “www.x.gov” as a page of the"
          + " current site), spaces and curly quotes from a word processor, a path on the"
          + " writer's own computer, and placeholders left in (“#”, empty). Links that run"
          + " script (javascript:) are reported as warnings: they are not links, and should be"
          + " buttons or real addresses; so is an empty href in HTML, which only reloads the"
          + " page. A mailto: with only a subject (a share link) is fine, and spaces in a query"
          + " string are left alone, since browsers encode them. Autolinks, Hugo shortcodes, and"
          + " addresses made by a shortcode ([DAP]({{< link \"/dap/\" >}})) are not checked.")
      .guidance(
          "https://spec.commonmark.org/0.31.2/#links",
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html",
          "https://www.plainlanguage.gov/guidelines/web/write-effective-links/")
      .wcag("best practice")
      .examples(
          "- [DHS CX Glossary]([url](https://www.dhs.gov/cx/glossary))\n"
              + "- [Performance.gov](https//www.performance.gov)\n"
              + "- [Section 508](www.section508.gov)",
          "- [DHS CX Glossary](https://www.dhs.gov/cx/glossary)\n"
              + "- [Performance.gov](https://www.performance.gov)\n"
              + "- [Section 508](https://www.section508.gov)")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Link link : document.links()) {
      if (link.origin() == Origin.AUTOLINK || link.origin() == Origin.SHORTCODE) {
        continue;
      }
      String dest = link.destination() == null ? "" : link.destination();
      if (dest.contains("{{") || dest.contains("{%")) {
        continue; // a Hugo shortcode or template ({{< link "/dap/" >}}) makes the address at build time
      }
      Span at = link.destinationSpan() != null && !link.destinationSpan().isEmpty()
          ? link.destinationSpan() : link.span();
      String name = name(link);
      String problem = problem(link, dest);
      if (problem == null) {
        continue;
      }
      if (problem.startsWith("!")) {
        context.report(at, Severity.WARNING, problem.substring(1), fix(dest));
      } else {
        context.report(at, "The link" + name + problem, fix(dest));
      }
    }
  }

  /** What is wrong with the address (the end of a sentence that starts "The link …"), or null. */
  private static String problem(Link link, String dest) {
    String d = dest.strip();
    Matcher nested = NESTED.matcher(d);
    if (nested.find() || d.startsWith("[")) {
      return " has Markdown inside its address (“" + shorten(d) + "”), so it does not work.";
    }
    if (d.isEmpty()) {
      if (link.origin() == Origin.HTML) {
        return link.element() != null && link.element().hasAttr("href")
            ? "!The link" + name(link) + " has an empty href, so it only reloads the page." : null;
      }
      return link.destinationSpan() != null || link.origin() == Origin.MARKDOWN
          ? " has no address." : null;
    }
    if (d.equals("#") && link.origin() == Origin.MARKDOWN) {
      return " points to “#”, a placeholder, not to a page.";
    }
    String lower = d.toLowerCase(Locale.ROOT);
    if (lower.startsWith("javascript:")) {
      return "!The link" + name(link) + " runs a script instead of going to a page;"
          + " use a button for actions, or link to a real address.";
    }
    if (lower.startsWith("mailto:")) {
      // "mailto:?subject=…" is a share link (the reader picks the recipient): fine.
      int q = d.indexOf('?');
      String to = q < 0 ? d.substring(7) : d.substring(7, q);
      return (to.isEmpty() && q < 0) || (!to.isEmpty() && to.indexOf('@') < 0)
          ? " is a mailto: link without an email address." : null;
    }
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '“' || c == '”' || c == '‘' || c == '’' || c == '"') {
        return " has quotation marks in its address (“" + shorten(d) + "”).";
      }
    }
    if (lower.startsWith("tel:")) {
      return null; // dialers drop spaces and dashes in phone numbers ("tel: 1-800-…")
    }
    if (containsWhitespace(beforeQuery(d))) {
      return " has a space in its address (“" + shorten(d) + "”).";
    }
    for (SchemeTypo t : TYPOS) {
      Matcher m = t.pattern().matcher(d);
      if (m.find()) {
        return "'s address “" + shorten(d) + "” " + t.what() + " “" + m.group(1) + "”.";
      }
    }
    if (EMPTY_HOST.matcher(d).matches()) {
      return "'s address “" + shorten(d) + "” has no site name.";
    }
    if (WWW.matcher(d).find() || BARE_DOMAIN.matcher(d).matches()) {
      return "'s address “" + shorten(d) + "” has no “https://”, so browsers read it as a"
          + " page of the current site.";
    }
    if (LOCAL_FILE.matcher(d).find()) {
      return " points to a file on a computer (“" + shorten(d) + "”), not on the web.";
    }
    return null;
  }

  /** The corrected address when one can be guessed, as the suggestion. */
  private static String fix(String dest) {
    String d = dest.strip();
    if (d.isEmpty() || d.equals("#")) {
      return "Add the address of the page the link is for.";
    }
    String lower = d.toLowerCase(Locale.ROOT);
    if (lower.startsWith("javascript:")) {
      return null;
    }
    Matcher nested = NESTED.matcher(d);
    if (nested.find() || d.startsWith("[")) {
      Matcher url = URL_INSIDE.matcher(d);
      return url.find() ? "Use the address alone: " + withScheme(url.group()) : null;
    }
    if (containsWhitespace(beforeQuery(d))) {
      return "Remove the spaces or write them as %20: " + d.replaceAll("\\s+", "%20");
    }
    for (SchemeTypo t : TYPOS) {
      Matcher m = t.pattern().matcher(d);
      if (m.find()) {
        String scheme = m.group(1).toLowerCase(Locale.ROOT).endsWith("s") ? "https://" : "http://";
        return "Write it as " + scheme + d.substring(m.end());
      }
    }
    if (WWW.matcher(d).find() || BARE_DOMAIN.matcher(d).matches()) {
      return "Write it as https://" + d;
    }
    return null;
  }

  /**
   * The address up to its query or fragment. Browsers encode spaces in a query themselves
   * (share links carry whole sentences there), so only spaces before it are reported.
   */
  private static String beforeQuery(String d) {
    int end = d.length();
    for (int i = 0; i < d.length(); i++) {
      if (d.charAt(i) == '?' || d.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    return d.substring(0, end);
  }

  private static String withScheme(String url) {
    return url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
  }

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0') {
        return true;
      }
    }
    return false;
  }

  private static String name(Link link) {
    String t = link.text() == null ? "" : link.text().strip();
    if (t.isEmpty()) {
      return "";
    }
    return " “" + (t.length() > 60 ? t.substring(0, 57).strip() + "…" : t) + "”";
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "…" : s;
  }
}

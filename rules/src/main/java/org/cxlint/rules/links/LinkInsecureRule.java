package org.cxlint.rules.links;

import org.cxlint.core.rule.Fix;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/**
 * A link with an {@code http://} address where {@code https://} is expected. Local and
 * documentation hosts (localhost, 127.0.0.1, private networks, *.test, *.local, *.localhost,
 * example.com/.org/.net, *.example) are skipped, as are the hosts in the {@code allowHosts} option.
 */
public final class LinkInsecureRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("link-insecure")
      .category(Category.LINKS)
      .severity(Severity.INFO)
      .summary("Link to https:// addresses, not http://.")
      .rationale("Federal websites must use HTTPS (OMB M-15-13), and most other sites now do."
          + " An http:// link sends the reader over an unencrypted connection first, where the"
          + " page can be read or altered on the way, and browsers may warn about it. Most"
          + " http:// links in older content work as https:// unchanged. The rule is info by"
          + " default because some old sites still lack HTTPS: check the https:// address"
          + " before changing it, and list sites that lack it in allowHosts. Local and"
          + " documentation hosts (localhost, 127.0.0.1, private network addresses, .test,"
          + " .local, .localhost, example.com, .example) are not reported.")
      .guidance(
          "https://https.cio.gov/",
          "https://digital.gov/resources/checklist-of-requirements-for-federal-digital-services/")
      .wcag("best practice")
      .fixable(true)
      .options(OptionSpec.stringList("allowHosts", List.of(),
          "Hosts (e.g. old.example.gov) whose http:// links are accepted; “*.” covers subdomains."),
          OptionSpec.stringList("httpsHosts", List.of(),
              "Hosts known to serve the same pages over HTTPS (e.g. www.usability.gov); “*.”"
                  + " covers subdomains. cxlint check --fix changes their http:// links to"
                  + " https://; for other hosts the change is only a suggestion."))
      .examples(
          "[Task analysis](http://www.usability.gov/how-to-and-tools/methods/task-analysis.html)",
          "[Task analysis](https://www.usability.gov/how-to-and-tools/methods/task-analysis.html)")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    List<String> allowList = context.options().stringList("allowHosts");
    Set<String> allow = new HashSet<>();
    for (String h : allowList) {
      allow.add(h.strip().toLowerCase(Locale.ROOT));
    }
    Set<String> https = new HashSet<>();
    for (String h : context.options().stringList("httpsHosts")) {
      https.add(h.strip().toLowerCase(Locale.ROOT));
    }
    String source = document.source().text();
    for (Link link : document.links()) {
      String dest = link.destination() == null ? "" : link.destination().strip();
      if (!dest.regionMatches(true, 0, "http://", 0, 7)) {
        continue;
      }
      String host = host(dest);
      if (host.isEmpty() || isLocalOrExample(host) || allowed(host, allow)) {
        continue;
      }
      Span at = link.destinationSpan() != null && !link.destinationSpan().isEmpty()
          ? link.destinationSpan() : link.span();
      context.report(at, null,
          "The link to " + host + " uses http://, which is not encrypted.",
          "Use https://" + dest.substring(7) + " (check that it works first).",
          schemeFix(source, at, allowed(host, https)
              && link.origin() != Heading.Origin.SHORTCODE)); // --fix never edits shortcodes
    }
  }

  /**
   * The edit that turns the scheme into https://, touching nothing else of the address; safe
   * when the host is listed in httpsHosts. None when the address is not written at {@code at}
   * as a plain http:// (an entity, a reference-style link).
   */
  private static List<Fix> schemeFix(String source, Span at, boolean safe) {
    if (at.end() > source.length() || at.end() - at.start() < 7) {
      return List.of();
    }
    int start = at.start();
    while (start < at.end() && (source.charAt(start) == '<' || source.charAt(start) == ' ')) {
      start++; // <http://…> autolinks
    }
    if (!source.regionMatches(true, start, "http://", 0, 7)) {
      return List.of();
    }
    Span scheme = new Span(start, start + 7);
    return List.of(safe ? Fix.replacing(scheme, "https://") : Fix.suggestReplacing(scheme, "https://"));
  }

  static String host(String url) {
    int start = 7;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end).toLowerCase(Locale.ROOT);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      return close > 0 ? authority.substring(0, close + 1) : authority;
    }
    int colon = authority.indexOf(':');
    return colon >= 0 ? authority.substring(0, colon) : authority;
  }

  static boolean isLocalOrExample(String host) {
    if (host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.")
        || host.startsWith("10.") || host.startsWith("192.168.") || host.equals("0.0.0.0")) {
      return true;
    }
    if (host.startsWith("172.")) {
      String[] p = host.split("\\.");
      if (p.length == 4 && p[1].matches("\\d+")) {
        int second = Integer.parseInt(p[1]);
        if (second >= 16 && second <= 31) {
          return true;
        }
      }
    }
    for (String suffix : List.of(".localhost", ".test", ".local", ".example", ".invalid")) {
      if (host.endsWith(suffix)) {
        return true;
      }
    }
    for (String example : List.of("example.com", "example.org", "example.net")) {
      if (host.equals(example) || host.endsWith("." + example)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allowed(String host, Set<String> allow) {
    if (allow.contains(host)) {
      return true;
    }
    for (String a : allow) {
      if (a.startsWith("*.") && (host.endsWith(a.substring(1)) || host.equals(a.substring(2)))) {
        return true;
      }
    }
    return false;
  }
}

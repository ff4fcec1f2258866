package org.cxlint.rules.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.config.Glob;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.HtmlFragment;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.RuleOptions;
import org.cxlint.core.rule.Severity;
import org.cxlint.core.rule.SiteRule;
import org.jsoup.nodes.Element;

/**
 * The links every federal website must carry (digital.gov, "Required Web Content and Links"):
 * About, Accessibility, Budget and Performance, FOIA, No FEAR Act data, Office of the Inspector
 * General, Privacy policy, USA.gov, Vulnerability disclosure policy; plus an agency's own.
 *
 * <p>Scope {@code page} (default) checks every HTML page, {@code glob} the pages the
 * {@code pages} option names, {@code site} only asks that each link appear on at least one page
 * of the run: that is reported once, after the run, at the page nearest the site's root.
 */
public final class RequiredLinksRule implements SiteRule {
  private static final List<RequiredLink> BUILT_IN = loadTable();

  private static final RuleMeta META = RuleMeta.builder("required-links")
      .category(Category.LINKS)
      .severity(Severity.WARNING)
      .summary("A federal web page (or site) must link to About, Accessibility, Budget and"
          + " Performance, FOIA, No FEAR Act data, the Inspector General, Privacy policy,"
          + " USA.gov and the Vulnerability disclosure policy.")
      .rationale("Laws and OMB policy require every federal agency website to carry these links"
          + " so people can always find how the agency works, how to request records, how to"
          + " report fraud or a security flaw, and how their privacy and access needs are met;"
          + " digital.gov lists them as required web content, and the USWDS identifier puts them"
          + " in every page's footer. A link counts when its text or its address matches: the"
          + " digital.gov wording (“FOIA”), the USWDS identifier wording (“FOIA requests”), the"
          + " Spanish labels (“Solicitud a través de FOIA”), or an address such as /foia."
          + " By default every HTML page is checked (scope: page); scope: glob checks only the"
          + " pages listed in `pages`; scope: site accepts a link found on any page of the run."
          + " Markdown pages are skipped unless `markdown` is on, because their footer comes"
          + " from the site's templates. Site-scope findings ignore inline suppression comments.")
      .guidance(
          "https://digital.gov/resources/required-web-content-and-links/",
          "https://designsystem.digital.gov/components/identifier/")
      .wcag("best practice (federal requirement: OMB M-23-22, Pub. L. 107-174, Pub. L. 110-161,"
          + " OMB Circular A-11, DHS BOD 20-01)")
      .options(
          OptionSpec.oneOf("scope", "page", List.of("page", "glob", "site"),
              "page: every HTML page must carry the links; glob: the pages in `pages`;"
                  + " site: each link must appear on at least one page of the run."),
          OptionSpec.stringList("pages", List.of("index.html", "index.htm"),
              "With scope glob, the pages (globs, as in ignore) that must carry the links."),
          OptionSpec.stringList("links", BUILT_IN.stream().map(RequiredLink::id).toList(),
              "Which built-in links to require, by id."),
          OptionSpec.stringList("extraLinks", List.of(),
              "An agency's own required links, as “Name=text|seg:address|host:site”,"
                  + " e.g. “Open Government=open government|seg:open”."),
          OptionSpec.bool("markdown", false, "Also check Markdown pages."))
      .formats(Format.HTML, Format.MARKDOWN)
      .examples(
          "<footer><a href=\"/about\">About us</a> <a href=\"/privacy\">Privacy policy</a></footer>",
          "<footer>\n  <a href=\"/about\">About us</a> <a href=\"/accessibility\">Accessibility"
              + " statement</a>\n  <a href=\"/performance\">Budget and Performance</a>"
              + " <a href=\"/foia\">FOIA</a>\n  <a href=\"/no-fear-act\">No FEAR Act data</a>"
              + " <a href=\"https://oig.x.gov\">Office of the Inspector General</a>\n"
              + "  <a href=\"/privacy\">Privacy policy</a>"
              + " <a href=\"/vulnerability-disclosure-policy\">Vulnerability disclosure policy</a>\n"
              + "  <a href=\"https://www.usa.gov/\">USA.gov</a>\n</footer>")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  private static List<RequiredLink> loadTable() {
    List<RequiredLink> out = new ArrayList<>();
    boolean header = true;
    for (String line : PhraseList.lines("required-links.tsv")) {
      if (header) {
        header = false; // id name text address
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 4) {
        throw new IllegalStateException("required-links.tsv: a row needs 4 columns: " + line);
      }
      out.add(RequiredLink.of(c[0], c[1], c[2], c[3]));
    }
    return List.copyOf(out);
  }

  /** The links the options require, built-in first in table order, then the agency's own. */
  static List<RequiredLink> required(RuleOptions options) {
    List<String> ids = options.stringList("links");
    Map<String, RequiredLink> byId = new LinkedHashMap<>();
    for (RequiredLink r : BUILT_IN) {
      byId.put(r.id(), r);
    }
    List<RequiredLink> out = new ArrayList<>();
    for (RequiredLink r : BUILT_IN) {
      if (ids.contains(r.id())) {
        out.add(r);
      }
    }
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("required-links: unknown link id “" + id
            + "” in the links option; known ids: " + String.join(", ", byId.keySet()));
      }
    }
    for (String spec : options.stringList("extraLinks")) {
      out.add(RequiredLink.parseExtra(spec));
    }
    return out;
  }

  private static boolean applies(ContentDocument document, RuleOptions options) {
    // A partial (an include, a layout) or a page never rendered is no page of its own.
    if (document.notAPage() != null) {
      return false;
    }
    if (document.format() == Format.HTML && document.site().generator().liquid()
        && document.frontMatter().isPresent() && !noLayout(document)
        && HtmlElements.page(document) == null) {
      // A Jekyll or Eleventy page in HTML is wrapped in its layout, which carries the footer:
      // like a Markdown page, it is checked only with the markdown option.
      return options.bool("markdown");
    }
    return document.format() == Format.HTML
        || (document.format() == Format.MARKDOWN && options.bool("markdown"));
  }

  /** {@code layout: null} or {@code none}: the page is rendered without a layout. */
  private static boolean noLayout(ContentDocument document) {
    var values = document.frontMatter().values();
    Object layout = values.get("layout");
    return values.containsKey("layout") && (layout == null || "none".equals(layout)
        || Boolean.FALSE.equals(layout));
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    RuleOptions options = context.options();
    String scope = options.string("scope");
    if (!applies(document, options) || scope.equals("site")) {
      return;
    }
    if (scope.equals("glob") && !inPages(document.source().displayPath(), options)) {
      return;
    }
    List<RequiredLink> missing = missing(document.links(), required(options));
    if (missing.isEmpty()) {
      return;
    }
    context.report(footerOf(document),
        "This page lacks " + (missing.size() == 1 ? "a link" : "links")
            + " that every federal website must carry: " + names(missing) + ".",
        "Add " + (missing.size() == 1 ? "it" : "them") + ", usually in the page footer: "
            + quotedNames(missing.stream().map(RequiredLink::name).toList()) + ".");
  }

  private static boolean inPages(String path, RuleOptions options) {
    for (String g : options.stringList("pages")) {
      if (Glob.of(g).matches(path)) {
        return true;
      }
    }
    return false;
  }

  static List<RequiredLink> missing(List<Link> links, List<RequiredLink> required) {
    List<RequiredLink.Facts> facts = new ArrayList<>(links.size());
    for (Link l : links) {
      facts.add(RequiredLink.Facts.of(l));
    }
    List<RequiredLink> out = new ArrayList<>();
    for (RequiredLink r : required) {
      boolean found = false;
      for (RequiredLink.Facts l : facts) {
        if (r.matches(l)) {
          found = true;
          break;
        }
      }
      if (!found) {
        out.add(r);
      }
    }
    return out;
  }

  /** The page's footer start tag, else its body start tag, else its start. */
  private static Span footerOf(ContentDocument document) {
    for (HtmlFragment f : document.htmlFragments()) {
      for (String tag : List.of("footer", "body")) {
        Element e = f.dom().selectFirst(tag);
        if (e != null) {
          Span s = f.startTagSpan(e);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return new Span(0, 0);
  }

  private static String names(List<RequiredLink> links) {
    return joined(links.stream().map(RequiredLink::name).toList());
  }

  private static String joined(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }

  private static String quotedNames(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String name : names) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('“').append(name).append('”');
    }
    return sb.toString();
  }

  /** Only scope: site needs the run as a whole; page and glob scope judge each file alone. */
  @Override
  public boolean observes(RuleOptions options) {
    return options.string("scope").equals("site");
  }

  /**
   * A file's facts for scope: site: one line per required link, in the order the options give
   * them, as "found" or "missing", a tab, the link's id, a tab, its name.
   */
  @Override
  public String facts(ContentDocument document, RuleOptions options) {
    if (!options.string("scope").equals("site") || !applies(document, options)) {
      return null;
    }
    List<RequiredLink> wanted = required(options);
    List<RequiredLink> missing = missing(document.links(), wanted);
    StringBuilder sb = new StringBuilder();
    for (RequiredLink r : wanted) {
      sb.append(missing.contains(r) ? "missing" : "found").append('\t').append(r.id())
          .append('\t').append(r.name().replace('\t', ' ').replace('\n', ' ')).append('\n');
    }
    return sb.toString();
  }

  /**
   * Reports once, at the page nearest the site's root (fewest '/', then by path), the required
   * links no page of the run has.
   */
  @Override
  public void finish(List<Observed> files, SiteReport report) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> order = new LinkedHashMap<>();
    Set<String> found = new java.util.HashSet<>();
    String home = null;
    for (Observed file : files) {
      int i = 0;
      for (String line : file.facts().split("\n")) {
        String[] f = line.split("\t", 3);
        if (f.length < 3) {
          continue;
        }
        names.putIfAbsent(f[1], f[2]);
        order.merge(f[1], i++, Math::min);
        if (f[0].equals("found")) {
          found.add(f[1]);
        }
      }
      if (home == null || nearer(file.path(), home)) {
        home = file.path();
      }
    }
    List<String> missing = new ArrayList<>();
    for (String id : names.keySet()) {
      if (!found.contains(id)) {
        missing.add(id);
      }
    }
    if (home == null || missing.isEmpty()) {
      return;
    }
    missing.sort(Comparator.comparingInt((String id) -> order.get(id)).thenComparing(id -> id));
    List<String> missingNames = missing.stream().map(names::get).toList();
    int n = files.size();
    report.report(home,
        "No page of this site (" + n + (n == 1 ? " page" : " pages") + " checked) links to "
            + joined(missingNames) + ", which every federal website must carry.",
        "Add " + (missing.size() == 1 ? "it" : "them") + " to the site's footer: "
            + quotedNames(missingNames) + ".");
  }

  private static boolean nearer(String a, String b) {
    long da = a.chars().filter(c -> c == '/').count();
    long db = b.chars().filter(c -> c == '/').count();
    return da != db ? da < db : a.compareTo(b) < 0;
  }
}

package org.cxlint.rules.links;

import java.util.Set;
import org.cxlint.core.html.AccessibilityTree;
import org.cxlint.core.html.AccessibleName;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code link-name}: a link with no accessible name: empty text, only an image without alt,
 * an empty {@code aria-label}, an {@code aria-labelledby} that points at nothing. HTML links
 * ({@code <a href>}, {@code <area href>}, {@code role="link"}) are judged on the DOM with the
 * browser's name computation; Markdown links on their text and title.
 */
public final class LinkNameRule implements Rule {
  /** The link role and the DPUB-ARIA roles that are kinds of link. */
  private static final Set<String> LINK_ROLES =
      Set.of("link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref");

  private static final RuleMeta META = RuleMeta.builder("link-name")
      .category(Category.LINKS)
      .severity(Severity.ERROR)
      .summary("Links need a name a screen reader can say.")
      .rationale("A link with no text (an icon, an image without alt, an empty <a>) is read"
          + " as its address or as just “link”, so people cannot tell where it goes. Give it"
          + " text, alt text on its image, or an aria-label.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/proposed/")
      .wcag("2.4.4 Link Purpose (In Context), Level A; 4.1.2 Name, Role, Value, Level A")
      .examples("[![](images/pdf-icon.png)](files/report.pdf)\n<a href=\"/search\"><svg …></svg></a>",
          "[![Annual report](images/pdf-icon.png) (PDF, 2 MB)](files/report.pdf)\n"
              + "<a href=\"/search\" aria-label=\"Search\"><svg aria-hidden=\"true\" …></svg></a>")
      .formats(Format.MARKDOWN, Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (Link link : document.links()) {
      if (link.origin() != Heading.Origin.MARKDOWN) {
        continue;
      }
      if ((link.text() == null || link.text().isBlank())
          && (link.title() == null || link.title().isBlank())
          && !holdsShortcode(document, link) && !holdsNamedImage(document, link)) {
        context.report(link.span(),
            "This link to “" + link.destination() + "” has no text, so screen readers can only"
                + " read its address.",
            "Put words that name the destination between the brackets; for a linked image,"
                + " give the image alt text: [![Annual report](icon.png)](report.pdf).");
      }
    }
    for (Element e : HtmlElements.all(document)) {
      if (!LINK_ROLES.contains(String.valueOf(AccessibilityTree.role(e)))
          || AccessibilityTree.isHidden(e)) {
        continue;
      }
      if (!AccessibleName.of(e).isEmpty()) {
        continue;
      }
      Span at = document.startTagSpanOf(e);
      if (at == null) {
        continue;
      }
      String href = e.attr("href");
      boolean onlyImages = !e.select("img, svg").isEmpty();
      context.report(at,
          "This link" + (href.isEmpty() ? "" : " to “" + href + "”") + " has no name"
              + (onlyImages ? ": it holds only an image with no alt text" : "")
              + ", so screen readers can only read its address or “link”.",
          onlyImages
              ? "Give the image alt text that names the destination, or add aria-label=\"…\" to the link."
              : e.normalName().equals("area")
                  ? "Add alt=\"…\" naming where the area links to."
                  : "Put text in the link that names the destination, or add aria-label=\"…\".");
    }
  }

  /**
   * True when the link's text is a Hugo shortcode ({@code [{{< img … alt="…" >}}](…)}): the
   * shortcode renders content the model does not see, so the link may well have a name.
   */
  private static boolean holdsShortcode(ContentDocument document, Link link) {
    Span t = link.textSpan() != null ? link.textSpan() : link.span();
    String source = document.source().text();
    if (t == null || t.end() > source.length()) {
      return false;
    }
    String text = source.substring(t.start(), t.end());
    return text.contains("{{<") || text.contains("{{%");
  }

  /**
   * True when raw HTML inside the link text names it: an {@code <img alt="…">} written as HTML
   * inside a Markdown link ({@code [<img alt="Home page" src="…">](…)}) is its text.
   */
  private static boolean holdsNamedImage(ContentDocument document, Link link) {
    Span t = link.textSpan() != null ? link.textSpan() : link.span();
    if (t == null) {
      return false;
    }
    for (org.cxlint.core.model.Image image : document.images()) {
      if (image.span() != null && t.contains(image.span())) {
        if (image.element() != null ? !AccessibleName.of(image.element()).isEmpty()
            : image.alt() != null && !image.alt().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }
}

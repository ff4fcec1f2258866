package org.cxlint.rules.images;

import java.util.Set;
import org.cxlint.core.html.AccessibilityTree;
import org.cxlint.core.html.AccessibleName;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Heading;
import org.cxlint.core.model.Image;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code image-alt}: an image with no text alternative, or with alt text that is a file name,
 * a placeholder, "image of …", or too long. In HTML, {@code alt=""} marks a decorative image
 * and is correct, and so does {@code alt=""} on a Hugo image shortcode. Markdown's
 * {@code ![](x)} cannot say "decorative" (it is the same as a forgotten alt), so the message
 * says how: write the image as {@code <img src="x" alt="">} or as a shortcode with
 * {@code alt=""}.
 */
public final class ImageAltRule implements Rule {
  /** Roles that make any element an image that needs a name (ARIA and Graphics ARIA). */
  private static final Set<String> IMAGE_ROLES = Set.of("img", "graphics-document", "graphics-symbol");

  private static final RuleMeta META = RuleMeta.builder("image-alt")
      .category(Category.IMAGES)
      .severity(Severity.ERROR)
      .summary("Images need a text alternative that says what they show.")
      .rationale("People who cannot see an image hear its alt text instead. An image without"
          + " alt leaves them guessing (screen readers often read the file name), and alt text"
          + " like “image” or “photo.jpg” is no better. Decorative images take an empty"
          + " alt=\"\" so they are skipped. Covers <img>, <input type=\"image\">, <area>,"
          + " role=\"img\" and SVG with an image role, and Markdown images.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html",
          "https://www.w3.org/WAI/tutorials/images/decision-tree/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/proposed/",
          "https://digital.gov/resources/introduction-accessibility/")
      .wcag("1.1.1 Non-text Content, Level A")
      .options(OptionSpec.integer("maxLength", 150,
          "Alt text longer than this many characters is reported."))
      .examples(
          "![](images/benefits-map.png)\n<img src=\"seal.png\" alt=\"image of the agency seal\">",
          "![Map of the 10 regional benefit offices](images/benefits-map.png)\n"
              + "<img src=\"seal.png\" alt=\"Seal of the U.S. Department of Labor\">\n"
              + "<img src=\"divider.png\" alt=\"\">  <!-- decorative: skipped by screen readers -->")
      .formats(Format.MARKDOWN, Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    int maxLength = context.options().integer("maxLength");
    for (Image image : document.images()) {
      if (image.origin() == Heading.Origin.MARKDOWN || image.origin() == Heading.Origin.SHORTCODE) {
        checkMarkdownImage(image, maxLength, context);
      }
    }
    for (Element e : HtmlElements.all(document)) {
      checkElement(document, e, maxLength, context);
    }
  }

  private static void checkMarkdownImage(Image image, int maxLength, RuleContext context) {
    String src = image.src() == null ? "" : image.src();
    if (image.origin() == Heading.Origin.SHORTCODE) {
      // A shortcode can say alt="" on purpose, so only a missing alt is a finding.
      if (image.alt() == null) {
        context.report(image.span(), "This image shortcode for “" + src + "” has no alt.",
            "Add alt=\"…\" saying what the image shows, or alt=\"\" if it is only decoration.");
        return;
      }
    } else if (image.alt() == null || image.alt().isBlank()) {
      context.report(image.span(),
          "Image “" + src + "” has no alt text. In Markdown an empty ![](…) cannot mark an image"
              + " as decorative: screen readers fall back to the file name.",
          "Write what the image shows between the brackets: ![Chart of wait times by month]("
              + src + "). If it is only decoration, write <img src=\"" + src + "\" alt=\"\">"
              + " or use your site's image shortcode with alt=\"\".");
      return;
    }
    if (image.alt().isBlank()) {
      return;
    }
    AltTextQuality.Verdict v = AltTextQuality.judge(image.alt(), maxLength);
    if (v != null) {
      Span at = image.altSpan() != null ? image.altSpan() : image.span();
      context.report(at, Severity.WARNING, v.message(), v.suggestion());
    }
  }

  private static void checkElement(ContentDocument document, Element e, int maxLength,
      RuleContext context) {
    String tag = e.normalName();
    String role = AccessibilityTree.role(e);
    boolean target;
    String what;
    if (tag.equals("img")) {
      target = !AccessibilityTree.isPresentationalRole(role);
      what = "Image";
    } else if (tag.equals("input") && AccessibilityTree.inputType(e).equals("image")) {
      target = true;
      what = "Image button";
    } else if (tag.equals("area")) {
      target = e.hasAttr("href") && !AccessibilityTree.isPresentationalRole(role);
      what = "Image map area";
    } else {
      String explicit = AccessibilityTree.explicitRole(e);
      target = explicit != null && explicit.equals(role) && IMAGE_ROLES.contains(role);
      what = tag.equals("svg") || e.ownerDocument() != null && inSvg(e)
          ? "SVG graphic with role=\"" + role + "\"" : "Element with role=\"" + role + "\"";
    }
    if (!target || AccessibilityTree.isHidden(e)) {
      return;
    }
    Span at = document.startTagSpanOf(e);
    if (at == null) {
      return;
    }
    String name = AccessibleName.of(e);
    String src = e.attr("src").isEmpty() ? "" : " “" + e.attr("src") + "”";
    if (name.isEmpty()) {
      if (tag.equals("img")) {
        context.report(at, what + src + " has no alt text; screen readers will read its file"
                + " name or nothing at all.",
            "Add alt=\"…\" that says what the image shows, or alt=\"\" if it is only decoration.");
      } else if (tag.equals("input")) {
        context.report(at, what + src + " has no alt text, so nobody hears what it does.",
            "Add alt=\"…\" naming the action, e.g. alt=\"Search\".");
      } else if (tag.equals("area")) {
        context.report(at, what + " has no alt text, so its link has no name.",
            "Add alt=\"…\" naming where the area links to.");
      } else {
        context.report(at, what + " has no accessible name.",
            "Add aria-label=\"…\" (or aria-labelledby, or an SVG <title>) that says what it shows.");
      }
      return;
    }
    if (e.hasAttr("alt") && !e.attr("alt").isBlank() && !e.hasAttr("aria-label")
        && !e.hasAttr("aria-labelledby")) {
      AltTextQuality.Verdict v = AltTextQuality.judge(e.attr("alt"), maxLength);
      if (v != null) {
        context.report(at, Severity.WARNING, v.message(), v.suggestion());
      }
    }
  }

  private static boolean inSvg(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("svg")) {
        return true;
      }
    }
    return false;
  }
}

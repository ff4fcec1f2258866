package org.cxlint.rules.structure;

import java.util.Locale;
import org.cxlint.core.html.HtmlElements;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.jsoup.nodes.Element;

/**
 * {@code meta-viewport}: a viewport {@code <meta>} that stops people from zooming:
 * {@code user-scalable=no} (or any value browsers read as "no") or a {@code maximum-scale}
 * under 2. Values are read as browsers read them (CSS Device Adaptation): "yes" is 1, "no" 0,
 * "device-width" 10, an unknown word 0; a negative maximum-scale is ignored.
 */
public final class MetaViewportRule implements Rule {
  private static final RuleMeta META = RuleMeta.builder("meta-viewport")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("The viewport must let people zoom to at least 200%.")
      .rationale("People with low vision zoom in on phones to read. user-scalable=no or a"
          + " maximum-scale under 2 turns that off, and text cannot be enlarged to 200%.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/b4f0c3/proposed/")
      .wcag("1.4.4 Resize Text, Level AA")
      .options(OptionSpec.number("minimumMaximumScale", 2.0,
          "A maximum-scale below this is reported (2 = the 200% that 1.4.4 asks for)."))
      .examples(
          "<meta name=\"viewport\" content=\"width=device-width, maximum-scale=1, user-scalable=no\">",
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
      .formats(Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    double minimum = context.options().number("minimumMaximumScale");
    for (Element meta : HtmlElements.byTag(document, "meta")) {
      if (!"viewport".equalsIgnoreCase(meta.attr("name").strip()) || !meta.hasAttr("content")) {
        continue;
      }
      String userScalable = null;
      String maximumScale = null;
      for (String pair : meta.attr("content").split("[,;]")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = pair.substring(eq + 1).strip();
        if (key.equals("user-scalable")) {
          userScalable = value;
        } else if (key.equals("maximum-scale")) {
          maximumScale = value;
        }
      }
      if (userScalable != null) {
        double v = number(userScalable);
        if (v > -1 && v < 1) {
          context.report(PageRules.at(document, meta),
              "The viewport sets user-scalable=" + userScalable + ", which stops people from"
                  + " zooming in to read.",
              "Remove user-scalable from the viewport's content.");
          continue;
        }
      }
      if (maximumScale != null) {
        double v = number(maximumScale);
        if (v >= 0 && v < minimum) {
          context.report(PageRules.at(document, meta),
              "The viewport sets maximum-scale=" + maximumScale + ", so people cannot zoom to "
                  + Math.round(minimum * 100) + "%.",
              "Remove maximum-scale, or set it to " + (minimum <= 5 ? "5" : String.valueOf(minimum))
                  + " or more.");
        }
      }
    }
  }

  /** A viewport value as browsers read it: yes 1, no 0, device-width/height 10, unknown 0. */
  private static double number(String value) {
    String v = value.toLowerCase(Locale.ROOT).replaceAll("^['\"]|['\"]$", "");
    switch (v) {
      case "yes":
        return 1;
      case "no":
        return 0;
      case "device-width":
      case "device-height":
        return 10;
      default:
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("^[+-]?(?:\\d+\\.?\\d*|\\.\\d+)").matcher(v);
        return m.find() ? Double.parseDouble(m.group()) : 0;
    }
  }
}

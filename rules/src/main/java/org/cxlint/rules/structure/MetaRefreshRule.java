package org.cxlint.rules.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@code meta-refresh}: a {@code <meta http-equiv="refresh">} that reloads or redirects the
 * page after a delay. Only the first one whose content browsers can parse takes effect, so only
 * it is judged. A delay of 0 (an instant redirect) is allowed; at level A a delay over 20 hours
 * is too (the 20-hour exception of 2.2.1); at level AAA (3.2.5, 2.2.4) any delay is reported.
 */
public final class MetaRefreshRule implements Rule {
  /** The HTML spec's "shared declarative refresh steps": digits, optional fraction, then a separator. */
  private static final Pattern REFRESH =
      Pattern.compile("^[\\t\\n\\f\\r ]*(\\d+)(?:\\.[\\d.]*)?(?:$|[;,\\t\\n\\f\\r ])");
  private static final long TWENTY_HOURS = 20L * 60 * 60;

  private static final RuleMeta META = RuleMeta.builder("meta-refresh")
      .category(Category.STRUCTURE)
      .severity(Severity.ERROR)
      .summary("Pages must not refresh or redirect on a timer.")
      .rationale("A timed refresh or redirect moves people on before they have finished"
          + " reading, and a screen reader starts again at the top. Redirect on the server (or"
          + " with a 0-second refresh) and let people update content themselves.")
      .guidance(
          "https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable.html",
          "https://www.w3.org/WAI/WCAG22/Understanding/change-on-request.html",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/bc659a/proposed/",
          "https://www.w3.org/WAI/standards-guidelines/act/rules/bisz58/proposed/")
      .wcag("2.2.1 Timing Adjustable, Level A (with level AAA: 2.2.4 Interruptions, 3.2.5 Change on"
          + " Request)")
      .options(OptionSpec.oneOf("level", "A", List.of("A", "AAA"),
          "A allows delays over 20 hours (the exception in 2.2.1); AAA reports any delay."))
      .examples("<meta http-equiv=\"refresh\" content=\"30; url=https://www.example.gov/new\">",
          "<meta http-equiv=\"refresh\" content=\"0; url=https://www.example.gov/new\">")
      .formats(Format.HTML)
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    boolean aaa = "AAA".equalsIgnoreCase(context.options().string("level"));
    for (Element meta : HtmlElements.byTag(document, "meta")) {
      if (!"refresh".equalsIgnoreCase(meta.attr("http-equiv").strip()) || !meta.hasAttr("content")) {
        continue;
      }
      Matcher m = REFRESH.matcher(meta.attr("content"));
      if (!m.find()) {
        continue; // browsers ignore it; the next one may take effect
      }
      String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
      long delay = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
      boolean redirect = meta.attr("content").substring(m.end()).strip().length() > 0;
      if (delay > 0 && (aaa || delay <= TWENTY_HOURS)) {
        context.report(PageRules.at(document, meta),
            "This page " + (redirect ? "redirects" : "reloads") + " itself after " + delay
                + " second" + (delay == 1 ? "" : "s") + ", which can cut people off mid-sentence.",
            redirect
                ? "Redirect on the server (HTTP 301), or use content=\"0; url=…\" and a link on the"
                    + " page."
                : "Remove the timed refresh and let people reload when they choose.");
      }
      return; // only the first valid refresh takes effect
    }
  }
}

package org.cxlint.rules.language;

import java.util.List;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Fix;

import org.cxlint.core.analysis.ProseWords;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * "Shall" and "shall not": ambiguous in requirements (obligation, permission or future), and
 * the Federal Plain Language Guidelines ask for "must" instead.
 */
public final class ShallRule implements Rule {
  private static final String HOW = " Use “must” for an obligation, “must not” for a "
      + "prohibition, “may” for something allowed, or “should” for a recommendation.";

  private static final RuleMeta META = RuleMeta.builder("shall")
      .category(Category.LANGUAGE)
      .severity(Severity.WARNING)
      .fixable(true)
      .summary("“Shall” in a requirement: use “must”, “must not”, “may” or “should”.")
      .rationale("“Shall” can mean an obligation, a permission or simply the future, and "
          + "courts and readers disagree about which. “Must” states an obligation without "
          + "doubt; the Federal Plain Language Guidelines recommend it, with “must not” for a "
          + "prohibition, “may” for discretion and “should” for a recommendation.")
      .guidance("https://www.plainlanguage.gov/guidelines/conversational/use-must-to-indicate-requirements/",
          "https://www.plainlanguage.gov/guidelines/conversational/shall-and-must/")
      .examples("Applicants shall submit the form by May 1. Late forms shall not be accepted.",
          "You must submit the form by May 1. We will not accept late forms.")
      .languages("en")
      .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (ProseWords words : ProseWords.of(document)) {
      for (int i = 0; i < words.size(); i++) {
        if (!words.is(i, "shall") && !words.is(i, "shan't") && !words.is(i, "shan’t")) {
          continue;
        }
        String w = words.lower(i);
        if (mentioned(words, i) || proposal(words, i) || quoted(words, i)) {
          continue;
        }
        boolean not = w.equals("shan't")
            || (i + 1 < words.size() && words.gapBefore(i + 1) == ' '
                && words.lower(i + 1).equals("not"));
        int end = w.equals("shan't") || !not ? words.end(i) : words.end(i + 1);
        Prose p = words.prose();
        String written = p.text().substring(words.start(i), end);
        boolean capital = Character.isUpperCase(written.charAt(0));
        String must = capitalized(not ? "must not" : "must", capital);
        String will = capitalized(not ? "will not" : "will", capital);
        Span at = p.sourceSpan(words.start(i), end);
        // Which one is meant needs a person: both are suggestions, never applied by --fix.
        context.report(at, null,
            "“" + written + "” is ambiguous: it can mean an obligation, a permission or the "
                + "future." + HOW,
            null, List.of(Fix.suggestReplacing(at, must), Fix.suggestReplacing(at, will)));
      }
    }
  }

  private static String capitalized(String s, boolean capital) {
    return capital ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
  }

  /** The word quoted on its own (“shall”) is being talked about, not used. */
  private static boolean mentioned(ProseWords words, int i) {
    String t = words.prose().text();
    int a = words.start(i) - 1;
    int b = words.end(i);
    return a >= 0 && b < t.length() && "\"“‘'".indexOf(t.charAt(a)) >= 0
        && "\"”’'".indexOf(t.charAt(b)) >= 0;
  }

  /**
   * Inside a quotation (“…the agency shall comply…”, "it is the policy … shall …"): the words
   * are someone else's, an order or a statute quoted as written, not the page's own
   * requirement. The quotation opens before the word and closes after it in the same block.
   */
  private static boolean quoted(ProseWords words, int i) {
    String t = words.prose().text();
    int at = words.start(i);
    int curlyOpen = 0;
    int straight = 0;
    for (int k = 0; k < at; k++) {
      char c = t.charAt(k);
      if (c == '“') {
        curlyOpen++;
      } else if (c == '”' && curlyOpen > 0) {
        curlyOpen--;
      } else if (c == '"') {
        straight++;
      }
    }
    String after = t.substring(words.end(i));
    return (curlyOpen > 0 && after.indexOf('”') >= 0)
        || (straight % 2 == 1 && after.indexOf('"') >= 0);
  }

  /** "Shall we meet?" offers, it does not require. */
  private static boolean proposal(ProseWords words, int i) {
    if (!words.startsSentence(i) || i + 1 >= words.size()) {
      return false;
    }
    String next = words.lower(i + 1);
    return next.equals("we") || next.equals("i");
  }
}

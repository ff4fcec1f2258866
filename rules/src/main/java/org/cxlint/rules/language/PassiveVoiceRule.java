package org.cxlint.rules.language;

import java.util.HashSet;
import java.util.Set;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * Passive voice: a form of "be" (or "get"), optional adverbs, then a past participle ("was
 * reviewed", "are often required", "got approved"), with "by" when an agent follows.
 * Participles are -ed words and the irregular participles of {@code irregular-verbs.tsv};
 * participles that there describe a state ("is located", "be interested") are listed in
 * {@code passive-exceptions.tsv} and not reported.
 *
 * <p>Default severity info: the passive is sometimes the right choice (the actor is unknown or
 * beside the point), so this is advice for the writer, not a build failure.
 */
public final class PassiveVoiceRule implements Rule {
  private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been",
      "being", "isn't", "aren't", "wasn't", "weren't", "i'm", "you're", "we're", "they're");
  private static final Set<String> GET = Set.of("get", "gets", "got", "gotten", "getting");
  private static final Set<String> ADVERBS = Set.of("not", "also", "often", "always", "never",
      "already", "still", "just", "then", "now", "usually", "generally", "typically", "rarely",
      "sometimes", "even", "further", "soon", "first", "once", "all", "both", "each", "only",
      "later", "again", "ever", "seldom");
  /** Words ending in -ly that are adjectives, not adverbs. */
  private static final Set<String> LY_ADJECTIVES = Set.of("likely", "unlikely", "early",
      "friendly", "only", "family", "daily", "weekly", "monthly", "yearly", "costly", "timely",
      "lonely", "lovely", "ugly", "holy", "silly", "elderly", "orderly", "user-friendly", "apply",
      "reply", "supply", "rely", "fly", "ally", "july", "italy");

  private static final RuleMeta META = RuleMeta.builder("passive-voice")
      .category(Category.LANGUAGE)
      .severity(Severity.INFO)
      .summary("A passive construction (“was reviewed by”): say who acts.")
      .rationale("In the passive voice the actor comes late or not at all (“The form must be "
          + "signed”: by whom?). Active sentences are shorter and say who does what, which "
          + "matters most in instructions and requirements. The passive is fine when the actor "
          + "is unknown or unimportant, so this is advice, not an error.")
      .guidance("https://www.plainlanguage.gov/guidelines/conversational/use-active-voice/",
          "https://digital.gov/resources/plain-language-web-writing-tips/")
      .fixable(false)
      .examples("The application must be signed by the applicant and is reviewed by our staff.",
          "You must sign the application. Our staff reviews it.")
      .build();

  private final VerbForms verbs = new VerbForms();
  private final Set<String> states = new HashSet<>();
  private final Set<String> notParticiples = new HashSet<>();
  private final Set<String> getIdioms = new HashSet<>();

  public PassiveVoiceRule() {
    for (String[] row : ListResource.rows("passive-exceptions.tsv")) {
      switch (row[1].trim()) {
        case "state" -> states.add(row[0]);
        case "word" -> notParticiples.add(row[0]);
        case "get" -> getIdioms.add(row[0]);
        default -> throw new IllegalStateException("passive-exceptions.tsv: kind " + row[1]);
      }
    }
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    for (ProseWords words : ProseWords.of(document)) {
      checkUnit(words, context);
    }
  }

  private void checkUnit(ProseWords words, RuleContext context) {
    int n = words.size();
    for (int i = 0; i < n - 1; i++) {
      String aux = words.lower(i);
      boolean get = GET.contains(aux);
      if (!get && !BE.contains(aux)) {
        continue;
      }
      // "There are limited seats": an existential "be" with an adjective after it.
      if (i > 0 && (words.lower(i - 1).equals("there") || words.lower(i - 1).equals("here"))) {
        continue;
      }
      int j = i + 1;
      int adverbs = 0;
      while (j < n && words.gapBefore(j) == ' ' && adverbs < 3 && adverb(words.lower(j))) {
        j++;
        adverbs++;
      }
      if (j >= n || words.gapBefore(j) != ' ') {
        continue;
      }
      // "is being reviewed": keep the whole verb group in the span.
      if (!get && words.lower(j).equals("being") && j + 1 < n && words.gapBefore(j + 1) == ' ') {
        j++;
      }
      String w = words.lower(j);
      if (!participle(w)) {
        continue;
      }
      boolean by = j + 1 < n && words.gapBefore(j + 1) == ' ' && words.lower(j + 1).equals("by");
      if (!by && (states.contains(w) || (get && getIdioms.contains(w)))) {
        continue;
      }
      int end = by ? words.end(j + 1) : words.end(j);
      report(words, words.start(i), end, context);
      i = j;
    }
  }

  private boolean adverb(String w) {
    return ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4 && !LY_ADJECTIVES.contains(w));
  }

  private boolean participle(String w) {
    if (verbs.isIrregularParticiple(w)) {
      return !w.equals("been") && !w.equals("be");
    }
    return w.length() > 4 && w.endsWith("ed") && !notParticiples.contains(w)
        && w.indexOf('\'') < 0;
  }

  private static void report(ProseWords words, int start, int end, RuleContext context) {
    Prose p = words.prose();
    String written = p.text().substring(start, end);
    context.report(p.sourceSpan(start, end),
        "“" + written + "” is passive voice. Where it matters who acts, name the actor first: "
            + "“the team reviewed the form”, not “the form was reviewed”.",
        null);
  }
}

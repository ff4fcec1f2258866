package org.cxlint.rules.language;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxlint.core.analysis.Sentence;
import org.cxlint.core.analysis.TextAnalysis;
import org.cxlint.core.analysis.Token;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
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
      .options(OptionSpec.bool("partOfSpeech", false,
          "Ask the part-of-speech tagger about a participle followed by a noun (“are detailed "
              + "instructions”) and skip it when tagged as an adjective. Off by default: on the "
              + "digital.gov corpus it changed 15 of 9,016 findings for about a second of CPU."))
      .fixable(false)
      .examples("The application must be signed by the applicant and is reviewed by our staff.",
          "You must sign the application. Our staff reviews it.")
      .languages("en")
      .build();

  /** Words that can follow a verbal participle ("is hosted on", "was sent to"). */
  private static final Set<String> LINK_WORDS = Set.of("to", "in", "on", "at", "for", "with",
      "from", "as", "into", "through", "under", "over", "and", "or", "but", "if", "when",
      "because", "so", "than", "that", "which", "who", "after", "before", "during", "until",
      "about", "via", "within", "without", "across", "per", "since", "while", "where", "here",
      "there", "online", "now", "then", "again", "also", "only", "too", "yet", "more", "up", "out",
      "off", "down", "back", "together", "separately", "upon", "onto", "against", "among",
      "around", "between", "toward", "towards", "throughout", "beyond", "once", "each", "every",
      "first", "last", "soon", "later", "today", "yesterday", "tomorrow", "annually", "is", "are",
      "was", "were", "the", "a", "an", "this", "these", "those", "their", "its", "our", "your",
      "his", "her", "it", "them", "us", "him", "me", "you", "we", "they", "she", "he", "not",
      "either", "both", "all", "any", "no", "somewhere", "elsewhere", "everywhere", "anywhere",
      "well", "even", "still", "already", "neither", "nor");

  private final WordTable<Boolean> linkWords = table(LINK_WORDS);
  private final Set<String> states = new HashSet<>();
  private final Set<String> getIdioms = new HashSet<>();
  /** be-forms map to FALSE, get-forms to TRUE. */
  private final WordTable<Boolean> auxiliaries;
  private final WordTable<Boolean> adverbs = table(ADVERBS);
  private final WordTable<Boolean> lyAdjectives = table(LY_ADJECTIVES);
  private final WordTable<Boolean> notParticiples;
  private final WordTable<Boolean> irregularParticiples;

  public PassiveVoiceRule() {
    Set<String> words = new HashSet<>();
    for (String[] row : ListResource.rows("passive-exceptions.tsv")) {
      switch (row[1].trim()) {
        case "state" -> states.add(row[0]);
        case "word" -> words.add(row[0]);
        case "get" -> getIdioms.add(row[0]);
        default -> throw new IllegalStateException("passive-exceptions.tsv: kind " + row[1]);
      }
    }
    notParticiples = table(words);
    Set<String> irregular = new HashSet<>(new VerbForms().irregularParticiples());
    irregular.remove("been");
    irregularParticiples = table(irregular);
    Map<String, Boolean> aux = new HashMap<>();
    BE.forEach(b -> aux.put(b, Boolean.FALSE));
    GET.forEach(g -> aux.put(g, Boolean.TRUE));
    auxiliaries = new WordTable<>(aux);
  }

  private static WordTable<Boolean> table(Set<String> words) {
    Map<String, Boolean> m = new HashMap<>();
    words.forEach(w -> m.put(w, Boolean.TRUE));
    return new WordTable<>(m);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    boolean tags = context.options().bool("partOfSpeech");
    for (ProseWords words : ProseWords.of(document)) {
      checkUnit(document, words, tags, context);
    }
  }

  private void checkUnit(ContentDocument document, ProseWords words, boolean tags,
      RuleContext context) {
    int n = words.size();
    for (int i = 0; i < n - 1; i++) {
      Boolean get = words.lookup(auxiliaries, i);
      if (get == null) {
        continue;
      }
      // "There are limited seats": an existential "be" with an adjective after it.
      if (i > 0 && (words.is(i - 1, "there") || words.is(i - 1, "here"))) {
        continue;
      }
      int j = i + 1;
      int adverbs = 0;
      while (j < n && words.gapBefore(j) == ' ' && adverbs < 3 && adverb(words, j)) {
        j++;
        adverbs++;
      }
      if (j >= n || words.gapBefore(j) != ' ') {
        continue;
      }
      // "is being reviewed": keep the whole verb group in the span.
      if (!get && words.is(j, "being") && j + 1 < n && words.gapBefore(j + 1) == ' ') {
        j++;
      }
      if (!participle(words, j)) {
        continue;
      }
      String w = words.lower(j);
      boolean by = j + 1 < n && words.gapBefore(j + 1) == ' ' && words.is(j + 1, "by");
      if (!by && (states.contains(w) || (get && getIdioms.contains(w)))) {
        continue;
      }
      // "Below are detailed instructions": a participle before a noun is an adjective. Only
      // then is the tagger asked (it runs on that one sentence). Measured on digital.gov,
      // gating every candidate on a VERB tag instead dropped 366 findings, three in four of
      // them real passives ("is hosted", "be damaged") that the model tags ADJ.
      if (tags && !by && j + 1 < n && words.gapBefore(j + 1) == ' '
          && words.lookup(linkWords, j + 1) == null && !words.endsWith(j + 1, "ly")
          && attributive(document, words, j)) {
        continue;
      }
      int end = by ? words.end(j + 1) : words.end(j);
      report(words, words.start(i), end, context);
      i = j;
    }
  }

  /** Whether the tagger calls word {@code j} an adjective and the word after it a noun. */
  private static boolean attributive(ContentDocument document, ProseWords words, int j) {
    int at = words.start(j);
    for (Sentence s : TextAnalysis.of(document).sentences(words.prose())) {
      if (at < s.start() || at >= s.end()) {
        continue;
      }
      List<Token> tokens = s.tokens();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        if (tokens.get(k).start() == at) {
          String next = tokens.get(k + 1).pos();
          return tokens.get(k).pos().equals("ADJ")
              && (next.equals("NOUN") || next.equals("PROPN"));
        }
      }
    }
    return false;
  }

  private boolean adverb(ProseWords words, int j) {
    return words.lookup(adverbs, j) != null
        || (words.endsWith(j, "ly") && words.length(j) > 4 && words.lookup(lyAdjectives, j) == null);
  }

  private boolean participle(ProseWords words, int j) {
    if (words.endsWith(j, "ed")) {
      // Most -ed words of four letters or fewer are no participles ("need", "seed", "shed");
      // "used" and "owed" are, and "is used" is the commonest passive there is.
      if (words.length(j) <= 4) {
        return words.is(j, "used") || words.is(j, "owed");
      }
      return words.lookup(notParticiples, j) == null
          && words.text(j).indexOf('\'') < 0 && words.text(j).indexOf('’') < 0;
    }
    return words.lookup(irregularParticiples, j) != null;
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

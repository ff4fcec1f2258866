package org.cxlint.rules.language;

import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Fix;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlint.core.analysis.PhraseTrie.Match;
import org.cxlint.core.analysis.ProseWords;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;
import org.cxlint.rules.language.PlainWordList.Entry;
import org.cxlint.rules.language.PlainWordList.Variant;
import org.cxlint.rules.language.VerbForms.Form;

/**
 * Words and phrases from the Federal Plain Language Guidelines' lists ("utilize", "in order
 * to", "prior to"), each with its simpler choice put in the same form as the words it replaces.
 * Prose in Spanish gets the Spanish list instead ({@code plain-words-es.tsv}: rows from the
 * digital.gov and USAGov Spanish style guides and Argentina's government web-content guide,
 * each naming its source and entry); in Spanish prose a bold glossary headword ("**caregiver**:
 * cuidador") is a mention and is not reported. Matching is one trie walk over the words of
 * each prose unit.
 */
public final class PlainWordsRule implements Rule {
  private static final Set<String> PARTICIPLE_CUES = Set.of("have", "has", "had", "having",
      "be", "is", "are", "was", "were", "been", "being", "get", "gets", "got", "gotten", "'s");

  /** Adverbs that may stand between "is" and its participle ("is most commonly done"). */
  private static final Set<String> ADVERBS = Set.of("not", "also", "often", "already", "then",
      "still", "just", "now", "usually", "always", "never", "most", "more", "commonly", "best",
      "well", "first", "generally", "typically", "normally", "easily", "only");

  /** Words before a participle used as an adjective ("any permitted use", "list of …"). */
  private static final Set<String> ADJECTIVE_CUES = Set.of("a", "an", "the", "any", "all",
      "of", "no", "each", "every", "this", "that", "these", "those", "its", "their", "our",
      "your", "with", "as");

  /**
   * Verbs without a passive: "let" takes a bare infinitive ("let people apply"), so it cannot
   * stand for "permitted" in "the extent permitted by law" or "permitted characters".
   */
  private static final Set<String> NO_PASSIVE = Set.of("let");

  private static final RuleMeta META = RuleMeta.builder("plain-words")
      .category(Category.LANGUAGE)
      .severity(Severity.INFO)
      .fixable(true)
      .summary("A word or phrase from the plain-language lists, with the simpler choice.")
      .rationale("Readers understand familiar words faster. The Federal Plain Language "
          + "Guidelines list long or formal words (utilize, commence, in order to) that have "
          + "everyday equivalents (use, start, to). Each finding names the simpler word; keep "
          + "the original only when it says something the simple word does not.")
      .guidance("https://www.plainlanguage.gov/guidelines/words/use-simple-words-phrases/",
          "https://www.plainlanguage.gov/guidelines/words/avoid-jargon/",
          "https://digital.gov/resources/plain-language-web-writing-tips/")
      .options(
          OptionSpec.stringList("add", List.of(),
              "Extra words to report, each “phrase=suggestion[=v|n]”, e.g. “leverage=use=v” "
                  + "(v: also its verb forms, n: also its plural)."),
          OptionSpec.stringList("remove", List.of(),
              "Words or phrases from the built-in list not to report, as listed (e.g. “provide”);"
                  + " their inflected forms go too."))
      .examples("In order to utilize the portal, submit the form prior to May 1.",
          "To use the portal, send the form before May 1.")
      .languages("en", "es")
      .build();

  private final VerbForms verbs = new VerbForms();
  private final PlainWordList builtIn = PlainWordList.builtIn(verbs);
  /**
   * The Spanish list (plain-words-es.tsv), for prose in Spanish: matched as written. Built on the
   * first Spanish prose, so that runs over English pages do not pay for it at start-up.
   */
  private volatile PlainWordList spanish;

  private PlainWordList spanish() {
    PlainWordList s = spanish;
    if (s == null) {
      synchronized (this) {
        s = spanish;
        if (s == null) {
          s = spanishList(verbs);
          spanish = s;
        }
      }
    }
    return s;
  }

  private static PlainWordList spanishList(VerbForms verbs) {
    List<String[]> rows = new java.util.ArrayList<>();
    for (String[] r : ListResource.rows("plain-words-es.tsv")) {
      // Columns: phrase, suggestions, source (not used here), guards (optional). Matched as
      // written: no verb or plural forms are generated for Spanish.
      rows.add(r.length > 3 ? new String[] {r[0], r[1], "", r[3]} : new String[] {r[0], r[1]});
    }
    return PlainWordList.parse(rows, verbs);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** The built-in list, for documentation and tests. */
  public PlainWordList list() {
    return builtIn;
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    Set<String> removed = new HashSet<>();
    for (String r : context.options().stringList("remove")) {
      removed.add(r.trim().toLowerCase(Locale.ROOT));
    }
    List<String> add = context.options().stringList("add");
    PlainWordList extra = add.isEmpty() ? null : PlainWordList.fromConfig(add, verbs);
    String source = document.source().text();
    for (ProseWords words : ProseWords.of(document)) {
      checkUnit(words, removed, extra, source, context);
    }
  }

  private void checkUnit(ProseWords words, Set<String> removed, PlainWordList extra,
      String source, RuleContext context) {
    Prose prose = words.prose();
    boolean body = prose.kind() != Prose.Kind.HEADING && prose.kind() != Prose.Kind.FRONT_MATTER;
    boolean inSpanish = "es".equals(prose.language());
    PlainWordList list = inSpanish ? spanish() : builtIn;
    int i = 0;
    while (i < words.size()) {
      Found best = longest(list.trie().matchesAt(words, i), words, removed, null);
      if (extra != null) {
        best = longest(extra.trie().matchesAt(words, i), words, removed, best);
      }
      // "the established criteria", "a finalized plan": a participle after a determiner is an
      // adjective, and the plain verb would not fit.
      if (best != null && best.variant.entry().verbWord() == 0
          && (best.variant.form() == Form.PAST || best.variant.form() == Form.PARTICIPLE)
          && i > 0 && words.gapBefore(i) == ' '
          && builtIn.determiners().contains(words.lower(i - 1))) {
        best = null;
      }
      if (best == null) {
        i++;
        continue;
      }
      // A capital inside a sentence marks a name ("Office of Financial Assistance").
      boolean name = body && words.capitalized(i) && !words.startsSentence(i);
      // In Spanish prose, a bold term that opens the block and ends in a colon is the headword
      // of a bilingual glossary ("**caregiver**: cuidador"), a mention of the English word.
      boolean headword = inSpanish && boldHeadword(words, best.from, best.to, source);
      if (!name && !headword && !quoted(words, best.from, best.to)) {
        report(words, best, source, context);
      }
      i = best.to;
    }
  }

  /** Markup before a block's text that opens a bold span: "**", "<p><strong>". */
  private static final java.util.regex.Pattern BOLD_OPENS = java.util.regex.Pattern.compile(
      "(?is)(?:\\s|<[^>]*>)*(?:\\*\\*|__|<(?:strong|b)(?:\\s[^>]*)?>)");
  /** The bold text up to a colon that ends it or follows it: "Log off, log out**:". */
  private static final java.util.regex.Pattern BOLD_TO_COLON = java.util.regex.Pattern.compile(
      "(?is)([^*_<>\\n]+?)"
          + "(?::\\s*(?:\\*\\*|__|</(?:strong|b)>)|(?:\\*\\*|__|</(?:strong|b)>)\\s*:)");

  /**
   * Whether words [from, to) lie in a bold span that opens the prose unit and is closed by, or
   * closes on, a colon: "**Log off, log out**:", "<strong>Email:</strong>".
   */
  private static boolean boldHeadword(ProseWords words, int from, int to, String source) {
    Prose prose = words.prose();
    int blockStart = prose.sourceOffset(0);
    if (blockStart < 0 || blockStart > source.length()) {
      return false;
    }
    int lineStart = source.lastIndexOf('\n', Math.max(0, blockStart - 1)) + 1;
    if (lineStart > blockStart
        || !BOLD_OPENS.matcher(source.substring(lineStart, blockStart)).matches()) {
      return false;
    }
    java.util.regex.Matcher m = BOLD_TO_COLON.matcher(source);
    m.region(blockStart, source.length());
    if (!m.lookingAt()) {
      return false;
    }
    int start = prose.sourceOffset(words.start(from));
    int end = prose.sourceOffset(words.end(to - 1) - 1) + 1;
    return start >= m.start(1) && end <= m.end(1);
  }

  private record Found(int from, int to, Variant variant) {}

  private static Found longest(List<Match<Variant>> matches, ProseWords words,
      Set<String> removed, Found current) {
    Found best = current;
    for (Match<Variant> m : matches) {
      String prev = m.from() > 0 && words.gapBefore(m.from()) == ' ' ? words.lower(m.from() - 1) : null;
      String next = m.to() < words.size() && words.gapBefore(m.to()) == ' ' ? words.lower(m.to()) : null;
      for (Variant v : m.values()) {
        if (removed.contains(v.entry().phrase()) || !v.guard().passes(prev, next)
            || (v.guard().sentenceStart() && !opensClause(words, m.from()))) {
          continue;
        }
        if (best == null || m.to() > best.to) {
          best = new Found(m.from(), m.to(), v);
        }
      }
    }
    return best;
  }

  /**
   * Whether an -ed form is a past participle, not a past tense: after a form of be, have or
   * get (with up to three adverbs between: "is most commonly accomplished"), before "by"
   * ("the extent permitted by law"), or after a determiner or preposition ("the permitted
   * characters", "a list of permitted characters"). The suggestion then takes the participle:
   * "done", not "did".
   */
  private static boolean participle(ProseWords words, int from, int to) {
    if (to < words.size() && words.lower(to).equals("by") && !words.startsSentence(to)) {
      return true;
    }
    for (int k = from - 1, adverbs = 0; k >= 0 && adverbs <= 3; k--) {
      if (words.startsSentence(k + 1)) {
        break; // word k belongs to the sentence before
      }
      String w = words.lower(k);
      if (PARTICIPLE_CUES.contains(w)) {
        return true;
      }
      if (k == from - 1 && ADJECTIVE_CUES.contains(w)) {
        return true;
      }
      if (!ADVERBS.contains(w) && !w.endsWith("ly")) {
        return false;
      }
      adverbs++;
    }
    return false;
  }

  /** First in its sentence, or right after a semicolon. */
  private static boolean opensClause(ProseWords words, int i) {
    if (words.startsSentence(i)) {
      return true;
    }
    String t = words.prose().text();
    int k = words.start(i) - 1;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && t.charAt(k) == ';';
  }

  /** A word quoted on its own (“utilize”) is being talked about, not used. */
  private static boolean quoted(ProseWords words, int from, int to) {
    String t = words.prose().text();
    int a = words.start(from) - 1;
    int b = words.end(to - 1);
    return a >= 0 && b < t.length() && isQuote(t.charAt(a)) && isQuote(t.charAt(b));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '\'';
  }

  private void report(ProseWords words, Found found, String source, RuleContext context) {
    Prose prose = words.prose();
    int start = words.start(found.from);
    int end = words.end(found.to - 1);
    String written = prose.text().substring(start, end);
    Entry entry = found.variant.entry();
    Form matched = found.variant.form();
    if (matched == Form.PAST && participle(words, found.from, found.to)) {
      matched = Form.PARTICIPLE;
    }
    Form form = matched;
    List<String> choices = entry.suggestions().stream()
        .filter(s -> !s.equals("omit it"))
        .filter(s -> form != Form.PARTICIPLE || !NO_PASSIVE.contains(s))
        .map(s -> matchCase(inflect(s, entry, form), written))
        .toList();
    String message;
    if (choices.isEmpty()) {
      message = "Plain language: “" + written + "” adds nothing here. Omit it.";
    } else {
      message = "Plain language: instead of “" + written + "”, write " + alternatives(choices)
          + (entry.omittable() ? ", or omit it." : ".");
    }
    Span at = prose.sourceSpan(start, end);
    // Safe only where the source holds the words as read (no markup, entity or quote marker
    // inside the phrase), so the edit replaces words and nothing else.
    boolean plainSource = at.end() <= source.length()
        && spaced(source.substring(at.start(), at.end())).equals(spaced(written));
    // An -ing form may be an adjective ("participating agencies"): only a person can tell.
    boolean gerund = entry.verbWord() >= 0 && form == Form.GERUND;
    String safe = entry.safe() == null || !plainSource || gerund ? null
        : matchCase(inflect(entry.safe(), entry, form), written);
    context.report(at, null, message, null, choices.stream()
        .map(c -> c.equals(safe) ? Fix.replacing(at, c) : Fix.suggestReplacing(at, c))
        .toList());
  }

  /** Runs of white space as one space: a phrase may wrap across source lines. */
  private static String spaced(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private String inflect(String suggestion, Entry entry, Form form) {
    if (entry.verbWord() >= 0 && form != Form.BASE) {
      int sp = suggestion.indexOf(' ');
      String head = sp < 0 ? suggestion : suggestion.substring(0, sp);
      String rest = sp < 0 ? "" : suggestion.substring(sp);
      return verbs.inflect(head, form) + rest;
    }
    if (entry.noun() && form == Form.PLURAL) {
      int sp = suggestion.lastIndexOf(' ');
      return suggestion.substring(0, sp + 1) + VerbForms.plural(suggestion.substring(sp + 1));
    }
    return suggestion;
  }

  /**
   * The replacement in the capitals of the words it replaces: all capitals (“UTILIZE” →
   * “USE”), a capital first letter (“Utilized” → “Used”), or as listed.
   */
  static String matchCase(String s, String written) {
    if (s.isEmpty()) {
      return s;
    }
    if (written.codePoints().filter(Character::isLetter).count() > 1
        && written.equals(written.toUpperCase(Locale.ROOT))) {
      return s.toUpperCase(Locale.ROOT);
    }
    return Character.isUpperCase(written.charAt(0))
        ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
  }

  static String alternatives(List<String> choices) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < choices.size(); i++) {
      if (i > 0) {
        sb.append(i == choices.size() - 1 ? " or " : ", ");
      }
      sb.append('“').append(choices.get(i)).append('”');
    }
    return sb.toString();
  }
}

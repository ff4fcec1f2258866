package org.cxlint.rules.language;

import org.cxlint.core.rule.Fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlint.core.analysis.ProseWords;
import org.cxlint.core.analysis.SyllableCounter;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;
import org.cxlint.core.rule.Category;
import org.cxlint.core.rule.OptionSpec;
import org.cxlint.core.rule.Rule;
import org.cxlint.core.rule.RuleContext;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * An acronym (two or more capitals: "GSA", "APIs", "FY2024") used before, or without, its
 * expansion on the page, either "Full Name (ABC)" or "ABC (Full Name)" with the full name
 * spelling the initials. Reported once per acronym, at its first use.
 *
 * <p>Fair to writers: a heading or page title may use an acronym that the text under it
 * defines, so headings do not count as a first use (unless the acronym appears only in
 * headings); a definition in a heading does count. Known acronyms, Roman numerals, capitalised
 * words ("NOTE", "NOT") and shouted runs of three or more capitalised words are skipped. Code
 * and URLs are not prose, so never seen.
 */
public final class AcronymDefinedRule implements Rule {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final RuleMeta META = RuleMeta.builder("acronym-defined")
      .category(Category.LANGUAGE)
      .severity(Severity.WARNING)
      .fixable(true)
      .summary("An acronym used before, or without, its expansion.")
      .rationale("An acronym the reader does not know stops them, and they have to search the "
          + "page for its meaning. Spell it out the first time it appears, “Full Name (ABC)”, "
          + "or better, use a short plain name instead. Acronyms everyone knows (FBI, PDF, "
          + "URL) need no definition.")
      .guidance("https://www.plainlanguage.gov/guidelines/words/minimize-abbreviations/",
          "https://digital.gov/resources/plain-language-web-writing-tips/")
      .options(
          OptionSpec.stringList("allow", List.of(),
              "More acronyms your readers know, reported nowhere (e.g. “USWDS”)."),
          OptionSpec.bool("checkHeadings", false,
              "Count a use in a heading or page title as the first use (by default the text "
                  + "under a heading may define it)."))
      .examples("The CSP reviews each form.",
          "The Customer Service Plan (CSP) reviews each form.")
      .languages("en", "es")
      .build();

  private final Set<String> known = load("known-acronyms.txt");
  private final Set<String> capitalizedWords = load("capitalized-words.txt");

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    for (String[] row : ListResource.rows(name)) {
      out.add(row[0].trim());
    }
    return Set.copyOf(out);
  }

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** One use of an acronym. */
  private record Use(String key, Prose prose, int start, int end, boolean heading,
      String expansion) {
    int sourceStart() {
      return prose.sourceOffset(start);
    }
  }

  @Override
  public void prepare() {
    SyllableCounter.preload(); // long capitalised words are looked up in the dictionary
  }

  @Override
  public void check(ContentDocument document, RuleContext context) {
    if (document.notAPage() != null) {
      return; // a partial: the page that includes it may well spell the acronym out first
    }
    Set<String> allowed = new HashSet<>(context.options().stringList("allow"));
    boolean checkHeadings = context.options().bool("checkHeadings");
    List<Use> uses = new ArrayList<>();
    for (Prose p : document.prose()) {
      scan(p, allowed, uses);
    }
    if (uses.isEmpty()) {
      return;
    }
    // "JOIN", "PRIMARY", "SASS": a word the page also writes in lower or title case is a word
    // set in capitals, not an acronym.
    Set<String> plainWords = plainWords(document);
    uses.removeIf(u -> u.key.length() >= 3 && plainWords.contains(u.key.toLowerCase(Locale.ROOT)));
    uses.sort(Comparator.comparingInt(Use::sourceStart));
    Map<String, List<Use>> byKey = new LinkedHashMap<>();
    for (Use u : uses) {
      byKey.computeIfAbsent(u.key, k -> new ArrayList<>()).add(u);
    }
    for (List<Use> list : byKey.values()) {
      Use definition = list.stream().filter(u -> u.expansion != null).findFirst().orElse(null);
      Use first = list.stream().filter(u -> checkHeadings || !u.heading).findFirst()
          .orElse(list.get(0));
      if (definition != null && definition.sourceStart() <= first.sourceStart()) {
        continue;
      }
      String written = first.prose.text().substring(first.start, first.end);
      if (definition == null) {
        context.report(first.prose.sourceSpan(first.start, first.end),
            "“" + written + "” is not spelled out on this page. Write the full name the "
                + "first time, followed by the acronym in parentheses: “Full Name (" + first.key
                + ")”, or use a plain name instead.",
            null);
      } else {
        int line = document.source().position(definition.sourceStart()).line();
        String full = definition.expansion + " (" + first.key + ")";
        Span at = first.prose.sourceSpan(first.start, first.end);
        context.report(at, null,
            "“" + written + "” is used before it is spelled out on line " + line
                + ". Spell it out here, at its first use: “" + full + "”.",
            null, List.of(Fix.suggestReplacing(at, full)));
      }
    }
  }

  /** Lower-cased words of the page not written in capitals only ("join", "Sass"). */
  private static Set<String> plainWords(ContentDocument document) {
    Set<String> out = new HashSet<>();
    for (ProseWords w : ProseWords.of(document)) {
      for (int i = 0; i < w.size(); i++) {
        int s = w.start(i);
        int e = w.end(i);
        String t = w.prose().text();
        boolean lower = false;
        for (int k = s + 1; k < e && !lower; k++) {
          lower = Character.isLowerCase(t.charAt(k));
        }
        if (lower && e - s >= 3) {
          out.add(w.lower(i));
        }
      }
    }
    return out;
  }

  private void scan(Prose p, Set<String> allowed, List<Use> out) {
    String t = p.text();
    int n = t.length();
    boolean heading = p.kind() == Prose.Kind.HEADING
        || (p.kind() == Prose.Kind.FRONT_MATTER && "title".equals(p.field()));
    if (capitalsOnly(t)) {
      return; // "**STEPHEN WINCHELL**", "RANA SAAD": a name or a label set in capitals
    }
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (c < 'A' || c > 'Z' || (i > 0 && blocksBefore(t.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      int capitals = 0;
      int j = i;
      while (j < n && (isCap(t.charAt(j)) || isDigit(t.charAt(j)) || t.charAt(j) == '&')) {
        if (isCap(t.charAt(j))) {
          capitals++;
        }
        j++;
      }
      int end = j;
      while (end > start && t.charAt(end - 1) == '&') {
        end--;
      }
      boolean plural = j < n && t.charAt(j) == 's' && (j + 1 == n || !Character.isLetterOrDigit(t.charAt(j + 1)));
      int after = plural ? j + 1 : j;
      i = Math.max(after, start + 1);
      if (capitals < 2 || (after < n && Character.isLetterOrDigit(t.charAt(after)))) {
        // Skip the rest of a mixed-case word ("GitHub", "USAJOBS.gov" handled below).
        while (i < n && Character.isLetterOrDigit(t.charAt(i))) {
          i++;
        }
        continue;
      }
      // "USA.gov", "HHS.gov": a domain name is a name, not an acronym.
      if (after + 1 < n && t.charAt(after) == '.' && Character.isLetter(t.charAt(after + 1))) {
        continue;
      }
      String token = t.substring(start, end);
      String key = key(token);
      if (quoted(t, start, after) || stateInAddress(t, start, token)
          || identifier(t, end) || company(t, after)
          || (after < t.length() && t.charAt(after) == '+') || bracketedCode(t, start, after)
          || lawName(t, after) || pronunciation(t, start) || dateFormat(token)
          || citation(t, start, token) || shoutedContraction(t, end)
          || inEmailAddress(t, start, end)
          || ("es".equals(p.language()) && spanishPluralAbbreviation(t, start, end))) {
        continue;
      }
      if (p.kind() == Prose.Kind.TABLE_CELL && t.strip().length() == after - start) {
        // A table cell holding only the code ("AC" for a NIST control family): the row says
        // what it stands for.
        continue;
      }
      if (end - start >= 6 && capitals == end - start
          && SyllableCounter.get().inDictionary(token)) {
        // "EINSTEIN", "COMPETES", "UNICEF": a long word said as a word is a name or a word set
        // in capitals; long initialisms read letter by letter are not in the dictionary.
        continue;
      }
      if (known.contains(token) || known.contains(key) || allowed.contains(token)
          || allowed.contains(key) || capitalizedWords.contains(token) || roman(token)
          || shouted(t, start, end)) {
        continue;
      }
      String expansion = expansion(key, t, start, after);
      if (expansion == null && "es".equals(p.language())) {
        expansion = SpanishDefinition.expansion(t, start, after);
      }
      if (expansion == null && label(t, start, after)) {
        continue; // "SOCIAL: most shares"; but "FDA: Food and Drug Administration" defines FDA
      }
      out.add(new Use(key, p, start, plural ? end + 1 : end, heading, expansion));
    }
  }

  /**
   * A Spanish plural abbreviation, written by doubling each initial: "EE. UU." (Estados
   * Unidos), "FF. AA." (Fuerzas Armadas), "RR. HH.", also run together ("EE.UU.", "EEUU"). It
   * abbreviates words the reader knows, so there is nothing to spell out (Real Academia
   * Española, Ortografía 2010, § 5.4.1.1).
   */
  static boolean spanishPluralAbbreviation(String t, int start, int end) {
    int len = end - start;
    if (len < 2 || len % 2 != 0) {
      return false;
    }
    for (int k = start; k < end; k += 2) {
      if (t.charAt(k) != t.charAt(k + 1)) {
        return false;
      }
    }
    // Written as an abbreviation: a period follows ("EE." of "EE. UU."), a doubled pair with
    // its period comes right before ("UU" of a title cut to "en EE. UU"), or a run of pairs.
    return (end < t.length() && t.charAt(end) == '.') || len >= 4
        || pairBefore(t, start - 1) || pairBefore(t, start - 2);
  }

  /** "XX." ending at {@code dot} (the period's index): a doubled capital and its period. */
  private static boolean pairBefore(String t, int dot) {
    return dot >= 2 && t.charAt(dot) == '.' && isCap(t.charAt(dot - 1))
        && t.charAt(dot - 1) == t.charAt(dot - 2)
        && (dot + 1 >= t.length() || t.charAt(dot + 1) == ' ' || isCap(t.charAt(dot + 1)));
  }

  /**
   * A unit with no lower-case letter whose words are names or headings set in capitals:
   * "**RANA SAAD**" above a biography, "SEC. 3. DEFINITIONS" in a law's text. Every word of
   * three letters or fewer must be an abbreviation with its period ("SEC."), since a bare short
   * word is usually an acronym: "U.S. EPA", "HUD-VASH", "NIST SP 800-53" stay checked.
   */
  private static boolean capitalsOnly(String t) {
    int words = 0;
    int run = 0;
    for (int k = 0; k <= t.length(); k++) {
      char c = k < t.length() ? t.charAt(k) : ' ';
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        run++;
      } else if (run > 0) {
        if (run < 4 && c != '.') {
          return false;
        }
        words++;
        run = 0;
      }
    }
    return words >= 2;
  }

  /** "Hebrew [HE]": a two-letter code in square brackets (a language or country code). */
  private static boolean bracketedCode(String t, int start, int after) {
    return start > 0 && after < t.length() && t.charAt(start - 1) == '['
        && t.charAt(after) == ']' && after - start == 2;
  }

  /**
   * "the America COMPETES Act", "the DOTGOV Online Trust in Government Act": part of a law's
   * name, which ends in "Act" within a few capitalised words.
   */
  private static boolean lawName(String t, int after) {
    int k = after;
    for (int words = 0; words <= 6; words++) {
      if (k >= t.length() || t.charAt(k) != ' ') {
        return false;
      }
      int e = k + 1;
      while (e < t.length() && Character.isLetter(t.charAt(e))) {
        e++;
      }
      String word = t.substring(k + 1, e);
      if (word.equals("Act")) {
        return true;
      }
      if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0))
          || SMALL_WORDS.contains(word))) {
        return false;
      }
      k = e;
    }
    return false;
  }

  /** "(pronounced MEE-gan OH MAIR-ah)": syllables of a pronunciation guide. */
  private static boolean pronunciation(String t, int start) {
    int open = t.lastIndexOf('(', start);
    if (open < 0 || t.lastIndexOf(')', start) > open) {
      return false;
    }
    String inside = t.substring(open + 1, start).stripLeading().toLowerCase(Locale.ROOT);
    return inside.startsWith("pronounced") || inside.startsWith("say ")
        || inside.startsWith("rhymes with");
  }

  /** "DDMMYYYY", "MM", "YYYY", "HHMM": a date or time format, written with its letters. */
  private static boolean dateFormat(String token) {
    if (token.length() < 4) {
      return false;
    }
    for (int q = 0; q < token.length(); q++) {
      if ("DMYHS".indexOf(token.charAt(q)) < 0) {
        return false;
      }
    }
    return token.contains("YY") || token.contains("MM") || token.contains("DD");
  }

  /** "FEMA-ESF15-Coordination@fema.dhs.gov": part of an email address shown as text. */
  private static boolean inEmailAddress(String t, int start, int end) {
    int a = start;
    while (a > 0 && !Character.isWhitespace(t.charAt(a - 1)) && t.charAt(a - 1) != '(') {
      a--;
    }
    int b = end;
    while (b < t.length() && !Character.isWhitespace(t.charAt(b)) && t.charAt(b) != ')') {
      b++;
    }
    int at = t.indexOf('@', a);
    return at >= 0 && at < b;
  }

  /** "DON’T", "CAN'T": a contraction written in capitals. */
  private static boolean shoutedContraction(String t, int end) {
    return end + 1 < t.length() && (t.charAt(end) == '\'' || t.charAt(end) == '’')
        && (t.charAt(end + 1) == 'T' || t.charAt(end + 1) == 'L' || t.charAt(end + 1) == 'V'
            || t.charAt(end + 1) == 'R');
  }

  /** "44 USC 101", "41 CFR Part 102": the code in a legal citation, after its title number. */
  private static boolean citation(String t, int start, String token) {
    if (!token.equals("USC") && !token.equals("CFR")) {
      return false;
    }
    return start >= 2 && t.charAt(start - 1) == ' ' && isDigit(t.charAt(start - 2));
  }

  /** "DS-11", "SF-86", "M-23-22": a form or document number, not an acronym. */
  private static boolean identifier(String t, int end) {
    return end + 1 < t.length() && (t.charAt(end) == '-' || t.charAt(end) == '–')
        && isDigit(t.charAt(end + 1));
  }

  /** "KBR Inc.", "ACME LLC": a company's registered name. */
  private static boolean company(String t, int after) {
    if (after + 1 >= t.length() || t.charAt(after) != ' ') {
      return false;
    }
    int e = after + 1;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    String next = t.substring(after + 1, e);
    return next.equals("Inc") || next.equals("LLC") || next.equals("Corp") || next.equals("Ltd")
        || next.equals("Corporation") || next.equals("Co");
  }

  /** "SOCIAL: Greatest engagement": a capitalised label that opens its unit. */
  private static boolean label(String t, int start, int after) {
    for (int b = 0; b < start; b++) {
      char c = t.charAt(b);
      if (!isCap(c) && (Character.isLetterOrDigit(c) || c == ':')) {
        return false; // "**MK: Is there…": marks such as ** before the label are fine
      }
    }
    // "FACT SHEET: Putting the Public First": capital words up to a colon.
    int k = after;
    while (k < t.length() && (isCap(t.charAt(k)) || t.charAt(k) == ' ')) {
      k++;
    }
    return k < t.length() && t.charAt(k) == ':';
  }

  /** A quoted acronym (“POUR” principles) is a term being named, not an unexplained use. */
  private static boolean quoted(String t, int start, int after) {
    return start > 0 && after < t.length() && "\"“‘".indexOf(t.charAt(start - 1)) >= 0
        && "\"”’".indexOf(t.charAt(after)) >= 0;
  }

  private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT",
      "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI",
      "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
      "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU",
      "VI");

  /** "Front Royal, VA": a state code after a place name and a comma. */
  private static boolean stateInAddress(String t, int start, String token) {
    if (!STATES.contains(token) || start < 3 || t.charAt(start - 1) != ' '
        || t.charAt(start - 2) != ',') {
      return false;
    }
    int k = start - 3;
    while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return Character.isUpperCase(t.charAt(k));
  }

  private static boolean isCap(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A capital right after one of these is inside a word, a path, a handle or a domain. */
  private static boolean blocksBefore(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '@' || c == '#' || c == '/'
        || c == '\\' || c == '_' || c == '$' || c == '&' || c == '\'' || c == '’';
  }

  /** "FY2024" is a use of "FY"; letters and digits mixed ("H1N1") stay whole. */
  static String key(String token) {
    int k = token.length();
    while (k > 0 && isDigit(token.charAt(k - 1))) {
      k--;
    }
    if (k < token.length() && k >= 2) {
      boolean lettersOnly = true;
      for (int q = 0; q < k; q++) {
        lettersOnly &= isCap(token.charAt(q)) || token.charAt(q) == '&';
      }
      if (lettersOnly) {
        return token.substring(0, k);
      }
    }
    return token;
  }

  private static boolean roman(String token) {
    for (int q = 0; q < token.length(); q++) {
      if ("IVXL".indexOf(token.charAt(q)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Part of a run of three or more all-capital words: shouting or a label, not acronyms. */
  private static boolean shouted(String t, int start, int end) {
    int run = 1;
    int k = start;
    while (run < 3) {
      int prevEnd = skipBack(t, k);
      if (prevEnd < 0) {
        break;
      }
      int prevStart = prevEnd;
      while (prevStart > 0 && Character.isLetterOrDigit(t.charAt(prevStart - 1))) {
        prevStart--;
      }
      if (!allCaps(t, prevStart, prevEnd)) {
        break;
      }
      run++;
      k = prevStart;
    }
    k = end;
    while (run < 3) {
      int nextStart = skipForward(t, k);
      if (nextStart < 0) {
        break;
      }
      int nextEnd = nextStart;
      while (nextEnd < t.length() && Character.isLetterOrDigit(t.charAt(nextEnd))) {
        nextEnd++;
      }
      if (!allCaps(t, nextStart, nextEnd)) {
        break;
      }
      run++;
      k = nextEnd;
    }
    return run >= 3;
  }

  /** End of the word before {@code from}, across spaces and light punctuation, or -1. */
  private static int skipBack(String t, int from) {
    int k = from;
    while (k > 0 && " ,:;!?-–—'\"’“”".indexOf(t.charAt(k - 1)) >= 0) {
      k--;
    }
    return k == from || k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)) ? -1 : k;
  }

  private static int skipForward(String t, int from) {
    int k = from;
    while (k < t.length() && " ,:;!?-–—'\"’“”".indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    return k == from || k >= t.length() || !Character.isLetterOrDigit(t.charAt(k)) ? -1 : k;
  }

  private static boolean allCaps(String t, int from, int to) {
    int letters = 0;
    for (int q = from; q < to; q++) {
      char c = t.charAt(q);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 1;
  }

  /**
   * The expansion when this use defines the acronym: "Full Name (ABC)" or "ABC (Full Name)";
   * otherwise null.
   */
  private static String expansion(String key, String t, int start, int after) {
    // "ABC (Full Name)", and "ESL resources (English as a Second Language)": up to two
    // lower-case words may come between.
    int k = after;
    for (int words = 0; words <= 2; words++) {
      int w = k;
      while (w < t.length() && t.charAt(w) == ' ') {
        w++;
      }
      if (w >= t.length() || t.charAt(w) == '(' || words == 2 || w == k
          || !Character.isLowerCase(t.charAt(w))) {
        k = w;
        break;
      }
      while (w < t.length() && Character.isLetter(t.charAt(w))) {
        w++;
      }
      k = w;
    }
    if (k < t.length() && t.charAt(k) == '(') {
      int close = t.indexOf(')', k);
      if (close > k && close - k < 150) {
        String inside = stripQuotes(t.substring(k + 1, close));
        String found = AcronymExpansion.find(key, inside);
        if (found != null) {
          return found;
        }
      }
    }
    // "identity, credential, and access management, or ICAM"
    String head = t.substring(0, start);
    // "Citizen Service Levels Interagency Committee CSLIC": the name right before, initials exact.
    String juxtaposed = initialsBefore(key, head);
    if (juxtaposed != null) {
      return juxtaposed;
    }
    if (head.endsWith(", or ")) {
      return spelledBefore(key, head.substring(0, head.length() - 5));
    }
    if (head.endsWith(" or ")) {
      // "called the Voting System for All People or VSAP"
      return spelledBefore(key, head.substring(0, head.length() - 4));
    }
    // "BIA — Bureau of Indian Affairs", "FDA = Food and Drug Administration", "FDA: Food ..."
    int dash = after;
    while (dash < t.length() && t.charAt(dash) == ' ') {
      dash++;
    }
    if (dash < t.length() && t.charAt(dash) == '(' && t.indexOf(')', dash) > 0
        && t.indexOf(')', dash) - dash < 40) {
      // "WYSIWYG (pronounced: Whizzy-wig) — What You See Is What You Get"
      int skip = t.indexOf(')', dash) + 1;
      while (skip < t.length() && t.charAt(skip) == ' ') {
        skip++;
      }
      if (skip > dash + 1 && skip < t.length() && "—–-=".indexOf(t.charAt(skip)) >= 0) {
        dash = skip;
      }
    }
    boolean separator = dash < t.length() && ((dash > after && "—–-=".indexOf(t.charAt(dash)) >= 0)
        || t.charAt(dash) == ':');
    if (separator && dash + 1 < t.length() && t.charAt(dash + 1) == ' ') {
      String rest = t.substring(dash + 2);
      int stop = 0;
      while (stop < rest.length() && ".;,()".indexOf(rest.charAt(stop)) < 0) {
        stop++;
      }
      String[] words = SPACES.split(rest.substring(0, stop).strip());
      int take = Math.min(words.length, key.length() * 2 + 2);
      String window = stripQuotes(String.join(" ", java.util.Arrays.copyOfRange(words, 0, take)));
      String found = AcronymExpansion.find(key, window);
      if (found != null && window.startsWith(found)) {
        return found;
      }
    }
    // "Full Name (ABC)"
    int open = start - 1;
    while (open >= 0 && "\"“‘' ".indexOf(t.charAt(open)) >= 0) {
      open--;
    }
    if (open >= 0 && t.charAt(open) != '(') {
      // "(21st Century IDEA)": the acronym ends a short parenthesised name.
      int p = t.lastIndexOf('(', start);
      if (p >= 0 && start - p <= 24 && t.indexOf(')', p) >= after) {
        open = p;
      }
    }
    if (open < 0 || t.charAt(open) != '(') {
      return null;
    }
    int close = after;
    while (close < t.length() && "\"”’' ".indexOf(t.charAt(close)) >= 0) {
      close++;
    }
    String shortForm = key;
    String leadIn = t.substring(open + 1, start).strip().toLowerCase(Locale.ROOT);
    if (LEAD_INS.contains(leadIn)) {
      // "information and communications technology (known as ICT)"
      return spelledBefore(key, t.substring(0, open));
    }
    if (close < t.length() && ",;)".indexOf(t.charAt(close)) < 0) {
      // "(C&I CoP)": a short form of a few words that starts with the acronym.
      int end = t.indexOf(')', close);
      if (end < 0 || end - open > 24 || t.substring(open + 1, end).split(" ").length > 3) {
        return null;
      }
      shortForm = t.substring(open + 1, end);
    } else if (open < start - 1 && t.substring(open + 1, start).strip().length() > 0) {
      shortForm = t.substring(open + 1, after).strip();
    }
    String found = spelledBefore(shortForm, t.substring(0, open));
    if (found == null && shortForm.equals(key)) {
      found = shortenedName(key, t.substring(0, open)); // "(NARA)" alone, not "(see HHS data)"
    }
    return found;
  }

  /** Words that may open a parenthesis naming the acronym: "(known as ICT)", "(or ICT)". */
  private static final Set<String> LEAD_INS = Set.of("or", "aka", "a.k.a.", "known as",
      "also known as", "called", "hereafter", "hereinafter", "referred to as", "abbreviated",
      "abbreviated as", "abbreviated to");

  /**
   * "the National Archives (NARA)": a capitalised name of two or more words right before the
   * parenthesis whose initials begin the acronym is the writer's (short) spelling of it, and
   * tells the reader what it stands for; or null.
   */
  private static String shortenedName(String key, String before) {
    String[] words = SPACES.split(before.strip());
    // The capitalised words right before the parenthesis (small words between them skipped),
    // nearest first: "Visit the National Archives" gives Archives, National.
    List<Integer> capitalised = new ArrayList<>();
    for (int w = words.length - 1; w >= 0; w--) {
      String word = words[w];
      if (SMALL_WORDS.contains(word) && !capitalised.isEmpty()) {
        continue;
      }
      if (word.length() < 2 || !isCap(word.charAt(0)) || !Character.isLowerCase(word.charAt(1))) {
        break;
      }
      capitalised.add(w);
    }
    // The longest run of them (two or more) whose initials begin the acronym.
    for (int n = capitalised.size(); n >= 2; n--) {
      StringBuilder initials = new StringBuilder();
      for (int i = n - 1; i >= 0; i--) {
        initials.append(words[capitalised.get(i)].charAt(0));
      }
      if (initials.length() < key.length() && key.startsWith(initials.toString())) {
        int first = capitalised.get(n - 1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
      }
    }
    return null;
  }

  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "on", "in",
      "to", "a", "&");

  /**
   * The capitalised words right before an acronym whose initials are exactly its letters
   * (small words skipped), or null.
   */
  private static String initialsBefore(String key, String head) {
    if (!head.endsWith(" ") || !key.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    String[] words = SPACES.split(head.strip());
    int letter = key.length() - 1;
    int w = words.length - 1;
    while (w >= 0 && letter >= 0) {
      String word = words[w];
      if (SMALL_WORDS.contains(word)) {
        w--;
        continue;
      }
      if (word.isEmpty() || word.charAt(0) != key.charAt(letter)
          || !Character.isLowerCase(word.charAt(word.length() - 1))) {
        return null;
      }
      letter--;
      w--;
    }
    if (letter >= 0) {
      return null;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, w + 1, words.length));
  }

  /** The tail of {@code before} that spells {@code shortForm}, within Schwartz–Hearst's window. */
  private static String spelledBefore(String shortForm, String before) {
    String[] words = SPACES.split(before.strip());
    int take = Math.min(words.length, Math.min(shortForm.length() + 5, shortForm.length() * 2));
    String window = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take,
        words.length));
    return AcronymExpansion.find(shortForm, stripQuotes(window));
  }

  private static String stripQuotes(String s) {
    String r = s.strip();
    while (!r.isEmpty() && "\"“‘'".indexOf(r.charAt(0)) >= 0) {
      r = r.substring(1);
    }
    while (!r.isEmpty() && "\"”’',".indexOf(r.charAt(r.length() - 1)) >= 0) {
      r = r.substring(0, r.length() - 1);
    }
    return r.strip();
  }
}

package org.cxlint.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.testing.RuleTester;
import org.cxlint.core.testing.RuleTester.Expect;
import org.junit.jupiter.api.Test;

class PlainWordsRuleTest {
  private final RuleTester tester = RuleTester.of(new PlainWordsRule());

  @Test
  void reportsAWordOnItsExactSpanWithTheSimplerWord() {
    tester.invalid("a.txt", "We utilize the portal.",
        Expect.at(1, 4, "instead of “utilize”, write “use”").endColumn(11).suggestion("use"));
  }

  @Test
  void inflectsTheSuggestionLikeTheWordItReplaces() {
    tester
        .invalid("a.txt", "They utilized it.", Expect.at(1, 6, "“used”").suggestion("used"))
        .invalid("a.txt", "She utilizes it.", Expect.at(1, 5, "“uses”").suggestion("uses"))
        .invalid("a.txt", "We are utilizing it.", Expect.at(1, 8, "“using”").suggestion("using"))
        .invalid("a.txt", "The work commenced in May.",
            Expect.at(1, 10, "“began” or “started”").suggestion("began"))
        .invalid("a.txt", "The work was commenced in May.",
            Expect.at(1, 14, "“begun” or “started”").suggestion("begun"))
        .invalid("a.txt", "It requires a form.", Expect.at(1, 4, "“needs”").suggestion("needs"))
        .invalid("a.txt", "We ensured it works.",
            Expect.at(1, 4, "“made sure”").suggestion("made sure"))
        .invalid("a.txt", "List the capabilities.",
            Expect.at(1, 10, "“abilities”").suggestion("abilities"));
  }

  @Test
  void matchesPhrasesLongestFirstAndKeepsTheCapital() {
    tester
        .invalid("a.txt", "In order to apply, sign in.",
            Expect.at(1, 1, "instead of “In order to”, write “To”").endColumn(12).suggestion("To"))
        .invalid("a.txt", "Call us prior to the visit.", Expect.at(1, 9, "“before”").endColumn(17))
        .invalid("a.txt", "In view of the above, we stop.",
            Expect.at(1, 1, "“In view of the above”").endColumn(21).suggestion("So"))
        .invalid("a.txt", "Bring a pen and/or a pencil.",
            Expect.at(1, 13, "“and/or”").endColumn(19))
        .invalid("a.txt", "In the event that it rains, we stay in.",
            Expect.at(1, 1, "“If”").endColumn(18));
  }

  @Test
  void omitSuggestions() {
    tester.invalid("a.txt", "We are in the process of moving.",
            Expect.at(1, 8, "adds nothing here. Omit it."))
        .invalid("a.txt", "It is currently open.",
            Expect.at(1, 7, "write “now”, or omit it."));
  }

  @Test
  void phrasesDoNotRunAcrossPunctuation() {
    tester.valid("a.txt", "We looked in order, to be sure.");
  }

  @Test
  void contextGuardsKeepOtherSenses() {
    tester
        .valid("a.txt", "Meet the established criteria.")
        .valid("a.txt", "Use the heart monitor daily.")
        .valid("a.txt", "However many you need, ask.")
        .valid("a.txt", "It is a bit simple, however.")
        .invalid("a.txt", "It is simple; however, it works.", Expect.at(1, 15, "“but”"))
        .valid("a.txt", "Read the frequently asked questions.")
        .valid("a.txt", "Take time to reflect on it.")
        .valid("a.txt", "File a FOIA request today.")
        .valid("a.txt", "We are committed to moving forward.")
        .valid("a.txt", "Ask the Office of Financial Assistance.")
        .valid("a.txt", "Do not write “utilize”.")
        .invalid("a.txt", "Assistance is available.", Expect.at(1, 1, "“Help”"));
  }

  @Test
  void optionsAddAndRemoveWords() {
    tester.options(Map.of("add", List.of("leverage=use=v"), "remove", List.of("utilize")))
        .valid("a.txt", "We utilize the portal.")
        .invalid("a.txt", "We leveraged it.", Expect.at(1, 4, "“used”").suggestion("used"));
  }

  @Test
  void listsEveryRowAndItsInflectedSpellings() {
    PlainWordsRule rule = new PlainWordsRule();
    assertThat(rule.list().entries()).hasSizeGreaterThan(200);
    List<Finding> f = RuleTester.of(rule).findings("a.txt",
        "Utilization matters. Accompanying forms were furnished.");
    assertThat(f).extracting(Finding::suggestion).containsExactly("Use", "Going with", "given");
  }

  @Test
  void aParticipleTakesTheParticipleOfTheSuggestion() {
    tester
        .invalid("a.txt", "This is most commonly accomplished by showing the last page.",
            Expect.at(1, 23, "“carried out” or “done”").suggestion("carried out"))
        .invalid("a.txt", "A release item accomplished two tasks.",
            Expect.at(1, 16, "“carried out” or “did”"))
        .invalid("a.txt", "Use it to the fullest extent permitted by applicable law.",
            Expect.at(1, 30, "instead of “permitted”, write “allowed”.").suggestion("allowed"))
        .invalid("a.txt", "See the list of permitted characters.",
            Expect.at(1, 17, "write “allowed”.").suggestion("allowed"))
        .invalid("a.txt", "The office will permit people to apply online.",
            Expect.at(1, 17, "“allow” or “let”").suggestion("allow"));
  }

  @Test
  void spanishProseGetsTheSpanishListOnly() {
    tester.fixture("org/cxlint/rules/language/plain-words-es.html");
  }

  @Test
  void spanishGlossaryHeadwordsAreMentions() {
    RuleTester t = RuleTester.of(new PlainWordsRule());
    // A bold term that opens a block and ends in a colon is a glossary headword.
    t.valid("a.md", "---\nlang: es\n---\n**caregiver**:<br />\n_persona encargada de la "
            + "atención del enfermo; acompañante; cuidador_\n")
        .valid("a.md", "---\nlang: es\n---\n**Log off, log out**:<br />\n_Salir (del "
            + "sistema); cerrar sesión (en la página de un sitio web)_\n")
        .valid("a.html", "<html lang=\"es\"><body><p><strong>Email:</strong> escriba a la "
            + "oficina de su estado para pedir ayuda con su solicitud.</p></body></html>");
    // The same word in the prose, or a heading label that is not bold, is reported.
    t.invalid("a.md", "---\nlang: es\n---\n**Cuidadores**: si usted es caregiver de un "
            + "familiar, pida ayuda a su estado.\n",
        RuleTester.Expect.at(4, 29, "caregiver"));
    t.invalid("a.html", "<html lang=\"es\"><body><h3>Email:</h3>\n<p>Escriba a la oficina "
            + "de su estado para pedir ayuda con su solicitud de beneficios.</p></body></html>",
        RuleTester.Expect.at(1, 27, "Email"));
  }

  @Test
  void everySpanishRowNamesItsSource() throws java.io.IOException {
    java.util.List<String[]> rows = ListResource.rows("plain-words-es.tsv");
    org.assertj.core.api.Assertions.assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
    String file;
    try (java.io.InputStream in = ListResource.class.getResourceAsStream("plain-words-es.tsv")) {
      file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // The header cites each source (tag, title, URL, licence) before any row uses its tag.
    java.util.Set<String> declared = new java.util.HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^# \\[([A-Z-]+)\\] .+").matcher(file);
    while (m.find()) {
      declared.add(m.group(1));
    }
    org.assertj.core.api.Assertions.assertThat(declared)
        .containsExactlyInAnyOrder("DG-ES", "DG-ES-IT", "DG-ES-SALUD", "USAGOV", "ARGOB");
    org.assertj.core.api.Assertions.assertThat(file).contains("Licence", "CC0 1.0",
        "17 U.S.C. 105", "MIT");
    java.util.Set<String> phrases = new java.util.HashSet<>();
    java.util.Map<String, java.util.Set<String>> entries = new java.util.HashMap<>();
    for (String[] r : rows) {
      String row = String.join("|", r);
      org.assertj.core.api.Assertions.assertThat(r.length).as(row).isBetween(3, 4);
      org.assertj.core.api.Assertions.assertThat(r[0]).as(row)
          .isEqualTo(r[0].toLowerCase(java.util.Locale.ROOT)).isNotBlank();
      org.assertj.core.api.Assertions.assertThat(r[1]).as(row).isNotBlank();
      org.assertj.core.api.Assertions.assertThat(phrases.add(r[0])).as("duplicate " + row).isTrue();
      // The source column names a declared source and quotes its entry; a row with no source
      // (or an unknown one) fails here.
      org.assertj.core.api.Assertions.assertThat(r[2]).as(row).matches("[A-Z-]+#[a-z0-9-]+ \\S.+");
      String tag = r[2].substring(0, r[2].indexOf('#'));
      org.assertj.core.api.Assertions.assertThat(declared).as(row).contains(tag);
      entries.computeIfAbsent(tag, k -> new java.util.TreeSet<>())
          .add(r[2].substring(0, r[2].indexOf(' ')));
    }
    // Rows with one TAG#entry are forms of one piece of guidance. The header states the count
    // of distinct entries per source; it must be the count of the rows.
    int distinct = entries.values().stream().mapToInt(java.util.Set::size).sum();
    StringBuilder counted = new StringBuilder("# Distinct guide entries: " + distinct + " (");
    for (String tag : java.util.List.of("DG-ES", "DG-ES-IT", "DG-ES-SALUD", "USAGOV", "ARGOB")) {
      counted.append(tag.equals("DG-ES") ? "" : ", ").append(tag).append(' ')
          .append(entries.getOrDefault(tag, java.util.Set.of()).size());
    }
    org.assertj.core.api.Assertions.assertThat(file).contains(counted.append(").").toString());
    // The issue asks for 80 rows; the open Spanish guides found so far give 66 distinct
    // entries (36 that name the form to avoid, 30 read from glossaries). Fewer fails.
    org.assertj.core.api.Assertions.assertThat(distinct).isGreaterThanOrEqualTo(66);
  }

  @Test
  void safeRowsAreFixedInTheFormAndCapitalsOfTheWordsTheyReplace() {
    RuleTester t = RuleTester.of(new PlainWordsRule());
    t.fixes("a.txt", "We utilize the portal.", "We use the portal.")
        .fixes("a.txt", "She utilizes it. They utilized it. Utilizing it helps.",
            "She uses it. They used it. Utilizing it helps.")
        .fixes("a.txt", "In order to apply, send it prior to May 1.",
            "To apply, send it before May 1.")
        .fixes("a.txt", "Work will commence soon; it commenced in May.",
            "Work will start soon; it started in May.")
        .fixes("a.txt", "We complied with it in order to learn.", "We followed it to learn.")
        .fixes("a.txt", "The rule has been complied with.", "The rule has been followed.")
        .fixes("a.md", "# UTILIZATION OF FUNDS", "# USE OF FUNDS")
        .fixes("a.md", "Send it in order\nto apply.", "Send it to apply.");
  }

  @Test
  void rowsThatNeedAPersonStaySuggestions() {
    RuleTester t = RuleTester.of(new PlainWordsRule());
    t.fixes("a.txt", "In the event of a fire, leave.", "In the event of a fire, leave.")
        // an -ing form may be an adjective; a longer replacement may break a length limit
        .fixes("a.txt", "Participating agencies commencing work.",
            "Participating agencies commencing work.")
        .fixes("a.txt", "Henceforth we participated.", "Henceforth we participated.")
        .fixes("a.txt", "We will commence and terminate it.", "We will start and terminate it.")
        .fixes("a.txt", "Additional forms are required.", "Additional forms are required.")
        .fixes("a.txt", "Please facilitate the meeting.", "Please facilitate the meeting.")
        .suggests("a.txt", "Please facilitate the meeting.", "Please help the meeting.");
  }

  @Test
  void neverEditsMarkupCodeOrQuotedWords() {
    RuleTester t = RuleTester.of(new PlainWordsRule());
    t.fixes("a.md", "Run `utilize` to utilize it.", "Run `utilize` to use it.")
        .fixes("a.md", "```\nin order to utilize\n```\n", "```\nin order to utilize\n```\n")
        .fixes("a.md", "Do it in order *to* win.", "Do it in order *to* win.")
        .fixes("a.md", "> We act in order\n> to win.", "> We act in order\n> to win.")
        .fixes("a.md", "---\ntitle: Utilize the portal\nutilize: x\n---\nText.",
            "---\ntitle: Use the portal\nutilize: x\n---\nText.")
        .fixes("a.md", "{{< card title=\"utilize\" >}} We utilize it.",
            "{{< card title=\"utilize\" >}} We use it.")
        .fixes("a.txt", "Never write “utilize”.", "Never write “utilize”.");
  }

  @Test
  void everySafeColumnNamesOneOfItsSuggestions() {
    PlainWordList list = new PlainWordsRule().list();
    assertThat(list.entries().stream().filter(e -> e.safe() != null).count()).isGreaterThan(40);
    assertThat(list.entries()).allSatisfy(e -> {
      if (e.safe() != null) {
        assertThat(e.suggestions()).contains(e.safe());
      }
    });
  }
}

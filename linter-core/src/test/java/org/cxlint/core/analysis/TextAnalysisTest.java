package org.cxlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static ContentDocument text(String content) {
    return Parsers.parse(SourceFile.of("a.txt", content), Format.TEXT);
  }

  private static List<String> sentences(String content) {
    return TextAnalysis.of(text(content)).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void splitsOnFullStopsQuestionAndExclamationMarks() {
    assertThat(sentences("Apply today. Is it free? Yes! “Quoted.” Then more."))
        .containsExactly("Apply today.", "Is it free?", "Yes!", "“Quoted.”", "Then more.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(sentences("Dr. Smith met the U.S. Department of Labor at 9 a.m. on Jan. 5."))
        .hasSize(1);
    assertThat(sentences("Bring an ID, e.g. a passport, i.e. something official. Then wait."))
        .containsExactly("Bring an ID, e.g. a passport, i.e. something official.", "Then wait.");
    assertThat(sentences("See No. 5 on p. 12. Then call Mr. Lee at 3 p.m. Monday."))
        .containsExactly("See No. 5 on p. 12.", "Then call Mr. Lee at 3 p.m. Monday.");
    assertThat(sentences("Say no. Then leave.")).containsExactly("Say no.", "Then leave.");
  }

  @Test
  void ambiguousAbbreviationsEndBeforeAUsualOpener() {
    assertThat(sentences("We serve people across the U.S. The agency helps them."))
        .containsExactly("We serve people across the U.S.", "The agency helps them.");
    assertThat(sentences("Forms, letters, etc. We review them all."))
        .containsExactly("Forms, letters, etc.", "We review them all.");
    assertThat(sentences("Call Acme Inc. Research for help.")).hasSize(1);
    // "etc." closes a list: any capital after it opens the next sentence.
    assertThat(sentences("Use icons, labels, etc. Avoid decoration."))
        .containsExactly("Use icons, labels, etc.", "Avoid decoration.");
    assertThat(sentences("Icons, labels, etc. are in the kit.")).hasSize(1);
  }

  @Test
  void noSplitInsideNumbersDomainsOrBeforeLowercase() {
    assertThat(sentences("Version 3.5 of usa.gov is out. He teaches science (He worked for 5 years"
        + " as an engineer.) at the local University."))
        .containsExactly("Version 3.5 of usa.gov is out.",
            "He teaches science (He worked for 5 years as an engineer.) at the local University.");
  }

  @Test
  void unitsAreNeverGlued() {
    ContentDocument doc = text("A list follows\n\n- first item\n- second item with no stop\n\nLast.");
    TextAnalysis a = TextAnalysis.of(doc);
    assertThat(a.units()).hasSize(4);
    assertThat(a.sentences().stream().map(Sentence::text))
        .containsExactly("A list follows", "first item", "second item with no stop", "Last.");
  }

  @Test
  void aHeadingLineInATextDraftIsItsOwnSentence() {
    assertThat(sentences("Why a CX Policy Is Important for Government Entities\nA policy helps."
        + "\nIt also sets the\ntone for the team."))
        .containsExactly("Why a CX Policy Is Important for Government Entities", "A policy helps.",
            "It also sets the tone for the team.");
  }

  @Test
  void spansMapToTheSource() {
    String content = "Intro line.\n\nThe cat sat\non the mat. Don’t   run!";
    ContentDocument doc = text(content);
    List<Sentence> s = TextAnalysis.of(doc).sentences();
    assertThat(s).hasSize(3);
    assertThat(doc.source().text(s.get(1).span())).isEqualTo("The cat sat\non the mat.");
    assertThat(doc.source().text(s.get(2).span())).isEqualTo("Don’t   run!");
    Token dont = s.get(2).tokens().get(0);
    assertThat(dont.text()).isEqualTo("Don’t");
    assertThat(dont.lower()).isEqualTo("don't");
    assertThat(doc.source().text(dont.span())).isEqualTo("Don’t");
    assertThat(doc.source().position(s.get(1).tokens().get(3).span().start()).line()).isEqualTo(4);
  }

  @Test
  void tokensKeepWordsWhole() {
    Sentence s = TextAnalysis.of(text("The U.S. e-mail costs $1,000.50 (AT&T's fee), don't you"
        + " think... yes?")).sentences().get(0);
    assertThat(s.tokens().stream().map(Token::text)).containsExactly("The", "U.S.", "e-mail",
        "costs", "$", "1,000.50", "(", "AT&T's", "fee", ")", ",", "don't", "you", "think", "...",
        "yes", "?");
    assertThat(s.wordCount()).isEqualTo(11);
    assertThat(s.words().get(1).isAllCaps()).isTrue();
  }

  @Test
  void partOfSpeechTagsAreUniversalDependencies() {
    Sentence s = TextAnalysis.of(text("The form was reviewed by the agency's staff, and it isn't"
        + " ready.")).sentences().get(0);
    assertThat(s.tokens().stream().map(t -> t.text() + "/" + t.pos()).toList())
        .contains("form/NOUN", "was/AUX", "reviewed/VERB", "by/ADP", "agency's/NOUN",
            "isn't/AUX", "ready/ADJ", "./PUNCT");
  }

  @Test
  void unitsListingALinkedResourceAreMarked() {
    ContentDocument doc = Parsers.parse(SourceFile.of("a.md",
        "- [Customer Service Playbook (PDF, 2 MB)](https://x.gov/a.pdf) – GovLoop\n"
            + "- [Sample position description](https://x.gov/b.docx) (Word document, 23 KB, 4 pages)"
            + " – General Services Administration (GSA)\n"
            + "- [Apply online](https://x.gov/apply) to get your benefits quickly and safely.\n"
            + "- Read the [guide](https://x.gov/g) before you start.\n"),
        Format.MARKDOWN);
    List<Boolean> listing = TextAnalysis.of(doc).units().stream()
        .map(TextAnalysis.Unit::linkListing).toList();
    assertThat(listing).containsExactly(true, true, false, false);
  }

  @Test
  void forcedLineBreaksSeparateItems() {
    ContentDocument doc = Parsers.parse(SourceFile.of("a.md",
        "Agencies taking part:  \nCenters for Disease Control  \nDepartment of Energy\\\n"
            + "Department of Labor\n\nTune these areas: <br /> Enable caching <br /> Use a proxy\n"
            + "\nA wrapped line\ncontinues here.\n"),
        Format.MARKDOWN);
    assertThat(TextAnalysis.of(doc).sentences().stream().map(Sentence::text))
        .containsExactly("Agencies taking part:", "Centers for Disease Control",
            "Department of Energy", "Department of Labor", "Tune these areas:", "Enable caching",
            "Use a proxy", "A wrapped line continues here.");
  }
}

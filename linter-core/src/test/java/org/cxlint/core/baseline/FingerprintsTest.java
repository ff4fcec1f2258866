package org.cxlint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  /** A finding of {@code rule} on the first occurrence of {@code flagged} in {@code text}. */
  private static String fingerprint(String rule, String text, String flagged) {
    SourceFile source = SourceFile.of("page.md", text);
    int start = text.indexOf(flagged);
    assertThat(start).as("'%s' in the text", flagged).isNotNegative();
    int end = start + flagged.length();
    var a = source.position(start);
    var b = source.position(end);
    Finding f = new Finding(rule, Severity.WARNING, a.line(), a.column(), b.line(), b.column(),
        "Link text does not say where it goes.", null, start, end);
    return Fingerprints.of(source, f);
  }

  private static final String PAGE = "# Apply\n\nTo apply for a grant, [click here](/apply) today, before the end of the month.\n"
      + "\nThe form is short.\n";

  @Test
  void linesInsertedAboveKeepIt() {
    assertThat(fingerprint("link-text", "\n\n<!-- note -->\nMore text.\n" + PAGE, "click here"))
        .isEqualTo(fingerprint("link-text", PAGE, "click here"));
  }

  @Test
  void editsElsewhereOnThePageAndOnTheLineFarAwayKeepIt() {
    String edited = PAGE.replace("The form is short.", "The form is long and hard.");
    assertThat(fingerprint("link-text", edited, "click here"))
        .isEqualTo(fingerprint("link-text", PAGE, "click here"));
    String farOnTheLine = PAGE.replace("end of the month.", "end of the year. Then wait.");
    assertThat(fingerprint("link-text", farOnTheLine, "click here"))
        .isEqualTo(fingerprint("link-text", PAGE, "click here"));
  }

  @Test
  void rewrappingTheFlaggedWordsKeepsIt() {
    String wrapped = PAGE.replace("[click here]", "[click\n  here]");
    assertThat(fingerprint("link-text", wrapped, "click\n  here"))
        .isEqualTo(fingerprint("link-text", PAGE, "click here"));
  }

  @Test
  void theFlaggedTextItsNeighboursAndTheRuleChangeIt() {
    String base = fingerprint("link-text", PAGE, "click here");
    assertThat(fingerprint("link-text", PAGE.replace("click here", "click right here"),
        "click right here")).isNotEqualTo(base);
    assertThat(fingerprint("link-text", PAGE.replace("for a grant", "for a loan"), "click here"))
        .isNotEqualTo(base);
    assertThat(fingerprint("plain-words", PAGE, "click here")).isNotEqualTo(base);
    assertThat(base).matches("[0-9a-f]{16}");
  }

  @Test
  void aPageLevelFindingHashesItsMessageWithoutNumbers() {
    SourceFile source = SourceFile.of("page.md", PAGE);
    Finding grade12 = new Finding("readability-grade", Severity.WARNING, 1, 1, 1, 1,
        "The page reads at grade 12.3 with 140 words.", null, 0, 0);
    Finding grade11 = new Finding("readability-grade", Severity.WARNING, 1, 1, 1, 1,
        "The page reads at grade 11.9 with 152 words.", null, 0, 0);
    assertThat(Fingerprints.isPageLevel(grade12)).isTrue();
    assertThat(Fingerprints.of(source, grade12)).isEqualTo(Fingerprints.of(source, grade11))
        .isEqualTo(Fingerprints.of(SourceFile.of("page.md", "\n\n" + PAGE), grade11));
    Finding other = new Finding("readability-grade", Severity.WARNING, 1, 1, 1, 1,
        "The page has no sentences.", null, 0, 0);
    assertThat(Fingerprints.of(source, other)).isNotEqualTo(Fingerprints.of(source, grade12));
  }
}

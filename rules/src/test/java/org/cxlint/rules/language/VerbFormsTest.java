package org.cxlint.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlint.rules.language.VerbForms.Form;
import org.junit.jupiter.api.Test;

class VerbFormsTest {
  private final VerbForms verbs = new VerbForms();

  @Test
  void regularSpellings() {
    assertThat(verbs.spellings("utilize", Form.PAST)).containsExactly("utilized");
    assertThat(verbs.spellings("utilize", Form.GERUND)).containsExactly("utilizing");
    assertThat(verbs.spellings("modify", Form.THIRD_PERSON)).containsExactly("modifies");
    assertThat(verbs.spellings("modify", Form.PAST)).containsExactly("modified");
    assertThat(verbs.spellings("permit", Form.PAST)).contains("permitted", "permited");
    assertThat(verbs.spellings("furnish", Form.THIRD_PERSON)).containsExactly("furnishes");
  }

  @Test
  void suggestionsTakeOneSpellingAndIrregularForms() {
    assertThat(verbs.inflect("stop", Form.PAST)).isEqualTo("stopped");
    assertThat(verbs.inflect("visit", Form.PAST)).isEqualTo("visited");
    assertThat(verbs.inflect("begin", Form.PAST)).isEqualTo("began");
    assertThat(verbs.inflect("begin", Form.PARTICIPLE)).isEqualTo("begun");
    assertThat(verbs.inflect("make", Form.GERUND)).isEqualTo("making");
    assertThat(verbs.inflect("set", Form.GERUND)).isEqualTo("setting");
    assertThat(verbs.inflect("begin", Form.GERUND)).isEqualTo("beginning");
    assertThat(verbs.inflect("compel", Form.PAST)).isEqualTo("compelled");
    assertThat(verbs.inflect("tell", Form.THIRD_PERSON)).isEqualTo("tells");
    assertThat(verbs.isIrregularParticiple("written")).isTrue();
    assertThat(verbs.isIrregularParticiple("wrote")).isFalse();
  }
}

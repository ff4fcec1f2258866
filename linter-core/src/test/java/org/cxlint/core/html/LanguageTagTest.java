package org.cxlint.core.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlint.core.html.LanguageTag.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "en|VALID", "EN|VALID", "en-US|VALID", "zh-Hant-TW|VALID", "es-419|VALID", "fr-CH|VALID",
      "en-US-GB|VALID", "haw|VALID", "yue|VALID", "qaa|VALID", " en |VALID",
      "|EMPTY", "'  '|EMPTY",
      "en_US|MALFORMED", "#1|MALFORMED", "#!|MALFORMED", "en-|MALFORMED", "1en|MALFORMED",
      "english-language-tag-toolong|UNKNOWN_LANGUAGE", "eng|UNKNOWN_LANGUAGE", "em-US|UNKNOWN_LANGUAGE",
      "dutch|UNKNOWN_LANGUAGE", "i-lux|UNKNOWN_LANGUAGE", "invalid|UNKNOWN_LANGUAGE", "x-klingon|UNKNOWN_LANGUAGE"})
  void checksTags(String tag, Verdict expected) {
    assertThat(LanguageTag.check(tag)).isEqualTo(expected);
  }
}

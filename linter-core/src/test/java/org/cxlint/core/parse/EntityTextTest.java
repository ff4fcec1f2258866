package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every reference {@link EntityText} decodes without jsoup reads exactly as jsoup reads it. */
class EntityTextTest {
  private static void sameAsJsoup(String raw) {
    String fast = EntityText.fast(raw);
    if (fast != null) {
      assertThat(fast).as(raw).isEqualTo(Parser.unescapeEntities(raw, false));
    }
    assertThat(EntityText.decode(raw)).as(raw).isEqualTo(Parser.unescapeEntities(raw, false));
  }

  @Test
  void namedReferencesAreJsoups() {
    for (Map.Entry<String, String> e : EntityText.COMMON.entrySet()) {
      String raw = "&" + e.getKey() + ";";
      assertThat(EntityText.fast(raw)).as(raw).isNotNull();
      sameAsJsoup(raw);
    }
  }

  @Test
  void numericReferencesAreJsoupsForEveryBmpCharacterAndSampledOthers() {
    for (int v = 0; v <= 0x10FFFF; v += v < 0x10000 ? 1 : 97) {
      sameAsJsoup("&#" + v + ";");
      sameAsJsoup("&#x" + Integer.toHexString(v) + ";");
    }
    for (int v : new int[] {0x10FFFF, 0x110000, 0x7FFFFFF, 0xFFFE, 0x1FFFF}) {
      sameAsJsoup("&#" + v + ";");
      sameAsJsoup("&#X" + Integer.toHexString(v).toUpperCase() + ";");
    }
    assertThat(EntityText.fast("&#8211;")).isEqualTo("\u2013");
    assertThat(EntityText.fast("&#x1F600;")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void everythingElseGoesToJsoup() {
    for (String raw : new String[] {"&amp", "&mdash", "&AMP;", "&Eacute;", "&notin;", "&not;",
        "&#;", "&#x;", "&#00000000065;", "&#\u0663;", "&#x\uFF21;", "&#128;", "&#x9F;",
        "&#0;", "&#13;", "&#9;", "&#55296;", "&nosuch;", "&;", "&#-1;"}) {
      sameAsJsoup(raw);
    }
    assertThat(EntityText.fast("&#128;")).isNull(); // Windows-1252: jsoup maps it to the euro sign
    assertThat(EntityText.fast("&Eacute;")).isNull();
  }
}

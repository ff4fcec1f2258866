package org.cxlint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.DocumentLanguage;
import org.cxlint.core.model.DocumentLanguage.Origin;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class LanguageResolverTest {
  private static final String SPANISH = "Para votar en las elecciones federales usted debe ser"
      + " ciudadano de los Estados Unidos y tener dieciocho años el día de la elección. Puede"
      + " inscribirse en línea, por correo o en persona en la oficina electoral de su condado.";
  private static final String ENGLISH = "To vote in federal elections you must be a citizen of"
      + " the United States and be 18 years old on Election Day. You can register online, by"
      + " mail or in person at the election office in your county.";

  private static ContentDocument parse(String name, String text, Format format, String config) {
    return Parsers.parse(SourceFile.of(name, text), format, config);
  }

  private static List<String> languages(ContentDocument d) {
    return d.prose().stream().map(Prose::language).toList();
  }

  @Test
  void htmlLangOfThePageAndOfEachElement() {
    ContentDocument d = parse("p.html", "<html lang=\"es-US\"><body><p>" + SPANISH + "</p>"
        + "<p lang=\"en\">" + ENGLISH + "</p><div lang=\"en\"><p lang=\"es\">Hola.</p></div>"
        + "</body></html>", Format.HTML, null);
    assertThat(d.language()).isEqualTo(new DocumentLanguage("es", Origin.HTML_LANG));
    assertThat(languages(d)).containsExactly("es", "en", "es");
  }

  @Test
  void aSpanishParagraphOnAnEnglishPage() {
    ContentDocument d = parse("p.html", "<html lang=\"en\"><body><p>" + ENGLISH + "</p>"
        + "<p lang=\"es\">" + SPANISH + "</p></body></html>", Format.HTML, null);
    assertThat(languages(d)).containsExactly("en", "es");
    assertThat(d.languageAt(d.prose().get(1).span().start() + 3)).isEqualTo("es");
  }

  @Test
  void frontMatterKeys() {
    for (String key : List.of("lang", "language", "languageCode")) {
      ContentDocument d = parse("a.md", "---\ntitle: Votar\n" + key + ": es-US\n---\n\nHello.\n",
          Format.MARKDOWN, null);
      assertThat(d.language()).as(key).isEqualTo(new DocumentLanguage("es", Origin.FRONT_MATTER));
      assertThat(languages(d)).as(key).containsOnly("es");
    }
  }

  @Test
  void hugoFileNamesAndLanguageFolders() {
    assertThat(parse("content/votar.es.md", "Hello.\n", Format.MARKDOWN, null).language())
        .isEqualTo(new DocumentLanguage("es", Origin.FILE_NAME));
    assertThat(parse("site/content/es/votar.md", "Hello.\n", Format.MARKDOWN, null).language())
        .isEqualTo(new DocumentLanguage("es", Origin.FOLDER));
    // not language codes: a version, a minified file, a folder not under content/
    assertThat(parse("docs/v2.min.md", "Hello.\n", Format.MARKDOWN, null).language().origin())
        .isEqualTo(Origin.DEFAULT);
    assertThat(parse("es/votar.md", "Hello.\n", Format.MARKDOWN, null).language().origin())
        .isEqualTo(Origin.DEFAULT);
  }

  @Test
  void theConfiguredDefaultComesBeforeDetection() {
    ContentDocument d = parse("a.md", SPANISH + "\n", Format.MARKDOWN, "en");
    assertThat(d.language()).isEqualTo(new DocumentLanguage("en", Origin.CONFIG));
    assertThat(languages(d)).containsOnly("en");
    // a declaration still wins over the config
    ContentDocument declared = parse("a.md", "---\nlang: es\n---\n\n" + ENGLISH + "\n",
        Format.MARKDOWN, "en");
    assertThat(declared.language().origin()).isEqualTo(Origin.FRONT_MATTER);
  }

  @Test
  void undeclaredProseIsDetected() {
    ContentDocument es = parse("a.md", SPANISH + "\n\n" + SPANISH + "\n", Format.MARKDOWN, null);
    assertThat(es.language()).isEqualTo(new DocumentLanguage("es", Origin.DETECTED));
    ContentDocument en = parse("a.md", ENGLISH + "\n", Format.MARKDOWN, null);
    assertThat(en.language()).isEqualTo(new DocumentLanguage("en", Origin.DETECTED));
    ContentDocument tooShort = parse("a.md", "Hola.\n", Format.MARKDOWN, null);
    assertThat(tooShort.language()).isEqualTo(DocumentLanguage.DEFAULT);
  }

  @Test
  void aBilingualUndeclaredPageIsDetectedBlockByBlock() {
    ContentDocument d = parse("a.md", SPANISH + "\n\n" + SPANISH + "\n\n" + ENGLISH + "\n",
        Format.MARKDOWN, null);
    assertThat(languages(d)).containsExactly("es", "es", "en");
  }

  @Test
  void aLanguageViewKeepsOnlyTheProseOfItsLanguages() {
    ContentDocument d = parse("p.html", "<html lang=\"en\"><body><p>" + ENGLISH + "</p>"
        + "<p lang=\"es\">" + SPANISH + "</p></body></html>", Format.HTML, null);
    ContentDocument english = d.forLanguages(Set.of("en"));
    assertThat(languages(english)).containsExactly("en");
    assertThat(english.whole()).isSameAs(d);
    assertThat(english.links()).isEqualTo(d.links());
    assertThat(d.forLanguages(Set.of("en", "es"))).isSameAs(d);
    assertThat(d.forLanguages(Set.of())).isSameAs(d);
    assertThat(d.forLanguages(Set.of("en"))).isSameAs(english);
    assertThat(org.cxlint.core.analysis.TextAnalysis.of(english).units()).hasSize(1);
  }
}

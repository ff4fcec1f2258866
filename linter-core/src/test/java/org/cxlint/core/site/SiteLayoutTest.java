package org.cxlint.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.core.config.SiteSettings;
import org.cxlint.core.model.SitePage;
import org.cxlint.core.model.SitePage.Generator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLayoutTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void generatorFromTheFilesAtTheSiteRoot() throws IOException {
    write("jekyll/_config.yml", "title: x\n");
    write("gem/Gemfile", "gem \"jekyll\", \"~> 4.3\"\n");
    write("ruby/Gemfile", "gem \"rails\"\n");
    write("eleventy/eleventy.config.mjs", "export default {}\n");
    write("eleventy-old/.eleventy.js", "module.exports = {}\n");
    write("hugo/hugo.toml", "title = 'x'\n");
    write("hugo-old/config.toml", "title = 'x'\n");
    Files.createDirectories(dir.resolve("hugo-old/content"));
    write("other/config.toml", "x = 1\n");
    SiteLayout layout = new SiteLayout(SiteSettings.DETECT, null);
    assertThat(layout.page(write("jekyll/pages/a.md", "")).generator()).isEqualTo(Generator.JEKYLL);
    assertThat(layout.page(write("gem/a.md", "")).generator()).isEqualTo(Generator.JEKYLL);
    assertThat(layout.page(write("eleventy/src/a.md", "")).generator())
        .isEqualTo(Generator.ELEVENTY);
    assertThat(layout.page(write("eleventy-old/a.njk.md", "")).generator())
        .isEqualTo(Generator.ELEVENTY);
    assertThat(layout.page(write("hugo/content/a.md", "")).generator()).isEqualTo(Generator.HUGO);
    assertThat(layout.page(write("hugo-old/content/a.md", "")).generator())
        .isEqualTo(Generator.HUGO);
    assertThat(layout.page(write("ruby/a.md", ""))).isSameAs(SitePage.NONE);
    assertThat(layout.page(write("other/a.md", ""))).isSameAs(SitePage.NONE);
    assertThat(layout.page(null)).isSameAs(SitePage.NONE);
  }

  @Test
  void partialsOfEachGenerator() throws IOException {
    write("site/_config.yml", "");
    SiteLayout layout = new SiteLayout(SiteSettings.DETECT, null);
    assertThat(layout.page(write("site/_includes/post.html", "")).partial())
        .isEqualTo("it is in _includes, the site's partials and layouts");
    assertThat(layout.page(write("site/_layouts/default.html", "")).isPartial()).isTrue();
    assertThat(layout.page(write("site/_data/x/readme.md", "")).isPartial()).isTrue();
    assertThat(layout.page(write("site/pages/_includes.md", "")).isPartial()).isFalse();
    assertThat(layout.page(write("site/docs/_includes/a.md", "")).isPartial()).isFalse();
    write("hugo/hugo.yaml", "");
    assertThat(layout.page(write("hugo/layouts/partials/a.html", "")).isPartial()).isTrue();
    assertThat(layout.page(write("hugo/content/layouts.md", "")).isPartial()).isFalse();
    write("eleventy/eleventy.config.js", "");
    assertThat(layout.page(write("eleventy/src/_includes/nav.md", "")).isPartial()).isTrue();
    assertThat(layout.page(write("eleventy/src/posts/a.md", "")).isPartial()).isFalse();
    assertThat(layout.page(write("site/pages/a.md", "")).summaryFields())
        .containsExactly("summary", "description", "lead", "excerpt");
  }

  @Test
  void configOverridesDetection() throws IOException {
    write("site/_config.yml", "");
    Path include = write("site/_includes/a.html", "");
    assertThat(new SiteLayout(new SiteSettings(Generator.NONE, null, null, 0, Map.of()), dir)
        .page(include)).isSameAs(SitePage.NONE);
    // Set in config without a marker file: the config's folder is the site root.
    SiteLayout forced = new SiteLayout(new SiteSettings(Generator.ELEVENTY, List.of("src/_parts"),
        List.of("description"), 2, Map.of("post", 3)), dir);
    SitePage p = forced.page(write("src/_parts/nav.njk.html", ""));
    assertThat(p.generator()).isEqualTo(Generator.ELEVENTY);
    assertThat(p.isPartial()).isTrue();
    assertThat(p.summaryFields()).containsExactly("description");
    assertThat(p.titleLevel()).isEqualTo(2);
    assertThat(p.titleLevels()).containsEntry("post", 3);
    assertThat(forced.page(write("src/index.md", "")).isPartial()).isFalse();
  }

  @Test
  void jekyllDefaultsAndLayoutHeadings() throws IOException {
    write("site/_config.yml", "collections:\n  next:\n    output: true\ndefaults:\n"
        + "  - scope: { path: \"\" }\n    values: { layout: default }\n"
        + "  - scope: { path: \"\", type: next }\n    values: { layout: next-content }\n"
        + "  - scope: { path: pages/about }\n    values: { layout: styleguide }\n");
    write("site/_layouts/default.html", "<html><body>{{ content }}</body></html>\n");
    write("site/_layouts/next.html", "<main>{{ content }}</main>\n");
    write("site/_layouts/next-content.html", "---\nlayout: next\n---\n"
        + "<h1>{{ page.title }}</h1>\n<h2>{{ page.subhead }}</h2>\n{{ content }}\n<h2>More</h2>\n");
    write("site/_layouts/styleguide.html", "---\nlayout: default\n---\n<h1>{{ page.title }}</h1>"
        + "{{ content }}");
    SiteLayout layout = new SiteLayout(SiteSettings.DETECT, null);
    SitePage next = layout.page(write("site/_next/01-summary.md", ""));
    assertThat(next.defaultLayout()).isEqualTo("next-content");
    assertThat(next.layoutLevels()).containsEntry("next-content", 2)
        .containsEntry("styleguide", 1).doesNotContainKey("default");
    assertThat(layout.page(write("site/pages/about/a.md", "")).defaultLayout())
        .isEqualTo("styleguide");
    assertThat(layout.page(write("site/pages/b.md", "")).defaultLayout()).isEqualTo("default");
  }
}

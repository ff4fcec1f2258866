package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Main#main} starts before picocli reads the arguments. */
class StartInBackgroundTest {
  @TempDir Path dir;

  @Test
  void theRulesLoadedInTheBackgroundAreTheRegistry() {
    assertThat(Main.inBackground(() -> {}, false).get().find("acronym-defined")).isPresent();
  }

  @Test
  void aFailureLoadingTheRulesReachesTheCommandAsItIs() {
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    // A loader whose service file names a class that does not exist.
    ClassLoader broken = new ClassLoader(saved) {
      @Override
      public java.util.Enumeration<java.net.URL> getResources(String name)
          throws java.io.IOException {
        if (name.equals("META-INF/services/org.cxlint.core.rule.Rule")) {
          Path f = dir.resolve("services");
          Files.writeString(f, "org.example.NoSuchRule\n");
          return java.util.Collections.enumeration(java.util.List.of(f.toUri().toURL()));
        }
        return super.getResources(name);
      }
    };
    Thread.currentThread().setContextClassLoader(broken);
    try {
      var rules = Main.inBackground(() -> {}, false);
      assertThatThrownBy(rules::get).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot load a rule").hasMessageContaining("NoSuchRule");
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }
}

package org.cxlint.core.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.custom.CustomRulesExtension;

/**
 * The config loader under fuzzing (with the customRules extension): any text either loads or
 * fails with a {@link ConfigException} that names a position inside the file; nothing else
 * escapes. Regression inputs: {@code ConfigFuzzTestInputs/load/}.
 */
class ConfigFuzzTest {
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("cxlint-config-fuzz");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void load(@NotNull String yaml) throws IOException {
    Path file = DIR.resolve(".cxlint.yml");
    Files.writeString(file, yaml);
    try {
      Config.load(file, RuleRegistry.of(List.of()), List.of(new CustomRulesExtension()));
    } catch (ConfigException e) {
      long lines = yaml.lines().count() + 1;
      if (e.line() < 0 || e.line() > lines + 1 || e.getMessage() == null) {
        throw new AssertionError("config error outside the file: " + e.getMessage());
      }
    }
  }
}

package org.cxlint.rules.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxlint.core.rule.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A selection of W3C ACT rules test cases (copied, with their licence, under
 * {@code src/test/resources/org/cxlint/rules/act}): the mapped cxlint rule must report a
 * "failed" case and stay quiet on "passed" and "inapplicable" ones. The full set is
 * {@link ActEvaluationTest}.
 */
class ActRegressionTest {
  private static final ActCases RUNNER = new ActCases();

  static Stream<ActCases.Case> cases() throws IOException {
    String manifest = read("manifest.tsv");
    List<ActCases.Case> out = new ArrayList<>();
    String[] lines = manifest.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split("\t", -1);
      out.add(new ActCases.Case(c[0], c[1], c[2], c[3], c[4], c.length > 5 ? c[5] : ""));
    }
    assertThat(out).hasSizeGreaterThan(60);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outcomeMatchesAct(ActCases.Case c) throws IOException {
    String content = read(c.file());
    String fileName = c.file().substring(c.file().lastIndexOf('/') + 1);
    List<Finding> findings = RUNNER.run(c.actRuleId(), fileName, content);
    List<String> messages = findings.stream().map(Finding::message).toList();
    if (c.expected().equals("failed")) {
      assertThat(messages).as("%s %s should be reported", c.actRuleId(), c.file()).isNotEmpty();
      assertThat(messages).noneMatch(m -> m.startsWith("cxlint could not finish"));
    } else {
      assertThat(messages).as("%s %s is %s", c.actRuleId(), c.file(), c.expected()).isEmpty();
    }
  }

  private static String read(String path) throws IOException {
    try (InputStream in = ActRegressionTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

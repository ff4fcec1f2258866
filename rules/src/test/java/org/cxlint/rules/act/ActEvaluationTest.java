package org.cxlint.rules.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.rule.Finding;
import org.junit.jupiter.api.Test;

/**
 * The full W3C ACT evaluation: every case of every ACT rule cxlint implements, with per-rule
 * agreement. Not part of the normal build (it reads the oracle folder beside the clone); run it
 * with {@code bench/act-eval.sh}, which sets {@code -Dcxlint.act=<folder>}. Writes the table to
 * {@code rules/target/act-eval.txt} and fails below 95% agreement.
 */
class ActEvaluationTest {
  @Test
  void agreesWithTheActExpectedOutcomes() throws IOException {
    String dir = System.getProperty("cxlint.act");
    assumeTrue(dir != null && !dir.isBlank(),
        "ACT evaluation skipped: run bench/act-eval.sh (sets -Dcxlint.act)");
    Path root = Path.of(dir);
    assumeTrue(Files.isRegularFile(root.resolve("manifest.tsv")),
        "ACT evaluation skipped: no manifest.tsv in " + root.toAbsolutePath());

    ActCases runner = new ActCases();
    Map<String, int[]> perRule = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<String> disagreements = new ArrayList<>();
    List<String> notImplemented = new ArrayList<>();
    int agree = 0;
    int total = 0;
    for (ActCases.Case c : ActCases.readManifest(root.resolve("manifest.tsv"))) {
      ActCases.Mapping mapping = ActCases.MAPPINGS.get(c.actRuleId());
      if (mapping == null) {
        if (!notImplemented.contains(c.actRuleId())) {
          notImplemented.add(c.actRuleId());
          names.put(c.actRuleId(), c.actRuleName());
        }
        continue;
      }
      names.put(c.actRuleId(), c.actRuleName());
      Path file = root.resolve(c.file());
      String content = Files.readString(file, StandardCharsets.UTF_8);
      List<Finding> findings = runner.run(c.actRuleId(), file.getFileName().toString(), content);
      boolean crashed = findings.stream().anyMatch(f -> f.message().startsWith("cxlint could not finish"));
      String actual = findings.isEmpty() ? "not failed" : "failed";
      boolean ok = !crashed && (c.expected().equals("failed") == !findings.isEmpty());
      int[] counts = perRule.computeIfAbsent(c.actRuleId(), k -> new int[2]);
      counts[1]++;
      total++;
      if (ok) {
        counts[0]++;
        agree++;
      } else {
        StringBuilder sb = new StringBuilder();
        sb.append(c.actRuleId()).append(' ').append(mapping.ruleId()).append(' ').append(c.file())
            .append(": expected ").append(c.expected()).append(", cxlint ").append(actual);
        for (Finding f : findings) {
          sb.append("\n    ").append(f.line()).append(':').append(f.column()).append(' ')
              .append(f.message());
        }
        if (!c.note().isEmpty()) {
          sb.append("\n    note: ").append(c.note());
        }
        disagreements.add(sb.toString());
      }
    }
    StringBuilder report = new StringBuilder();
    report.append("W3C ACT rules test cases: cxlint agreement per ACT rule\n\n");
    report.append(String.format("%-7s %-15s %-8s %s%n", "ACT", "cxlint rule", "agree", "ACT rule"));
    for (Map.Entry<String, int[]> e : perRule.entrySet()) {
      report.append(String.format("%-7s %-15s %3d/%-4d %s%n", e.getKey(),
          ActCases.MAPPINGS.get(e.getKey()).ruleId(), e.getValue()[0], e.getValue()[1],
          names.get(e.getKey())));
    }
    report.append(String.format("%nOverall: %d/%d = %.1f%% over %d ACT rules%n", agree, total,
        100.0 * agree / Math.max(1, total), perRule.size()));
    report.append("\nNot implemented (no cxlint rule): ");
    for (String id : notImplemented) {
      report.append(id).append(" (").append(names.get(id)).append("); ");
    }
    report.append("\n\nDisagreements (").append(disagreements.size()).append("):\n");
    for (String d : disagreements) {
      report.append("  ").append(d).append('\n');
    }
    Path out = Path.of("target", "act-eval.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println(report);
    assertThat(100.0 * agree / total).as("agreement with ACT, see " + out.toAbsolutePath())
        .isGreaterThanOrEqualTo(95.0);
  }
}

package org.cxlint.core.report;

import java.util.List;
import org.cxlint.core.rule.RuleMeta;

/**
 * What a report knows before the first file: the tool's version, the rules that are on (SARIF
 * describes them up front), and whether the run is checked against a baseline (then each file's
 * outcome says which findings the baseline holds, and reports mark new and old apart).
 */
public record ReportRun(String toolVersion, List<RuleMeta> rules, boolean baseline) {
  public ReportRun {
    rules = List.copyOf(rules);
  }

  /** A run without a baseline. */
  public ReportRun(String toolVersion, List<RuleMeta> rules) {
    this(toolVersion, rules, false);
  }
}

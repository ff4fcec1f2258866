package org.cxlint.core.report;

import java.util.List;
import org.cxlint.core.rule.RuleMeta;

/**
 * What a report knows before the first file: the tool's version and the rules that are on
 * (SARIF describes them up front).
 */
public record ReportRun(String toolVersion, List<RuleMeta> rules) {
  public ReportRun {
    rules = List.copyOf(rules);
  }
}

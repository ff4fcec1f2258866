package org.cxlint.core;

import java.util.List;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * The outcome for one file.
 *
 * @param path display path ('/'-separated, relative to the working directory where possible)
 * @param source the text that was linted, or null when the file could not be read
 * @param findings in order of line, column, rule id
 * @param metrics page readability, or null when not computed
 * @param sections per-section readability (empty when not computed)
 * @param error why the file could not be linted (names the cause), or null when it was
 */
public record FileResult(
    String path,
    SourceFile source,
    List<Finding> findings,
    Metrics metrics,
    List<SectionMetrics> sections,
    String error) {

  public FileResult {
    findings = List.copyOf(findings);
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  public static FileResult failed(String path, String error) {
    return new FileResult(path, null, List.of(), null, List.of(), error);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}

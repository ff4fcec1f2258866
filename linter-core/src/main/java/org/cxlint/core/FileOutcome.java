package org.cxlint.core;

import java.util.List;
import java.util.Map;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.analysis.SectionMetrics;
import org.cxlint.core.baseline.FileBaseline;
import org.cxlint.core.baseline.Fingerprints;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;

/**
 * What the {@link FilePipeline} makes of one source: everything later stages need, so none of
 * them reads or parses the file again.
 *
 * @param path display path ('/'-separated, relative to the working directory where possible)
 * @param source the text that was linted, or null when the file could not be read
 * @param format the format it was parsed as (null when it could not be read)
 * @param findings in order of line, column, rule id, each with its fingerprint; with a baseline,
 *     only the findings it does not hold
 * @param metrics page readability, or null when not computed
 * @param sections per-section readability (empty when not computed)
 * @param outline the front-matter block and the headings (empty when not read)
 * @param siteFacts what each site rule ({@link org.cxlint.core.rule.SiteRule}) noted about the
 *     file for its run-level check, by rule id
 * @param error why the file could not be linted (names the cause), or null when it was
 * @param baseline what a baseline made of the file's findings, or null when none is used
 */
public record FileOutcome(
    String path,
    SourceFile source,
    Format format,
    List<Finding> findings,
    Metrics metrics,
    List<SectionMetrics> sections,
    Outline outline,
    Map<String, String> siteFacts,
    String error,
    FileBaseline baseline) {

  public FileOutcome {
    findings = List.copyOf(Fingerprints.stamp(source, findings));
    sections = sections == null ? List.of() : List.copyOf(sections);
    outline = outline == null ? Outline.NONE : outline;
    siteFacts = siteFacts == null ? Map.of() : Map.copyOf(siteFacts);
  }

  /** An outcome no baseline has seen. */
  public FileOutcome(String path, SourceFile source, Format format, List<Finding> findings,
      Metrics metrics, List<SectionMetrics> sections, Outline outline,
      Map<String, String> siteFacts, String error) {
    this(path, source, format, findings, metrics, sections, outline, siteFacts, error, null);
  }

  /**
   * An outcome without outline or site facts, its format taken from the path (tests, callers
   * that build outcomes themselves).
   */
  public FileOutcome(String path, SourceFile source, List<Finding> findings, Metrics metrics,
      List<SectionMetrics> sections, String error) {
    this(path, source, source == null ? null : Format.forName(path, Format.TEXT), findings,
        metrics, sections, Outline.NONE, Map.of(), error);
  }

  /** A file that could not be linted, and why. */
  public static FileOutcome failed(String path, String error) {
    return new FileOutcome(path, null, null, List.of(), null, List.of(), Outline.NONE, Map.of(),
        error);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The same outcome with other findings (site findings added, a filter applied). */
  public FileOutcome withFindings(List<Finding> other) {
    return new FileOutcome(path, source, format, other, metrics, sections, outline, siteFacts,
        error, baseline);
  }

  /**
   * The outcome as a baseline sees it: {@code fresh} are the findings it does not hold (they
   * become {@link #findings}), the rest are in {@code matched}.
   */
  public FileOutcome withBaseline(List<Finding> fresh, FileBaseline matched) {
    return new FileOutcome(path, source, format, fresh, metrics, sections, outline, siteFacts,
        error, matched);
  }

  /** How many findings a baseline holds back (0 when none is used). */
  public int baselinedCount() {
    return baseline == null ? 0 : baseline.baselined().size();
  }

  /** The same outcome without its text, for stages that keep outcomes but never show text. */
  public FileOutcome withoutSource() {
    return source == null ? this : new FileOutcome(path, null, format, findings, metrics,
        sections, outline, siteFacts, error, baseline);
  }
}

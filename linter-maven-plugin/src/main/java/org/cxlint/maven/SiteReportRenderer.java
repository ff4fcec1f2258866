package org.cxlint.maven;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.cxlint.core.AsciiFormat;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.analysis.Metrics;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.RuleMeta;
import org.cxlint.core.rule.Severity;

/**
 * The cxlint page of a Maven site: a summary, findings by rule, readability per page (hardest
 * first) and every finding by file. All content goes through the sink's text methods, so text
 * from the linted pages is escaped.
 */
final class SiteReportRenderer extends AbstractMavenReportRenderer {
  private final LintResult result;
  private final String annotatedReport;

  /**
   * @param annotatedReport the file name of the annotated HTML report next to this page, or
   *     null when it was not written
   */
  SiteReportRenderer(Sink sink, LintResult result, String annotatedReport) {
    super(sink);
    this.result = result;
    this.annotatedReport = annotatedReport;
  }

  @Override
  public String getTitle() {
    return "cxlint: accessibility and plain language";
  }

  @Override
  protected void renderBody() {
    startSection(getTitle());
    paragraph(ConsoleReport.summary(result));
    if (annotatedReport != null) {
      sink.paragraph();
      link(annotatedReport, "Open the annotated report");
      text(": every page with its findings marked in place, and filters by rule and severity.");
      sink.paragraph_();
    }
    startTable();
    tableHeader(new String[] {"Files", "Errors", "Warnings", "Infos"});
    tableRow(new String[] {
      String.valueOf(result.files().size()),
      String.valueOf(result.count(Severity.ERROR)),
      String.valueOf(result.count(Severity.WARNING)),
      String.valueOf(result.count(Severity.INFO))
    });
    endTable();

    renderRules();
    renderReadability();
    renderFindings();
    endSection();
  }

  private void renderRules() {
    Map<String, Long> byRule = result.files().stream()
        .flatMap(f -> f.findings().stream())
        .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
    startSection("Findings by rule");
    if (byRule.isEmpty()) {
      paragraph("No findings.");
      endSection();
      return;
    }
    Map<String, RuleMeta> meta = result.rules().stream()
        .collect(Collectors.toMap(RuleMeta::id, Function.identity(), (a, b) -> a));
    startTable();
    tableHeader(new String[] {"Rule", "Findings", "What it checks"});
    byRule.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          RuleMeta m = meta.get(e.getKey());
          sink.tableRow();
          sink.tableCell();
          if (m != null && !m.guidance().isEmpty()) {
            link(m.guidance().get(0), e.getKey());
          } else {
            text(e.getKey());
          }
          sink.tableCell_();
          tableCell(String.valueOf(e.getValue()));
          tableCell(m == null ? "" : m.summary());
          sink.tableRow_();
        });
    endTable();
    endSection();
  }

  private void renderReadability() {
    List<FileOutcome> measured = result.files().stream()
        .filter(f -> f.metrics() != null && f.metrics().words() > 0)
        .sorted(Comparator.comparingDouble((FileOutcome f) -> grade(f.metrics())).reversed()
            .thenComparing(FileOutcome::path))
        .toList();
    startSection("Readability per page");
    if (measured.isEmpty()) {
      paragraph("No page has prose to measure.");
      endSection();
      return;
    }
    paragraph("Hardest to read first. Plain-language guidance aims for grade 8 or lower and a"
        + " Flesch reading ease of 60 or higher.");
    startTable();
    tableHeader(new String[] {
      "Page", "Words", "Sentences", "Grade (Flesch-Kincaid)", "Reading ease (Flesch)",
      "Gunning fog", "SMOG"
    });
    for (FileOutcome f : measured) {
      Metrics m = f.metrics();
      tableRow(new String[] {
        f.path(), String.valueOf(m.words()), String.valueOf(m.sentences()),
        score(m.fleschKincaidGrade()), score(m.fleschReadingEase()), score(m.gunningFog()),
        score(m.smogIndex())
      });
    }
    endTable();
    endSection();
  }

  private void renderFindings() {
    startSection("Findings by file");
    List<FileOutcome> withFindings =
        result.files().stream().filter(f -> !f.findings().isEmpty() || f.error() != null).toList();
    if (withFindings.isEmpty()) {
      paragraph("Every page passed.");
    }
    for (FileOutcome f : withFindings) {
      startSection(f.path());
      if (f.error() != null) {
        paragraph("Not checked: " + f.error());
      }
      if (!f.findings().isEmpty()) {
        startTable();
        tableHeader(new String[] {"Line", "Column", "Severity", "Rule", "Message"});
        for (Finding finding : f.findings()) {
          String message = finding.suggestion() == null || finding.suggestion().isBlank()
              ? finding.message()
              : finding.message() + " Suggestion: " + finding.suggestion();
          tableRow(new String[] {
            String.valueOf(finding.line()), String.valueOf(finding.column()),
            finding.severity().label(), finding.rule(), message
          });
        }
        endTable();
      }
      endSection();
    }
    endSection();
  }

  private static double grade(Metrics m) {
    return Double.isNaN(m.fleschKincaidGrade()) ? Double.NEGATIVE_INFINITY : m.fleschKincaidGrade();
  }

  private static String score(double value) {
    return Double.isNaN(value) ? "–" : AsciiFormat.format("%.1f", value);
  }
}

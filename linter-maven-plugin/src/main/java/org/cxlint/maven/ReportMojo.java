package org.cxlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.cxlint.core.LintResult;

/**
 * A page for the Maven site with cxlint's findings and the readability of each page, linking to
 * the annotated HTML report written next to it. Never fails the build on findings; use the
 * {@code check} goal for that.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {
  /** File name of the annotated HTML report, next to the site page. */
  static final String ANNOTATED_REPORT = "cxlint-report.html";

  /** Skip the report. */
  @Parameter(property = "cxlint.skip", defaultValue = "false")
  boolean skip;

  /** Directories with content to check; see the check goal. */
  @Parameter
  List<File> sourceDirectories;

  /** Ant-style patterns of files to check, relative to each source directory. */
  @Parameter
  List<String> includes;

  /** Ant-style patterns of files to leave out, relative to each source directory. */
  @Parameter
  List<String> excludes;

  /** The config file; by default {@code .cxlint.yml} in the project directory or a parent. */
  @Parameter(property = "cxlint.config")
  String configLocation;

  @Override
  public String getOutputName() {
    return "cxlint";
  }

  @Override
  public String getName(Locale locale) {
    return "cxlint";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Accessibility and plain-language findings in the project's web content, with the"
        + " readability of each page.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && !sources().isEmpty();
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    Path base = getProject().getBasedir().toPath();
    ProjectLinter linter = new ProjectLinter(base);
    try {
      Optional<Path> config = linter.configFile(configLocation);
      LintResult result = linter.lint(sources(), config, List.of("html"), true);
      ProjectLinter.requireAllLinted(result);
      String annotated = null;
      if (ProjectLinter.hasFormat("html")) {
        linter.write(result, "html", getReportOutputDirectory().toPath().resolve(ANNOTATED_REPORT));
        annotated = ANNOTATED_REPORT;
      }
      new SiteReportRenderer(getSink(), result, annotated).render();
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  private ContentSources sources() {
    return ContentSources.scan(getProject().getBasedir().toPath(), sourceDirectories, includes,
        excludes);
  }
}

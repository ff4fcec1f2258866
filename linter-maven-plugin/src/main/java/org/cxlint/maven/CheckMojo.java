package org.cxlint.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cxlint.core.baseline.Baseline;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;

/**
 * Checks the project's web content (Markdown, HTML, plain text) for accessibility and plain
 * language, and fails the build when findings reach {@code failOn}. Uses the same engine and the
 * same {@code .cxlint.yml} as the {@code cxlint} command line, so both report the same findings.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  /** Skip the check. */
  @Parameter(property = "cxlint.skip", defaultValue = "false")
  boolean skip;

  /** Fail the build when there are violations; false only reports them. */
  @Parameter(property = "cxlint.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /** The lowest severity that counts as a violation: error, warning or info. */
  @Parameter(property = "cxlint.failOn", defaultValue = "error")
  String failOn;

  /** How many violations are tolerated before the build fails. */
  @Parameter(property = "cxlint.maxAllowedViolations", defaultValue = "0")
  int maxAllowedViolations;

  /**
   * Directories with content to check. By default those of {@code src/site},
   * {@code src/main/content}, {@code content} and {@code docs} that exist.
   */
  @Parameter
  List<File> sourceDirectories;

  /** Ant-style patterns of files to check, relative to each source directory. */
  @Parameter
  List<String> includes;

  /** Ant-style patterns of files to leave out, relative to each source directory. */
  @Parameter
  List<String> excludes;

  /**
   * The config file. By default {@code .cxlint.yml} in the project directory or the nearest
   * parent: the same file the CLI reads.
   */
  @Parameter(property = "cxlint.config")
  String configLocation;

  /** Where report files go. */
  @Parameter(property = "cxlint.outputDirectory", defaultValue = "${project.build.directory}/cxlint")
  File outputDirectory;

  /**
   * Report files to write into {@code outputDirectory}: json, sarif, html, junit, checkstyle
   * (cxlint.json, cxlint.sarif, cxlint.html, cxlint-junit.xml, cxlint-checkstyle.xml).
   */
  @Parameter(property = "cxlint.formats")
  List<String> formats;

  /**
   * A baseline file made with {@code cxlint check --baseline-write FILE} (relative to the
   * project): findings it holds are counted as baselined and neither listed nor failing the
   * build; only new ones are. A missing or malformed file fails the build.
   */
  @Parameter(property = "cxlint.baseline")
  String baseline;

  /** Print each finding to the build log. */
  @Parameter(property = "cxlint.consoleOutput", defaultValue = "true")
  boolean consoleOutput;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File baseDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("cxlint: skipped (cxlint.skip).");
      return;
    }
    Severity threshold = FailureThreshold.parse(failOn);
    List<String> reportFormats = ProjectLinter.formats(formats);
    Path base = baseDirectory.toPath();
    ContentSources sources = ContentSources.scan(base, sourceDirectories, includes, excludes);
    if (sources.isEmpty()) {
      getLog().info("cxlint: no content to check in "
          + (sources.directories().isEmpty()
              ? "this project (none of " + String.join(", ", ContentSources.DEFAULT_DIRECTORIES)
                  + " exists; set <sourceDirectories>)"
              : sources.directories())
          + ".");
      return;
    }
    ProjectLinter linter = new ProjectLinter(base);
    Optional<Path> config = linter.configFile(configLocation);
    getLog().debug("cxlint: config " + config.map(Path::toString).orElse("(recommended defaults)"));
    Optional<Baseline> baselined = linter.baseline(baseline);
    LintResult result = linter.lint(sources, config, reportFormats, false, baselined);
    if (result.files().isEmpty()) {
      getLog().info("cxlint: no content to check in " + sources.directories() + ".");
      return;
    }

    if (consoleOutput) {
      ConsoleReport.findings(result, getLog());
    }
    for (Path written : linter.writeReports(result, reportFormats, outputDirectory)) {
      getLog().info("cxlint: wrote " + linter.display(written));
    }
    getLog().info(ConsoleReport.summary(result));
    ProjectLinter.requireAllLinted(result);

    Violations violations = Violations.of(result, threshold);
    if (violations.count() == 0) {
      return;
    }
    String found = ConsoleReport.plural(violations.count(), "violation", "violations")
        + " (findings at or above " + threshold.label() + ") in "
        + ConsoleReport.plural(violations.files(), "file", "files");
    if (violations.count() <= maxAllowedViolations) {
      getLog().warn("cxlint: " + found + ", within the " + maxAllowedViolations
          + " allowed (maxAllowedViolations).");
      return;
    }
    if (!violations.failBuild(maxAllowedViolations, failOnViolation)) {
      getLog().warn("cxlint found " + found + "; the build goes on (failOnViolation=false).");
      return;
    }
    String where = consoleOutput
        ? "Fix the lines listed above"
        : reportFormats.isEmpty()
            ? "Run with -Dcxlint.consoleOutput=true to see them"
            : "See the reports in " + linter.display(outputDirectory.toPath());
    throw new MojoFailureException("cxlint found " + found
        + (maxAllowedViolations > 0 ? ", more than the " + maxAllowedViolations + " allowed" : "")
        + ". " + where + ", or raise failOn / maxAllowedViolations.");
  }
}

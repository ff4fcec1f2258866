package org.cxlint.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlint.core.rule.Finding;

/**
 * JUnit XML as Jenkins and GitLab read it: one testsuite per file, one failing testcase per
 * finding ("rule at line:col"), one passing testcase for a clean file, and an erroring testcase
 * for a file that could not be linted.
 */
public final class JunitReporter implements Reporter {
  @Override
  public String name() {
    return "junit";
  }

  /**
   * The root element carries the run's totals, which are known only at the end: the test suites
   * are spooled to a temporary file meanwhile, so memory does not grow with the run.
   */
  @Override
  public ReportWriter open(ReportRun run, ReportSettings settings, OutputStream out)
      throws IOException {
    Path spool = Files.createTempFile("cxlint-junit", ".xml");
    BufferedWriter body = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    XmlWriter x = XmlWriter.fragment(body, "testsuites");
    return new ReportWriter() {
      long tests;
      long failures;
      long errors;

      @Override
      public void file(FileOutcome file) throws IOException {
        tests += Math.max(1, file.findings().size());
        failures += file.findings().size();
        errors += file.error() != null ? 1 : 0;
        suite(x, file, settings);
      }

      @Override
      public void finish(RunSummary summary) throws IOException {
        try {
          x.flush();
          body.close();
          BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          XmlWriter root = new XmlWriter(w);
          root.start("testsuites")
              .attribute("name", "cxlint")
              .attribute("tests", tests)
              .attribute("failures", failures)
              .attribute("errors", errors)
              .attribute("time", "0");
          if (tests > 0) {
            try (java.io.Reader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
              root.children(r);
            }
          }
          root.finish();
        } finally {
          Files.deleteIfExists(spool);
        }
      }
    };
  }

  private static void suite(XmlWriter x, FileOutcome file, ReportSettings settings)
      throws IOException {
    String path = ReportPaths.relative(file, settings);
    int cases = Math.max(1, file.findings().size());
    x.start("testsuite")
        .attribute("name", path)
        .attribute("tests", cases)
        .attribute("failures", file.findings().size())
        .attribute("errors", file.error() != null ? 1 : 0)
        .attribute("skipped", 0)
        .attribute("time", "0");
    if (file.error() != null) {
      x.start("testcase").attribute("classname", path).attribute("name", "lint")
          .attribute("file", path).attribute("time", "0");
      x.start("error").attribute("message", file.error()).attribute("type", "lint-error")
          .text(file.error()).end();
      x.end();
    } else if (file.findings().isEmpty()) {
      x.start("testcase").attribute("classname", path).attribute("name", "no findings")
          .attribute("file", path).attribute("time", "0").end();
    }
    for (Finding f : file.findings()) {
      x.start("testcase")
          .attribute("classname", path)
          .attribute("name", f.rule() + " at " + f.line() + ":" + f.column())
          .attribute("file", path)
          .attribute("line", f.line())
          .attribute("time", "0");
      x.start("failure")
          .attribute("message", f.message())
          .attribute("type", f.rule())
          .text(detail(path, f))
          .end();
      x.end();
    }
    x.end();
  }

  private static String detail(String path, Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(f.severity().label()).append(": ").append(path).append(':')
        .append(f.line()).append(':').append(f.column()).append(' ').append(f.message());
    if (f.suggestion() != null) {
      b.append("\nSuggestion: ").append(f.suggestion());
    }
    b.append("\nRule: ").append(f.rule());
    return b.toString();
  }
}

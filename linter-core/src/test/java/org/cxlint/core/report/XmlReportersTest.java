package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlReportersTest {
  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void junitHasOneSuitePerFileAndOneFailingCasePerFinding() throws Exception {
    Document doc = parse(SampleResults.write(new JunitReporter(), SampleResults.standard(),
        ReportSettings.plain()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element broken = (Element) suites.item(0);
    assertThat(broken.getAttribute("name")).isEqualTo("content/broken.md");
    assertThat(broken.getElementsByTagName("error").getLength()).isEqualTo(1);
    Element clean = (Element) suites.item(1);
    assertThat(clean.getAttribute("tests")).isEqualTo("1");
    assertThat(clean.getAttribute("failures")).isEqualTo("0");
    assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
    Element guide = (Element) suites.item(2);
    NodeList cases = guide.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element link = (Element) cases.item(1);
    assertThat(link.getAttribute("name")).isEqualTo("link-text at 7:46");
    assertThat(link.getAttribute("classname")).isEqualTo("content/guide.md");
    Element failure = (Element) link.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("link-text");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Link text \u201cclick here\u201d does not say where the link goes.");
    assertThat(failure.getTextContent()).contains("content/guide.md:7:46")
        .contains("Suggestion: Name the destination");
  }

  @Test
  void checkstyleHasTheShapeWarningsNgAndReviewdogRead() throws Exception {
    Document doc = parse(SampleResults.write(new CheckstyleReporter(), SampleResults.standard(),
        ReportSettings.plain()));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(doc.getDocumentElement().getAttribute("version")).isNotEmpty();
    NodeList files = doc.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(3);
    Element guide = (Element) files.item(2);
    assertThat(guide.getAttribute("name")).isEqualTo("content/guide.md");
    NodeList errors = guide.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(4);
    Element image = (Element) errors.item(2);
    assertThat(image.getAttribute("line")).isEqualTo("9");
    assertThat(image.getAttribute("column")).isEqualTo("1");
    assertThat(image.getAttribute("severity")).isEqualTo("error");
    assertThat(image.getAttribute("source")).isEqualTo("cxlint.image-alt");
    assertThat(image.getAttribute("message"))
        .isEqualTo("The image has no alt text. Describe what the chart shows.");
    assertThat(((Element) errors.item(0)).getAttribute("severity")).isEqualTo("info");
    Element broken = (Element) files.item(0);
    assertThat(((Element) broken.getElementsByTagName("error").item(0)).getAttribute("message"))
        .contains("not UTF-8");
  }

  @Test
  void hostileTextStaysWellFormedAndIsPreservedWherePossible() throws Exception {
    String nasty = "a\u0000b\u0007 <x> & \"q\" 'a' \n next\ttab \uD800 \uFFFE ]]> \uD83D\uDE00";
    FileOutcome r = new FileOutcome("dir/\"odd\" <name>.md",
        null,
        List.of(new org.cxlint.core.rule.Finding("shall", Severity.WARNING, 1, 1, 1, 2, nasty,
            nasty, 0, 1)),
        null, List.of(), null);
    LintResult result = new LintResult("1", List.of(), List.of(r));
    for (Reporter reporter : List.of(new JunitReporter(), new CheckstyleReporter())) {
      Document doc = parse(SampleResults.write(reporter, result, ReportSettings.plain()));
      Element e = (Element) doc.getElementsByTagName(
          reporter instanceof JunitReporter ? "failure" : "error").item(0);
      assertThat(e.getAttribute("message"))
          .startsWith("a\uFFFDb\uFFFD <x> & \"q\" 'a' \n next\ttab \uFFFD \uFFFD ]]> \uD83D\uDE00");
    }
  }
}

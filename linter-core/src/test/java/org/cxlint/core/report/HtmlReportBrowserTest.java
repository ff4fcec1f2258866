package org.cxlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens HTML reports in headless Chromium (Debian's chromium and chromium-driver) and checks
 * what a reviewer sees: findings at the right lines, working filters, no script from linted
 * content, and zero axe-core violations (WCAG 2.0, 2.1 and 2.2 A and AA rules, and best
 * practices). Outside CI a missing browser skips these tests with a message; in CI (CI=true)
 * it fails them.
 */
class HtmlReportBrowserTest {
  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
  private static final Path OUT = Path.of("target", "html-report-test");
  private static WebDriver driver;
  private static Path standard;
  private static Path hostile;
  private static Path large;
  private static Path split;
  private static Path fixes;

  @BeforeAll
  static void startBrowser() throws IOException {
    Files.createDirectories(OUT);
    standard = OUT.resolve("standard.html");
    Files.writeString(standard, SampleResults.write(new HtmlReporter(), SampleResults.standard(),
        ReportSettings.plain()));
    hostile = OUT.resolve("hostile.html");
    Files.writeString(hostile, SampleResults.write(new HtmlReporter(), hostileResult(),
        ReportSettings.plain()));

    fixes = OUT.resolve("fixes.html");
    Files.writeString(fixes, SampleResults.write(new HtmlReporter(), new LintResult("0.1.0-test",
        List.of(SampleResults.SHALL), List.of(SampleResults.file("content/fix.md",
            "# Fix\n\nApplicants shall submit the form in order to apply.\n")
            .fixable("shall", Severity.INFO, "shall", "“shall” is ambiguous.", "must", false)
            .fixable("shall", Severity.INFO, "in order to", "Plain language.", "to", true)
            .build())), ReportSettings.plain()));

    large = OUT.resolve("large.html");
    Files.writeString(large, SampleResults.write(new HtmlReporter(), largeResult(),
        ReportSettings.plain()));

    // The same 450 files as a split report: an index and parts of at most 200 files.
    split = OUT.resolve("split/report.html");
    Reporters.writeAtomically(new HtmlReporter(1_000, 1_000_000, 200), largeResult(),
        ReportSettings.plain(), split);

    Path chromium = firstExisting(System.getenv("CXLINT_CHROMIUM"), "/usr/bin/chromium",
        "/usr/bin/chromium-browser");
    Path chromedriver = firstExisting(System.getenv("CXLINT_CHROMEDRIVER"), "/usr/bin/chromedriver");
    requireTool(chromium != null && chromedriver != null,
        "Headless Chromium tests need Debian's chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver); .ci/run installs them.");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    Path profile = Files.createTempDirectory("cxlint-chromium-");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    // The driver path is given, so Selenium Manager never downloads anything.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static LintResult hostileResult() throws IOException {
    String text;
    try (InputStream in = HtmlReportBrowserTest.class.getResourceAsStream("/html-report/hostile.md")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\\u2028", "\u2028");
    }
    String payload = "\"><img src=x onerror=\"window.__cxlintPwned='message'\"><script>"
        + "window.__cxlintPwned='message'</script></textarea>";
    FileOutcome file = SampleResults.file("content/<script>alert(1)</script>\"><img src=x "
            + "onerror=alert(1)>.md", text)
        .finding("link-text", Severity.WARNING, "here\"><img src=x onerror=window.__cxlintPwned=2>",
            "Link text " + payload, "Suggestion " + payload)
        .finding("image-alt", Severity.ERROR, "<svg onload=window.__cxlintPwned=4>",
            payload, null)
        .finding("shall", Severity.INFO, "</textarea><script>alert('textarea')</script>", 0,
            "javascript:alert(1)", "<a href=\"javascript:alert(1)\">x</a>")
        .metrics(12.0, 30.0)
        .section("<script>window.__cxlintPwned='section'</script>", 6, 12.0, 30.0)
        .build();
    // A rule whose guidance link is a javascript: URL must not become a link.
    var evil = org.cxlint.core.rule.RuleMeta.builder("shall")
        .category(org.cxlint.core.rule.Category.LANGUAGE)
        .summary("<script>window.__cxlintPwned='rule'</script>")
        .guidance("javascript:window.__cxlintPwned='guidance'")
        .build();
    return new LintResult("1<script>", List.of(SampleResults.LINK_TEXT, SampleResults.IMAGE_ALT,
        evil), List.of(file));
  }

  /** 450 files; the last holds 2,500 lines with a finding on line 2,400. */
  static LintResult largeResult() {
    List<FileOutcome> files = new ArrayList<>();
    for (int i = 0; i < 449; i++) {
      files.add(SampleResults.file(String.format("content/page-%03d.md", i), "# Page\n\nText.\n")
          .build());
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 2500; i++) {
      text.append(i == 2400 ? "Line 2400 shall be marked.\n" : "Line " + i + ".\n");
    }
    files.add(SampleResults.file("content/zz-long.md", text.toString())
        .finding("shall", Severity.INFO, "shall", "m", "s").build());
    return new LintResult("1", List.of(SampleResults.SHALL), files);
  }

  @Test
  void longListsAndLongFilesRenderInParts() {
    open(large, "");
    assertThat(fileRows()).hasSize(200).startsWith("content/zz-long.md");
    driver.findElement(By.id("show-more")).click();
    assertThat(fileRows()).hasSize(400);
    driver.findElement(By.id("show-more")).click();
    assertThat(fileRows()).hasSize(450);
    assertThat(driver.findElement(By.id("show-more")).isDisplayed()).isFalse();
    // A link to a line past the first part renders up to it.
    open(large, "#f-449-L2400");
    assertThat(driver.findElement(By.cssSelector("#f-449-L2400 mark")).getText()).isEqualTo("shall");
    assertThat(driver.findElements(By.cssSelector("#detail table.source tr:not(.notes)")))
        .hasSize(2450);
    driver.findElement(By.xpath("//button[normalize-space(.)='Show the remaining 51 lines']"))
        .click();
    assertThat(driver.findElements(By.cssSelector("#detail table.source tr:not(.notes)")))
        .hasSize(2501);
    assertThat(driver.findElement(By.id("f-449-L2500")).getText()).contains("Line 2500.");
    // Opening it from the top shows the first 1,000 lines.
    open(large, "#f-449");
    assertThat(driver.findElements(By.cssSelector("#detail table.source tr:not(.notes)")))
        .hasSize(1000);
  }

  @Test
  void aSplitReportLinksItsIndexToItsParts() {
    open(split, "");
    assertThat(fileRows()).hasSize(200).startsWith("content/zz-long.md");
    assertThat(driver.findElement(By.id("list-status")).getText())
        .isEqualTo("Showing 200 of 450 matching files (450 in all).");
    WebElement first = driver.findElement(By.cssSelector("#file-rows th a"));
    assertThat(first.getAttribute("href")).endsWith("/split/report-pages/part-3.html#f-449");
    // The index filters by rule from the counts it keeps.
    new Select(driver.findElement(By.id("filter-rule"))).selectByVisibleText("shall (1)");
    assertThat(fileRows()).containsExactly("content/zz-long.md");
    driver.findElement(By.linkText("content/zz-long.md")).click();
    waitForPage("part-3.html#f-449");
    assertThat(driver.findElement(By.id("detail-heading")).getText())
        .isEqualTo("content/zz-long.md");
    assertThat(driver.findElement(By.id("f-449-L1")).getText()).contains("Line 1.");
    assertThat(driver.findElement(By.id("list-status")).getText())
        .isEqualTo("Showing 50 of 50 matching files (50 in this part, 450 in the report).");
    // A link into the index goes on to the file's part.
    driver.get(split.toAbsolutePath().toUri() + "#f-449-L2400");
    waitForPage("part-3.html#f-449-L2400");
    assertThat(driver.findElement(By.cssSelector("#f-449-L2400 mark")).getText())
        .isEqualTo("shall");
    // A link to a file of another part goes on to that part, through the index.
    driver.get(split.resolveSibling("report-pages/part-1.html").toAbsolutePath().toUri()
        + "#f-449-L2400");
    waitForPage("part-3.html#f-449-L2400");
    assertThat(driver.findElement(By.id("detail-heading")).getText())
        .isEqualTo("content/zz-long.md");
    // Parts link to the index and to each other; their file links stay in the part.
    open(split.resolveSibling("report-pages/part-2.html"), "");
    assertThat(driver.findElement(By.linkText("Overview and all files")).getAttribute("href"))
        .endsWith("/split/report.html");
    assertThat(driver.findElement(By.cssSelector("a[rel=prev]")).getAttribute("href"))
        .endsWith("/part-1.html");
    assertThat(driver.findElement(By.cssSelector("a[rel=next]")).getAttribute("href"))
        .endsWith("/part-3.html");
    assertThat(fileRows()).hasSize(200).startsWith("content/page-200.md");
    driver.findElement(By.linkText("content/page-250.md")).click();
    assertThat(driver.getCurrentUrl()).endsWith("part-2.html#f-250");
    assertThat(driver.findElement(By.id("detail-heading")).getText())
        .isEqualTo("content/page-250.md");
    assertThat(driver.findElement(By.id("f-250-L3")).getText()).contains("Text.");
  }

  private static void waitForPage(String urlEnd) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith(urlEnd)
        && "true".equals(js("return document.documentElement.getAttribute('data-ready')")));
  }

  private static void open(Path report, String fragment) {
    driver.get(report.toAbsolutePath().toUri() + fragment);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
        "true".equals(js("return document.documentElement.getAttribute('data-ready')")));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void showsEachFindingAtItsLineWithItsSpanMarked() {
    open(standard, "#f-2");
    WebElement heading = driver.findElement(By.id("detail-heading"));
    assertThat(heading.getText()).isEqualTo("content/guide.md");
    WebElement line7 = driver.findElement(By.id("f-2-L7"));
    assertThat(line7.findElement(By.tagName("th")).getText()).isEqualTo("7");
    List<WebElement> marks = line7.findElements(By.tagName("mark"));
    assertThat(marks).extracting(WebElement::getText).containsExactly("shall", "click here");
    assertThat(marks.get(1).getAttribute("class")).isEqualTo("sev-warning");
    assertThat(marks.get(0).getAttribute("class")).isEqualTo("sev-info");
    // The findings of line 7 are listed in the row right after it.
    WebElement notes = driver.findElement(By.xpath("//tr[@id='f-2-L7']/following-sibling::tr[1]"));
    assertThat(notes.getAttribute("class")).isEqualTo("notes");
    assertThat(notes.getText()).contains("link-text").contains("line 7, column 46")
        .contains("does not say where the link goes")
        .contains("Suggestion: Name the destination");
    WebElement image = driver.findElement(By.cssSelector("#f-2-L9 mark"));
    assertThat(image.getText()).isEqualTo("![](chart.png)");
    assertThat(image.getAttribute("class")).isEqualTo("sev-error");
    assertThat(driver.findElements(By.cssSelector("#f-2-L1.fm, #f-2-L4.fm"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("#f-2-L5.fm"))).isEmpty();
    // Rule names link to the rule's first guidance link.
    WebElement rule = notes.findElement(By.linkText("link-text"));
    assertThat(rule.getAttribute("href"))
        .isEqualTo("https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html");
    // Readability per section.
    assertThat(driver.findElement(By.cssSelector("#detail table.sections")).getText())
        .contains("Grant guide").contains("10.2");
  }

  @Test
  void eachFixIsShownBeforeAndAfterUnderItsFinding() {
    open(fixes, "#f-0");
    List<WebElement> cards = driver.findElements(By.cssSelector("li.finding .fix"));
    assertThat(cards).hasSize(2);
    assertThat(cards.get(0).getText()).contains("Suggested fix: Replace with “must”")
        .contains("Applicants shall submit").contains("Applicants must submit");
    assertThat(cards.get(0).findElement(By.tagName("del")).getText())
        .isEqualTo("Applicants shall submit the form in order to a…");
    assertThat(cards.get(1).getAttribute("class")).isEqualTo("fix fix-safe");
    assertThat(cards.get(1).getText()).contains("Fixed by cxlint check --fix")
        .contains("the form to apply.");
  }

  @Test
  void filtersBySeverityRuleAndFile() {
    open(standard, "");
    assertThat(fileRows()).containsExactly("content/broken.md", "content/guide.md",
        "content/clean.md");
    driver.findElement(By.id("filter-error")).click();
    driver.findElement(By.id("filter-warning")).click();
    assertThat(fileRows()).containsExactly("content/guide.md");
    driver.findElement(By.id("filter-info")).click();
    assertThat(fileRows()).isEmpty();
    assertThat(driver.findElement(By.id("list-status")).getText())
        .isEqualTo("Showing 0 of 0 matching files (3 in all).");
    driver.findElement(By.id("filter-error")).click();
    driver.findElement(By.id("filter-warning")).click();
    driver.findElement(By.id("filter-info")).click();
    new Select(driver.findElement(By.id("filter-rule"))).selectByVisibleText("image-alt (1)");
    assertThat(fileRows()).containsExactly("content/guide.md");
    // Opening the file with a rule filter shows only that rule's findings.
    driver.findElement(By.linkText("content/guide.md")).click();
    assertThat(driver.findElements(By.cssSelector("#detail li.finding"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#detail mark"))).hasSize(1);
    new Select(driver.findElement(By.id("filter-rule"))).selectByVisibleText("All rules");
    assertThat(driver.findElements(By.cssSelector("#detail li.finding"))).hasSize(4);
    WebElement search = driver.findElement(By.id("filter-file"));
    search.sendKeys("CLEAN");
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> fileRows().size() == 1);
    assertThat(fileRows()).containsExactly("content/clean.md");
    // Keyboard: Enter in the search box does not submit or navigate.
    search.sendKeys("\n");
    assertThat(driver.getCurrentUrl()).endsWith("standard.html#f-2");
  }

  @Test
  void theRuleTableFiltersTheFileList() {
    open(standard, "");
    driver.findElement(By.xpath("//button[normalize-space(.)='Show files with shall']")).click();
    assertThat(fileRows()).containsExactly("content/guide.md");
    assertThat(new Select(driver.findElement(By.id("filter-rule"))).getFirstSelectedOption()
        .getText()).isEqualTo("shall (2)");
  }

  /** The paths in the file list, read in one script call (the list may re-render meanwhile). */
  @SuppressWarnings("unchecked")
  private static List<String> fileRows() {
    return (List<String>) js("return Array.from(document.querySelectorAll('#file-rows th a'))"
        + ".map(function (a) { return a.textContent; });");
  }

  @Test
  void hostileContentIsShownAsTextAndRunsNoScript() throws IOException {
    String html = Files.readString(hostile);
    // Server-side: no payload survives as markup outside the page's own code.
    assertThat(html).doesNotContain("<img src=x").doesNotContain("<svg onload")
        .doesNotContain("<script>window.__cxlintPwned").doesNotContain("<script>alert")
        .contains("script-src 'sha256-");
    open(hostile, "#f-0");
    js("window.scrollTo(0, document.body.scrollHeight)");
    assertNoScriptRan();
    // Every line renders as text, payloads included.
    assertThat(driver.findElement(By.id("f-0-L2")).getText())
        .contains("<script>window.__cxlintPwned = 'title'</script>");
    assertThat(driver.findElement(By.id("f-0-L8")).getText())
        .contains("[here\"><img src=x onerror=window.__cxlintPwned=2>](javascript:");
    assertThat(driver.findElement(By.id("detail")).getText())
        .contains("Link text \"><img src=x onerror=\"window.__cxlintPwned='message'\">");
    // Nothing from the file became an element.
    Map<?, ?> counts = (Map<?, ?>) js("var d = document.getElementById('detail');"
        + "return {img: document.querySelectorAll('img, svg image, iframe, textarea').length,"
        + " handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,"
        + " scripts: document.scripts.length,"
        + " jsLinks: document.querySelectorAll('a[href^=\"javascript:\" i]').length,"
        + " marks: d.querySelectorAll('mark').length}");
    assertThat(counts.get("img")).isEqualTo(0L);
    assertThat(counts.get("handlers")).isEqualTo(0L);
    assertThat(counts.get("scripts")).isEqualTo(2L);
    assertThat(counts.get("jsLinks")).isEqualTo(0L);
    assertThat((Long) counts.get("marks")).isGreaterThanOrEqualTo(3L);
    // Defence in depth: even markup that got into the page could not run its handlers.
    js("var d = document.createElement('div');"
        + "d.innerHTML = '<img src=\"x\" onerror=\"window.__cxlintPwned=9\">';"
        + "document.body.appendChild(d);");
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
        Boolean.TRUE.equals(js("var i = document.querySelector('body > div > img');"
            + "return i !== null && i.complete;")));
    assertNoScriptRan();
    js("document.querySelector('body > div > img').parentNode.remove()");
    // Filtering and re-rendering with hostile data is still safe.
    new Select(driver.findElement(By.id("filter-rule"))).selectByIndex(3);
    // Mark the rendered rows, search, and wait until the debounced search has re-rendered them.
    js("document.querySelector('#file-rows tr').setAttribute('data-old', '')");
    driver.findElement(By.id("filter-file")).sendKeys("script");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
        js("var r = document.querySelector('#file-rows tr');"
            + "return r !== null && !r.hasAttribute('data-old');")));
    js("document.querySelector('#file-rows th a').click()");
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
        !d.findElements(By.cssSelector("#detail li.finding")).isEmpty());
    assertNoScriptRan();
  }

  private static void assertNoScriptRan() {
    try {
      String text = driver.switchTo().alert().getText();
      Assertions.fail("an injected script opened a dialog: " + text);
    } catch (NoAlertPresentException expected) {
      // no dialog: good
    }
    assertThat(js("return typeof window.__cxlintPwned")).isEqualTo("undefined");
  }

  @Test
  void axeCoreFindsNoViolations() throws IOException {
    Path axe = axeCore();
    String axeSource = Files.readString(axe);
    for (String page : List.of("standard.html", "standard.html#f-2", "hostile.html#f-0",
        "split/report.html", "split/report-pages/part-3.html#f-449",
        "fixes.html#f-0")) {
      String[] parts = page.split("(?=#)", 2);
      open(OUT.resolve(parts[0]), parts.length > 1 ? parts[1] : "");
      js(axeSource + "\nwindow.axe = axe;");
      Object violations = ((JavascriptExecutor) driver).executeAsyncScript(
          "var done = arguments[arguments.length - 1];"
              + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', "
              + "'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
              + ".then(function (r) { done(JSON.stringify({n: r.passes.length,"
              + " v: r.violations.map(function (v) { return v.id + ': ' + v.help + ' ' +"
              + " v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })})); },"
              + " function (e) { done('axe failed: ' + e); });");
      var outcome = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(String.valueOf(violations));
      assertThat(outcome.path("v")).as(page + ": " + violations).isEmpty();
      // axe really ran its checks (a failed injection would report nothing at all).
      assertThat(outcome.path("n").asInt()).as(page).isGreaterThan(10);
    }
  }

  @Test
  void screenshot() throws IOException {
    open(standard, "#f-2-L7");
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve("report.png"), png);
    open(standard, "");
    Files.write(OUT.resolve("overview.png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    assertThat(png.length).isGreaterThan(10_000);
    // Nothing forces sideways scrolling of the page.
    for (String page : List.of("", "#f-2")) {
      open(standard, page);
      assertThat(js("return document.documentElement.scrollWidth"
          + " <= document.documentElement.clientWidth")).as(page).isEqualTo(true);
    }
  }

  /** axe-core from the npm registry: CXLINT_AXE_JS, or the cache that .ci/run fills. */
  static Path axeCore() throws IOException {
    Path cache = Path.of(System.getProperty("user.home"), ".cache", "cxlint", "axe-core");
    Path js = cache.resolve("node_modules/axe-core/axe.min.js");
    String configured = System.getenv("CXLINT_AXE_JS");
    if (configured != null && !configured.isBlank()) {
      js = Path.of(configured);
    }
    if (!Files.isRegularFile(js) && configured == null && onPath("npm")) {
      Files.createDirectories(cache);
      try {
        Process p = new ProcessBuilder("npm", "install", "--prefix", cache.toString(),
            "--no-audit", "--no-fund", "--silent", "axe-core@4.14.1")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    requireTool(Files.isRegularFile(js), "axe-core was not found at " + js
        + "; install it with: npm install --prefix " + cache + " axe-core@4.14.1");
    return js;
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static Path firstExisting(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  private static void requireTool(boolean present, String message) {
    if (!present) {
      if (CI) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
  }
}

package org.cxlint.cli.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cxlint.cli.Main;
import org.cxlint.cli.Terminal;
import org.cxlint.core.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the ways to break a run from the outside (hostile configs, report paths, standard
 * input, terminal escapes, signals), each through the real command line with every built-in
 * rule. Each test has a time limit, so a case that once ran for minutes fails instead of hanging
 * the build.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileRunTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run cxlint(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(stdin, out, err, Map.of(), false, dir, RuleRegistry::load);
    int code = Main.run(t, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run cxlint(String... args) {
    return cxlint(new ByteArrayInputStream(new byte[0]), args);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static final String PAGE = "# Apply\n\nPlease utilize the form.\n";

  // 1, 2: patterns whose compiled program would be huge or slow are refused at config load.

  @Test
  void aRegexBombIsAConfigErrorAtItsLineAndColumnWithExit2() throws IOException {
    write(".cxlint.yml", """
        customRules:
          - id: n
            message: x
            patterns: ['((a{1000}){1000}){1000}']
        """);
    write("a.md", PAGE);
    Run r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("cxlint: .cxlint.yml:4:16: the pattern “((a{1000}){1000}){1000}”")
        .contains("RE2 instructions").contains("limit of 1,000");
  }

  @Test
  void aLongCountedRepetitionIsRefusedAndASmallPatternStillWorks() throws IOException {
    write(".cxlint.yml", """
        customRules:
          - id: slow
            message: x
            patterns: ['(?:\\w+\\W+){1000}X']
        """);
    write("a.md", PAGE);
    Run r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".cxlint.yml:4:16:").contains("about 6,002 RE2 instructions");

    write(".cxlint.yml", """
        customRules:
          - id: fine
            message: "Avoid “%s”."
            patterns: ['\\butili[sz]e\\b', 'f(?:or){1}m\\b']
        """);
    r = cxlint("check", "a.md", "--format", "json");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Avoid “utilize”.").contains("Avoid “form”.");
  }

  // 10: large vocabularies go into the word trie.

  @Test
  void thirtyThousandTokensLintQuicklyAndStillMatchWholeWords() throws IOException {
    Random random = new Random(19);
    StringBuilder yaml = new StringBuilder("customRules:\n  - id: vocabulary\n    message: "
        + "\"Avoid “%s”.\"\n    ignoreCase: false\n    tokens: [");
    // 30,000 tokens: cxlint 7dc7255 compiled them into one RE2 alternation and ran out of memory
    // (6 GB after 28 s). 100,000 on the digital.gov corpus: bench/custom-tokens.sh.
    for (int i = 0; i < 30_000; i++) {
      yaml.append(i == 0 ? "" : ", ").append("q");
      for (int k = 0; k < 5; k++) {
        yaml.append((char) ('a' + random.nextInt(26)));
      }
    }
    yaml.append(", utilize, going forward, and/or, e-mail, U.S.]\n");
    write(".cxlint.yml", yaml.toString());
    write("a.md", "# Apply\n\nPlease utilize, or Utilize, the\nform going   forward and/or by e-mail"
        + " in the U.S. today, but not utilized or email.\n");
    Run r = cxlint("check", "a.md", "--format", "json");
    assertThat(r.err()).isEmpty();
    List<String> found = new ArrayList<>();
    try {
      new ObjectMapper().readTree(r.out()).at("/files/0/findings").forEach(f -> {
        if (f.get("rule").asText().equals("vocabulary")) {
          found.add(f.get("message").asText());
        }
      });
    } catch (IOException e) {
      throw new AssertionError(r.out(), e);
    }
    assertThat(found).containsExactly("Avoid “utilize”.", "Avoid “going forward”.",
        "Avoid “and/or”.", "Avoid “e-mail”.", "Avoid “U.S.”.");
  }

  // 3: a report or the cache never replaces a file being linted; two outputs never share a file.

  @Test
  void aReportOrCacheOverAnInputIsRefusedByAnySpelling() throws IOException {
    Path page = write("page.md", PAGE);
    Files.createSymbolicLink(dir.resolve("link.md"), page.getFileName());
    for (String[] args : List.of(
        new String[] {"check", "page.md", "--report", "json=page.md"},
        new String[] {"check", "page.md", "--report", "json=./sub/../page.md"},
        new String[] {"check", "page.md", "--report", "json=link.md"},
        new String[] {"check", "link.md", "--report", "json=" + page},
        new String[] {"check", "page.md", "--cache", "--cache-location", "page.md"},
        new String[] {"check", ".", "--report", "text=page.md"})) {
      Files.createDirectories(dir.resolve("sub"));
      Run r = cxlint(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).contains("a file being linted");
      assertThat(Files.readString(page)).isEqualTo(PAGE);
      assertThat(Files.isSymbolicLink(dir.resolve("link.md"))).isTrue();
    }
  }

  @Test
  void twoReportsToOneFileAreRefused() throws IOException {
    write("page.md", PAGE);
    Run r = cxlint("check", "page.md", "--report", "json=r.json", "--report", "sarif=./r.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the json report and the sarif report would both be written to");
    assertThat(dir.resolve("r.json")).doesNotExist();
    r = cxlint("check", "page.md", "--report", "json=r.json", "--report", "sarif=r.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("two reports are written to r.json");
  }

  // 4: --max-file-size holds for standard input, which is read no further than the limit.

  @Test
  void standardInputOverTheLimitIsRefusedAfterReadingOnlyTheLimit() {
    long[] read = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        read[0] += len;
        return len;
      }
    };
    Run r = cxlint(endless, "check", "-", "--max-file-size", "1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("cannot lint <stdin>: it is more than the 1.0 MB limit for one"
        + " file (raise it with --max-file-size)");
    assertThat(read[0]).isLessThanOrEqualTo(1024 * 1024 + 1);
  }

  // 6: control characters from names, content and arguments are shown, never sent raw.

  @Test
  void controlCharactersAreShownVisiblyInTextGithubAndErrors() throws IOException {
    Run r = cxlint("explain", "link\u001b[2Jtext");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("link\\e[2Jtext").doesNotContain("\u001b");

    r = cxlint("check", "nope\u001b]0;pwn\u0007.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out() + r.err()).contains("nope\\e]0;pwn\\x07.md")
        .doesNotContain("\u001b").doesNotContain("\u0007");

    write("evil\u001b[31mred.md", PAGE);
    write("two\nlines.md", PAGE);
    write(".cxlint.yml", """
        customRules:
          - id: escapes
            message: "Found “%s”."
            patterns: ['\\x1b\\[[0-9;]*[A-Za-z]']
        """);
    write("quoted.md", "# Title\n\nSome \u001b[2J text.\n");
    for (String format : List.of("text", "github")) {
      r = cxlint("check", ".", "--format", format, "--fail-on", "never");
      assertThat(r.exit()).as(format).isEqualTo(0);
      assertThat(r.out() + r.err()).as(format).doesNotContain("\u001b")
          .contains("evil\\e[31mred.md").contains("Found “\\e[2J”.");
      for (String line : r.out().split("\n")) {
        assertThat(line).as(format).doesNotStartWith("lines.md");
      }
    }
    r = cxlint("check", ".", "--format", "text", "--fail-on", "never");
    assertThat(r.out()).contains("two\\nlines.md\n");
  }

  // 7: values that make no sense are errors at their place; a bad cache entry is a miss.

  @Test
  void negativeAndContradictoryThresholdsAreConfigErrors() throws IOException {
    write("a.md", PAGE);
    write(".cxlint.yml", "rules:\n  sentence-length: {max: -1, warningMax: -100}\n");
    Run r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".cxlint.yml:2:26: option \"max\" of rule \"sentence-length\""
        + " must be 1 or more, not -1.");

    write(".cxlint.yml", "rules:\n  sentence-length: {warningMax: 20}\n");
    r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".cxlint.yml:2:33: option \"warningMax\" of rule"
        + " \"sentence-length\" (20) must not be below \"max\" (25, its default)");

    write(".cxlint.yml", "rules:\n  front-matter: {maxTitleLength: -5}\n");
    r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".cxlint.yml:2:34: option \"maxTitleLength\" of rule"
        + " \"front-matter\" must be 0 or more, not -5.");
  }

  @Test
  void aCacheEntryThatMakesNoSenseIsAMiss() throws IOException {
    write("a.md", PAGE);
    Run first = cxlint("check", "a.md", "--cache", "--format", "json");
    assertThat(first.exit()).isEqualTo(0);
    String expected = findings(first.out());
    assertThat(expected).contains("plain-words");
    ObjectMapper json = new ObjectMapper();
    Path cache = dir.resolve(".cxlint-cache");
    JsonNode saved = json.readTree(cache.toFile());
    List<java.util.function.Consumer<ObjectNode>> breakages = List.of(
        e -> e.putNull("findings"),
        e -> ((com.fasterxml.jackson.databind.node.ArrayNode) e.get("findings").get(0)).set(2,
            json.getNodeFactory().numberNode(-3)),
        e -> ((com.fasterxml.jackson.databind.node.ArrayNode) e.get("findings").get(0)).set(0,
            json.getNodeFactory().textNode("no-such-rule")));
    for (var breakage : breakages) {
      JsonNode copy = saved.deepCopy();
      breakage.accept((ObjectNode) copy.at("/files/a.md"));
      json.writeValue(cache.toFile(), copy);
      Run again = cxlint("check", "a.md", "--cache", "--format", "json");
      assertThat(findings(again.out())).isEqualTo(expected);
    }
  }

  private static String findings(String jsonReport) throws IOException {
    return new ObjectMapper().readTree(jsonReport).at("/files/0/findings").toString();
  }

  @Test
  void aWriteErrorSaysWhy() throws IOException {
    write("page.md", PAGE);
    Run r = cxlint("check", "page.md", "--report", "json=page.md/r.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the json report to").contains("not a directory");
  }

  // 8: a report is written through a symbolic link, never over a device, FIFO or socket.

  @Test
  void aReportIsWrittenThroughASymbolicLink() throws IOException {
    write("page.md", PAGE);
    Path target = write("out/real.json", "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("out/real.json"));
    Run r = cxlint("check", "page.md", "--report", "json=link.json");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).startsWith("{").contains("page.md");
  }

  @Test
  void aDeviceOrFifoIsRefusedAndLeftAsItIs() throws Exception {
    write("page.md", PAGE);
    // Never a real system device: run as root against a faulty build, such a test would replace
    // /dev/null for the whole machine (cxlint 7dc7255 did). A null device of its own when the
    // test may make one (root), else a character device that is only read.
    Path device = dir.resolve("null-device");
    Process mknod = new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3")
        .redirectErrorStream(true).start();
    boolean own = mknod.waitFor(5, TimeUnit.SECONDS) && mknod.exitValue() == 0;
    if (own) {
      Run r = cxlint("check", "page.md", "--report", "json=null-device");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("null-device is a device, a FIFO or a socket, not a regular file");
      assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
      assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
    } else {
      // Not root: the rename over /dev/null would fail anyway; the refusal comes first.
      Run r = cxlint("check", "page.md", "--report", "json=/dev/null");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("/dev/null is a device, a FIFO or a socket, not a regular file");
    }

    Path fifo = dir.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
    Run r = cxlint("check", "page.md", "--report", "json=fifo");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is a device, a FIFO or a socket");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();

    r = cxlint("check", "page.md", "--format", "text", "--report", "json=-");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("page.md\n").contains("\"tool\"");
  }

  // 9: SARIF percent-encodes relative URIs; one report failing does not stop the others.

  @Test
  void sarifEncodesColonsAndOneFailingReportDoesNotStopTheOthers() throws IOException {
    write("x:c.md", PAGE);
    write("a b:c.md", PAGE);
    Run r = cxlint("check", ".", "--format", "sarif", "--report", "json=r/cxlint.json");
    assertThat(r.exit()).isEqualTo(0);
    List<String> uris = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).at("/runs/0/results").forEach(x ->
        uris.add(x.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
    assertThat(uris).contains("x%3Ac.md", "a%20b%3Ac.md").doesNotContain("null");
    assertThat(dir.resolve("r/cxlint.json")).exists();

    write("page.md", PAGE);
    r = cxlint("check", "page.md", "--report", "json=page.md/r.json", "--report", "sarif=ok.sarif");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the json report");
    assertThat(Files.readString(dir.resolve("ok.sarif"))).contains("\"runs\"");
  }

  // 11: extends never quotes a file that is not a config, and names the right place.

  @Test
  void extendsNeverQuotesAFileThatIsNotAConfig() throws IOException {
    write("a.md", PAGE);
    write("secret.env", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n");
    write(".cxlint.yml", "rules:\n  shall: error\nextends: secret.env\n");
    Run r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("secret.env:1:1: is not a cxlint config")
        .doesNotContain("wJalrXUtnFEMI").doesNotContain("AWS_SECRET").doesNotContain(".cxlint.yml:1:1");

    write("keys.yml", "password: hunter2\napi_token: abc\n");
    write(".cxlint.yml", "extends: keys.yml\n");
    r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("keys.yml:1:1: is not a cxlint config").doesNotContain("hunter2");

    write(".cxlint.yml", "extends: /dev/zero\n");
    r = cxlint("check", "a.md");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(".cxlint.yml:1:10: extends \"/dev/zero\", but /dev/zero is a"
        + " device, a FIFO or a socket, not a config file.");
  }

  // 12: --threads is capped at a multiple of the processors, and the user is told.

  @Test
  void threadsAreCappedWithAMessage() throws IOException {
    write("page.md", PAGE);
    Run r = cxlint("check", "page.md", "--threads", "100000");
    assertThat(r.exit()).isEqualTo(0);
    int cap = 4 * Runtime.getRuntime().availableProcessors();
    assertThat(r.err()).contains("--threads 100000 is more than 4 per processor")
        .contains("using " + cap + ".");
  }

  // 5: SIGTERM and SIGINT while a report is written leave no temporary file behind.

  @Test
  void anInterruptedRunLeavesNoTemporaryFiles() throws Exception {
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "POSIX signals");
    write("page.md", PAGE);
    Path services = dir.resolve("services/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("org.cxlint.core.report.Reporter"),
        SlowReporter.class.getName() + "\n");
    for (String signal : List.of("TERM", "INT")) {
      Path out = Files.createDirectories(dir.resolve("out-" + signal));
      String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String cp = System.getProperty("java.class.path") + java.io.File.pathSeparator
          + dir.resolve("services");
      Process p = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp,
          Main.class.getName(), "check", "page.md", "--report", "json=" + out + "/r.json",
          "--report", "slow=" + out + "/r.slow", "--cache", "--cache-location", out + "/cache")
          .directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("log-" + signal).toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
      // Reports stream side by side and finish in order: once r.json is in place, only the
      // slow report's temporary file is left, and it waits in its finish.
      while (!(Files.exists(out.resolve("r.json"))
              && tempFiles(out).stream().anyMatch(t -> t.toString().contains(".r.slow.")))
          && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(tempFiles(out)).as(Files.readString(dir.resolve("log-" + signal))).hasSize(1);
      new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(3, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(signal.equals("TERM") ? 143 : 130);
      assertThat(tempFiles(out)).isEmpty();
      assertThat(out.resolve("r.json")).exists();
      assertThat(out.resolve("r.slow")).doesNotExist();
    }
  }

  private static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}

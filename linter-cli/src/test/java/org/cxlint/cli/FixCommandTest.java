package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cxlint.core.RuleRegistry;
import org.cxlint.rules.documents.FileDisclosureRule;
import org.cxlint.rules.language.PlainWordsRule;
import org.cxlint.rules.language.ShallRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --fix, --fix-dry-run and --fix-rule with real fixing rules, on files in a temp dir. */
class FixCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String stdin = "";

  private static RuleRegistry rules() {
    return RuleRegistry.of(List.of(new PlainWordsRule(), new ShallRule(),
        new FileDisclosureRule()));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    Terminal t = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        out, err, Map.of(), false, dir, FixCommandTest::rules);
    return Main.run(t, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] bom, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(bom);
    b.writeBytes(text.getBytes(cs));
    Files.write(p, b.toByteArray());
    return p;
  }

  private static final String BEFORE = "# Título\r\n\r\nIn order to apply, we utilize the"
      + " form prior to May 1.\r\nYou shall send it.\r\n\r\n```\r\nin order to utilize\r\n```\r\n"
      + "\r\nSee [Plan (pdf, 420 kb)](https://x.gov/plan.pdf).\r\n";
  private static final String AFTER = "# Título\r\n\r\nTo apply, we use the form before May 1."
      + "\r\nYou shall send it.\r\n\r\n```\r\nin order to utilize\r\n```\r\n"
      + "\r\nSee [Plan (PDF, 420 KB)](https://x.gov/plan.pdf).\r\n";

  private static byte[] bytes(byte[] bom, String text, Charset cs) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(bom);
    b.writeBytes(text.getBytes(cs));
    return b.toByteArray();
  }

  @Test
  void fixKeepsEncodingBomAndLineEndingsByteForByte() throws IOException {
    byte[] none = {};
    byte[] utf8Bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] le = {(byte) 0xff, (byte) 0xfe};
    byte[] be = {(byte) 0xfe, (byte) 0xff};
    Path crlf = write("c/crlf.md", none, BEFORE, StandardCharsets.UTF_8);
    Path bom = write("c/bom.md", utf8Bom, BEFORE, StandardCharsets.UTF_8);
    Path utf16le = write("c/le.md", le, BEFORE, StandardCharsets.UTF_16LE);
    Path utf16be = write("c/be.md", be, BEFORE, StandardCharsets.UTF_16BE);
    Path lf = write("c/lf.md", none, BEFORE.replace("\r\n", "\n"), StandardCharsets.UTF_8);

    assertThat(run("check", "c", "--fix", "--fail-on", "warning")).isEqualTo(1); // shall stays
    assertThat(Files.readAllBytes(crlf)).isEqualTo(bytes(none, AFTER, StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(bom)).isEqualTo(bytes(utf8Bom, AFTER, StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(utf16le))
        .isEqualTo(bytes(le, AFTER, StandardCharsets.UTF_16LE));
    assertThat(Files.readAllBytes(utf16be))
        .isEqualTo(bytes(be, AFTER, StandardCharsets.UTF_16BE));
    assertThat(Files.readString(lf)).isEqualTo(AFTER.replace("\r\n", "\n"));
    assertThat(err()).contains("fixed 25 problems in 5 files (file-disclosure 10, plain-words 15)");
    // what remains is reported, and only that
    assertThat(out()).contains("“shall” is ambiguous").doesNotContain("utilize")
        .doesNotContain("fixable");

    // a second run changes no byte
    long before = Files.getLastModifiedTime(crlf).toMillis();
    assertThat(run("check", "c", "--fix", "--fail-on", "never")).isEqualTo(0);
    assertThat(err()).contains("nothing to fix");
    assertThat(Files.readAllBytes(crlf)).isEqualTo(bytes(none, AFTER, StandardCharsets.UTF_8));
    assertThat(Files.getLastModifiedTime(crlf).toMillis()).isEqualTo(before);
  }

  @Test
  void dryRunPrintsADiffAndChangesNothing() throws IOException {
    Path p = write("a.md", new byte[0], "We utilize it.\nYou shall go.\n",
        StandardCharsets.UTF_8);
    assertThat(run("check", "a.md", "--fix-dry-run", "--fail-on", "never")).isEqualTo(0);
    assertThat(out()).isEqualTo("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-We utilize it.\n"
        + "+We use it.\n You shall go.\n");
    assertThat(err()).contains("would fix 1 problem in 1 file (plain-words 1)");
    assertThat(Files.readString(p)).isEqualTo("We utilize it.\nYou shall go.\n");
  }

  @Test
  void fixRuleLimitsTheFixes() throws IOException {
    Path p = write("a.md", new byte[0],
        "We utilize [Plan (pdf, 2 MB)](https://x.gov/p.pdf).\n", StandardCharsets.UTF_8);
    assertThat(run("check", "a.md", "--fix", "--fix-rule", "file-disclosure", "--fail-on",
        "never")).isEqualTo(0);
    assertThat(Files.readString(p))
        .isEqualTo("We utilize [Plan (PDF, 2 MB)](https://x.gov/p.pdf).\n");
    assertThat(out()).contains("plain-words  (fixable)").contains("1 problem fixable with --fix");
    assertThat(run("check", "a.md", "--fix", "--fix-rule", "plain-word")).isEqualTo(2);
    assertThat(err()).contains("no rule \"plain-word\"").contains("plain-words");
  }

  @Test
  void textOutputMarksFixableFindingsAndCountsThem() throws IOException {
    write("a.md", new byte[0], "We utilize it in order to win. You shall go.\n",
        StandardCharsets.UTF_8);
    assertThat(run("check", "a.md", "--fail-on", "never")).isEqualTo(0);
    assertThat(out()).contains("plain-words  (fixable)")
        .contains("2 problems fixable with --fix");
    assertThat(out().lines().filter(l -> l.contains("shall") && l.contains("(fixable)")))
        .isEmpty();
  }

  @Test
  void standardInput() {
    stdin = "We utilize it.\n";
    assertThat(run("check", "-", "--fix")).isEqualTo(2);
    assertThat(err()).contains("--fix-dry-run");
    assertThat(run("check", "-", "--fix-dry-run", "--stdin-filename", "in.md")).isEqualTo(0);
    assertThat(out()).contains("-We utilize it.\n+We use it.\n");
  }

  @Test
  void aFileWhoseBytesWouldNotSurviveIsLeftAsItIs() throws IOException {
    Path p = dir.resolve("a.md");
    byte[] b = {'W', 'e', ' ', 'u', 't', 'i', 'l', 'i', 'z', 'e', ' ', (byte) 0x81, '.', '\n'};
    Files.write(p, b);
    assertThat(run("check", "a.md", "--fix", "--fail-on", "never")).isEqualTo(0);
    assertThat(Files.readAllBytes(p)).isEqualTo(b);
    assertThat(err()).contains("a.md was not fixed").contains("survive");
    assertThat(out()).contains("utilize");
  }
}

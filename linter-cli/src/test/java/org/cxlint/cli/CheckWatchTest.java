package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.cxlint.core.FakeRules;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxlint check --watch}: one warm engine, a file linted again each time it changes. */
class CheckWatchTest {
  @TempDir Path dir;

  /** Output shared between the watching thread and the test. */
  private final ByteArrayOutputStream out = new ByteArrayOutputStream() {
    @Override
    public synchronized void write(byte[] b, int off, int len) {
      super.write(b, off, len);
    }
  };
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Thread watching;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  private static RuleRegistry rules() {
    return RuleRegistry.of(List.of(FakeRules.word("shall", "shall", Severity.ERROR, true)));
  }

  private void watch(boolean interactive, String... args) {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(),
        interactive, dir, CheckWatchTest::rules);
    watching = new Thread(() -> exit.complete(Main.run(t, args)), "test-watch");
    watching.setDaemon(true);
    watching.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (watching != null) {
      watching.interrupt();
      assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  private String out() {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private void reset() {
    synchronized (out) {
      out.reset();
    }
  }

  private String await(Predicate<String> p) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < end) {
      String s = out();
      if (p.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not seen within 30 s; output so far:\n" + out() + "\nerr: " + err);
  }

  private void write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void lintsEverythingOnceThenEachFileAgainWhenItChanges() throws Exception {
    write("content/a.md", "You shall apply.\n");
    write("content/b.md", "Nothing to see.\n");
    watch(false, "check", "--watch", "content");
    String first = await(s -> s.contains("Watching content for changes"));
    assertThat(first).contains("content/a.md").contains("1:5  error").doesNotContain("\u001b[");
    reset();

    write("content/b.md", "Nothing.\nYou shall not pass.\n");
    String second = await(s -> s.contains("Watching"));
    assertThat(second).contains("content/b.md").contains("2:5  error")
        .doesNotContain("content/a.md");
    reset();

    write("content/b.md", "Nothing.\n");
    assertThat(await(s -> s.contains("Watching"))).doesNotContain("error").contains("No problems in 1 file");
    reset();

    write("content/new/c.md", "It shall be.\n"); // a new directory is watched too
    assertThat(await(s -> s.contains("content/new/c.md"))).contains("1:4  error");
    reset();
    write("content/notes.yml", "x: shall\n"); // not a file cxlint reads: nothing printed
    write("content/b.md", "We shall see.\n");
    assertThat(await(s -> s.contains("Watching"))).contains("content/b.md")
        .doesNotContain("notes.yml");
  }

  @Test
  void onATerminalTheScreenIsClearedAndAConfigChangeLintsEverythingAgain() throws Exception {
    write("a.md", "You shall apply.\n");
    write(".cxlint.yml", "rules:\n  shall: error\n");
    watch(true, "check", "--watch", "a.md", "--no-color");
    await(s -> s.contains("Watching a.md"));
    reset();
    write(".cxlint.yml", "rules:\n  shall: off\n");
    String s = await(x -> x.contains("Watching"));
    assertThat(s).startsWith("\u001b[H\u001b[2J").contains("No problems in 1 file");
    reset();
    write(".cxlint.yml", "rules:\n  shal: off\n");
    assertThat(await(x -> x.contains("Fix the config"))).contains(".cxlint.yml")
        .contains("unknown rule");
  }

  @Test
  void watchRefusesStandardInputAndReports() {
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
        dir, CheckWatchTest::rules);
    assertThat(Main.run(t, "check", "--watch", "-")).isEqualTo(2);
    assertThat(Main.run(t, "check", "--watch", ".", "--format", "json")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--watch");
  }
}

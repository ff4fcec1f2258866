package org.cxlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cxlint.core.RuleRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Turning cxlint on for a site that already has findings: a baseline, stable fingerprints and
 * changed lines only, on a git repository made from 22 digital.gov pages (test resources
 * {@code adopt/content}) with the real rules.
 */
class AdoptionTest {
  private static final RuleRegistry RULES = RuleRegistry.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;
  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void makeRepository() throws IOException, URISyntaxException, InterruptedException {
    Path pages = Path.of(AdoptionTest.class.getResource("/adopt/content").toURI());
    try (Stream<Path> files = Files.walk(pages)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path target = repo.resolve("content").resolve(pages.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "Pages");
  }

  private int cxlint(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
        repo, () -> RULES);
    return Main.run(t, args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private JsonNode json() throws IOException {
    return JSON.readTree(out.toByteArray());
  }

  /** Every finding the JSON report lists, as "path:line rule". */
  private List<String> findings() throws IOException {
    List<String> all = new ArrayList<>();
    for (JsonNode f : json().get("files")) {
      for (JsonNode x : f.get("findings")) {
        all.add(f.get("path").asText() + ":" + x.get("line").asInt() + " " + x.get("rule").asText());
      }
    }
    return all;
  }

  /** A baseline file's entries as "path rule fingerprint count", in file order. */
  private static List<String> entries(String baseline) throws IOException {
    List<String> all = new ArrayList<>();
    for (JsonNode e : JSON.readTree(baseline).get("findings")) {
      all.add(e.get("path").asText() + " " + e.get("rule").asText() + " "
          + e.get("fingerprint").asText() + " " + e.get("count").asInt());
    }
    return all;
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test",
        "-c", "user.email=test@example.gov", "-c", "commit.gpgsign=false",
        "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", String.join(" ", args), output).isZero();
  }

  private List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(repo.resolve("content"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private long writeBaseline() throws IOException {
    assertThat(cxlint("check", "content", "--baseline-write", ".cxlint-baseline.json",
        "--fail-on", "info", "--format", "json")).as(err()).isEqualTo(0);
    JsonNode summary = json().get("summary");
    assertThat(summary.get("errors").asLong() + summary.get("warnings").asLong()
        + summary.get("infos").asLong()).isZero();
    return summary.get("baselined").asLong();
  }

  @Test
  void aBaselineIsWrittenAndTheNextRunHasNoNewFindings() throws IOException {
    assertThat(cxlint("check", "content", "--fail-on", "info", "--format", "json")).isEqualTo(1);
    int all = findings().size();
    assertThat(all).isGreaterThan(50);

    assertThat(writeBaseline()).isEqualTo(all);
    assertThat(err()).contains("wrote " + all + " findings");
    String file = Files.readString(repo.resolve(".cxlint-baseline.json"));
    assertThat(file).startsWith("{\n  \"cxlintBaseline\": 1,\n  \"findings\": [\n    {\"path\":"
        + "\"content/");
    // One entry a line, sorted: a diff of the file shows one line per entry.
    List<String> lines = file.lines().filter(l -> l.startsWith("    {")).toList();
    assertThat(lines).isSorted();

    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--fail-on", "info", "--format", "json")).as(err()).isEqualTo(0);
    assertThat(findings()).isEmpty();
    assertThat(json().get("summary").get("baselined").asLong()).isEqualTo(all);

    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--fail-on", "info")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("No new problems in 22 files. (" + all + " baselined findings not shown)");
  }

  @Test
  void aBaselineIsFoundFromAnotherWorkingDirectory() throws IOException {
    writeBaseline();
    Path elsewhere = repo.resolve("content/news");
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
        elsewhere, () -> RULES);
    assertThat(Main.run(t, "check", ".", "--baseline", "../../.cxlint-baseline.json",
        "--fail-on", "info", "--format", "json")).as(err()).isEqualTo(0);
    assertThat(findings()).isEmpty();
  }

  @Test
  void clickHereAddedToOnePageIsExactlyOneNewFinding() throws IOException {
    writeBaseline();
    Path page = pages().get(5);
    Files.writeString(page, Files.readString(page) + "\nTo see the schedule, [click here](x).\n");

    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--fail-on", "info", "--format", "json")).as(err()).isEqualTo(1);
    List<String> fresh = findings();
    assertThat(fresh).hasSize(1);
    assertThat(fresh.get(0)).startsWith(repo.relativize(page).toString().replace('\\', '/'))
        .endsWith(" link-text");
  }

  @Test
  void tenLinesInsertedAtTheTopOfTwentyPagesGiveNoNewFindings() throws IOException {
    writeBaseline();
    List<Path> pages = pages().subList(0, 20);
    for (int i = 0; i < pages.size(); i++) {
      Path page = pages.get(i);
      String text = Files.readString(page);
      if (i % 2 == 0) {
        // Before the front matter: blank lines, as Hugo reads them.
        Files.writeString(page, "\n".repeat(10) + text);
      } else {
        // After the front matter: a comment of 10 lines.
        int end = text.indexOf("\n---", 3) + 4;
        StringBuilder comment = new StringBuilder("\n<!--\n");
        for (int n = 0; n < 8; n++) {
          comment.append("Editor's note ").append(n).append('\n');
        }
        Files.writeString(page, text.substring(0, end) + comment + "-->" + text.substring(end));
      }
    }
    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--fail-on", "info", "--format", "json")).as(err()).isEqualTo(0);
    assertThat(findings()).isEmpty();
    // The lines did move: without the baseline the same findings are reported 10 lines lower.
    assertThat(cxlint("check", pages.get(0).toString(), "--format", "json")).isIn(0, 1);
    assertThat(json().get("files").get(0).get("findings").get(0).get("line").asInt())
        .isGreaterThan(10);
  }

  @Test
  void aFixedBaselinedFindingIsReportedAsRemovedByPrune() throws IOException {
    Path page = repo.resolve("content/news/2014/04/2014-04-16-how-to-tell-your-agencys-story-plainly.md");
    assertThat(cxlint("check", page.toString(), "--format", "json")).isIn(0, 1);
    assertThat(findings()).anyMatch(f -> f.endsWith(" link-insecure"));
    long before = writeBaseline();
    String baseline = Files.readString(repo.resolve(".cxlint-baseline.json"));
    assertThat(baseline).contains("\"rule\":\"link-insecure\"");

    String text = Files.readString(page);
    Files.writeString(page, text.replace("http://", "https://"));
    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json")).isEqualTo(0);
    assertThat(err()).contains("no longer occur").contains("--baseline-prune");

    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--baseline-prune")).as(err()).isEqualTo(0);
    String pagePath = "content/news/2014/04/2014-04-16-how-to-tell-your-agencys-story-plainly.md";
    assertThat(err()).contains("from the baseline .cxlint-baseline.json:")
        .contains("removed " + pagePath + "  link-insecure");
    String pruned = Files.readString(repo.resolve(".cxlint-baseline.json"));
    assertThat(pruned).doesNotContain("\"path\":\"" + pagePath + "\",\"rule\":\"link-insecure\"");
    // A new baseline holds every pruned entry (and findings the edit made new: the links'
    // file-disclosure findings see "https" in their context now), and less than before.
    assertThat(writeBaseline()).isLessThan(before);
    assertThat(entries(Files.readString(repo.resolve(".cxlint-baseline.json"))))
        .containsAll(entries(pruned));
  }

  @Test
  void changedSinceReportsOnlyTheFindingsOnTheEditedLines() throws IOException,
      InterruptedException {
    Path page = repo.resolve("content/news/2024/03/2024-03-19-18f-at-ten.md");
    List<String> lines = new ArrayList<>(Files.readAllLines(page));
    int at = lines.size() - 1;
    while (lines.get(at).isBlank()) {
      at--;
    }
    lines.add(at + 1, "");
    lines.add(at + 2, "The survey was reviewed by the team. For the results, [click here](x).");
    Files.write(page, lines);
    Path other = repo.resolve("content/sources/source_congressgov.md");
    git("mv", "content/communities/virtual-and-augmented-reality.md",
        "content/communities/vr-and-ar.md");
    git("commit", "-q", "-a", "-m", "Edit one page, rename another");

    assertThat(cxlint("check", "content", "--changed-since", "HEAD~1", "--fail-on", "info",
        "--format", "json")).as(err()).isEqualTo(1);
    String edited = "content/news/2024/03/2024-03-19-18f-at-ten.md:" + (at + 3);
    assertThat(findings()).containsExactlyInAnyOrder(edited + " link-text",
        edited + " passive-voice");
    // Only the changed files were linted: the edited one and the renamed one (no lines changed).
    assertThat(json().get("files")).hasSize(2);

    // Unstaged edits count too.
    List<String> otherLines = new ArrayList<>(Files.readAllLines(other));
    otherLines.add("");
    otherLines.add("Read the guide [here](y).");
    Files.write(other, otherLines);
    String added = "content/sources/source_congressgov.md:" + otherLines.size();
    assertThat(cxlint("check", "content", "--changed-since", "HEAD~1", "--fail-on", "info",
        "--format", "json")).isEqualTo(1);
    assertThat(findings()).contains(added + " link-text")
        .filteredOn(f -> f.startsWith("content/sources/")).allMatch(f -> f.startsWith(added + " "));

    assertThat(cxlint("check", "content", "--changed-since", "HEAD", "--fail-on", "info",
        "--format", "json")).isEqualTo(1);
    assertThat(findings()).allMatch(f -> f.startsWith("content/sources/"));
  }

  @Test
  void changedSinceNeedsARepositoryAndAKnownRef() throws IOException {
    assertThat(cxlint("check", "content", "--changed-since", "no-such-branch")).isEqualTo(2);
    assertThat(err()).contains("has no commit \"no-such-branch\"");

    Path outside = Files.createTempDirectory("cxlint-outside");
    try {
      Files.writeString(outside.resolve("page.md"), "# A page\n");
      out = new ByteArrayOutputStream();
      err = new ByteArrayOutputStream();
      Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), false,
          outside, () -> RULES);
      assertThat(Main.run(t, "check", ".", "--changed-since", "HEAD")).isEqualTo(2);
      assertThat(err()).contains("needs a git repository").contains("is not inside one");
    } finally {
      Files.deleteIfExists(outside.resolve("page.md"));
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void aMissingOrMalformedBaselineIsAnErrorNotASilentPass() throws IOException {
    assertThat(cxlint("check", "content", "--baseline", "missing.json")).isEqualTo(2);
    assertThat(err()).contains("the baseline").contains("missing.json does not exist");
    assertThat(out.size()).isZero();

    Files.writeString(repo.resolve("broken.json"), "{\n  \"cxlintBaseline\": 1,\n  \"findings\": [\n"
        + "    {\"path\":\"a.md\",\"rule\":\"link-text\" \"fingerprint\":\"x\"}\n  ]\n}\n");
    assertThat(cxlint("check", "content", "--baseline", "broken.json")).isEqualTo(2);
    assertThat(err()).contains("broken.json at line 4").contains("not valid JSON");

    Files.writeString(repo.resolve("other.json"), "{\"files\": []}\n");
    assertThat(cxlint("check", "content", "--baseline", "other.json")).isEqualTo(2);
    assertThat(err()).contains("not a cxlint baseline file");

    assertThat(cxlint("check", "content", "--baseline-prune")).isEqualTo(2);
    assertThat(err()).contains("--baseline-prune needs --baseline FILE");
  }

  @Test
  void sarifMarksNewAndUnchangedResultsAgainstABaseline() throws IOException {
    writeBaseline();
    Path page = pages().get(3);
    Files.writeString(page, Files.readString(page) + "\nFor the form, [click here](x).\n");
    assertThat(cxlint("check", "content", "--baseline", ".cxlint-baseline.json",
        "--format", "sarif")).isIn(0, 1);
    JsonNode results = json().get("runs").get(0).get("results");
    long fresh = 0;
    long unchanged = 0;
    for (JsonNode r : results) {
      String state = r.get("baselineState").asText();
      fresh += state.equals("new") ? 1 : 0;
      unchanged += state.equals("unchanged") ? 1 : 0;
      assertThat(r.get("partialFingerprints").get("cxlint/v2").asText()).matches("[0-9a-f]{16}:\\d+");
    }
    assertThat(fresh).isEqualTo(1);
    assertThat(unchanged).isGreaterThan(50);
  }
}

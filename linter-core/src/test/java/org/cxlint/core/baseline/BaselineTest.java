package org.cxlint.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;
import org.cxlint.core.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  private static Finding at(String rule, String text, String flagged) {
    int start = text.indexOf(flagged);
    return new Finding(rule, Severity.WARNING, 1, start + 1, 1, start + flagged.length() + 1,
        "Message about " + flagged + ".", null, start, start + flagged.length());
  }

  private static FileOutcome outcome(String path, String text, String... flagged) {
    List<Finding> findings = new java.util.ArrayList<>();
    for (String f : flagged) {
      findings.add(at("plain-words", text, f));
    }
    return new FileOutcome(path, SourceFile.of(path, text), findings, null, List.of(), null);
  }

  @Test
  void writesSortedEntriesWithCountsAndReadsThemBack() throws Exception {
    BaselineRecorder recorder = new BaselineRecorder(dir.resolve("b/baseline.json"), dir);
    String text = "We utilize it. We utilize it.";
    recorder.add(outcome("z.md", "Commence now.", "Commence"));
    recorder.add(outcome("a.md", text, "utilize"));
    recorder.add(outcome("a.md", text, "utilize"));
    Baseline written = recorder.baseline();
    written.write();
    String file = Files.readString(dir.resolve("b/baseline.json"));
    assertThat(file.lines().filter(l -> l.startsWith("    {")).toList()).hasSize(2)
        .first().asString().startsWith("    {\"path\":\"../a.md\",\"rule\":\"plain-words\"")
        .contains("\"count\":2");
    Baseline read = Baseline.read(dir.resolve("b/baseline.json"));
    assertThat(read.entries()).containsExactlyElementsOf(written.entries());
    assertThat(read.findingCount()).isEqualTo(3);
  }

  @Test
  void checksHoldBackUpToEachCountAndPruneDropsWhatIsGone() throws Exception {
    Path file = dir.resolve("baseline.json");
    String text = "We utilize it and utilize it.";
    BaselineRecorder recorder = new BaselineRecorder(file, dir);
    FileOutcome first = outcome("a.md", text, "utilize", "utilize");
    recorder.add(first);
    Files.writeString(dir.resolve("gone.md"), "x");
    recorder.add(outcome("gone.md", "Commence.", "Commence"));
    recorder.baseline().write();
    Files.delete(dir.resolve("gone.md"));

    BaselineCheck check = new BaselineCheck(Baseline.read(file), dir);
    // Three equal findings now (same text, same context): two are held back, one is new.
    String more = "We utilize it and utilize it and utilize it.";
    FileOutcome checked = check.apply(new FileOutcome("a.md", SourceFile.of("a.md", more),
        List.of(at("plain-words", more, "utilize")), null, List.of(), null));
    assertThat(checked.findings()).hasSize(1);
    assertThat(checked.baselinedCount()).isZero();
    assertThat(check.absent()).extracting(BaselineEntry::path).contains("gone.md");
  }

  @Test
  void aMalformedFileIsAnErrorNamingTheFileLineAndCause() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"),
        "{\"cxlintBaseline\": 1, \"findings\": [{\"path\": \"a.md\", \"rule\": 3}]}");
    assertThatThrownBy(() -> Baseline.read(bad)).isInstanceOf(BaselineException.class)
        .hasMessageContaining("bad.json at line 1").hasMessageContaining("\"rule\" must be a string");
    Path newer = Files.writeString(dir.resolve("newer.json"),
        "{\"cxlintBaseline\": 2, \"findings\": []}");
    assertThatThrownBy(() -> Baseline.read(newer)).hasMessageContaining("version 2");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json")))
        .hasMessageContaining("none.json does not exist");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThatThrownBy(() -> Baseline.read(empty)).isInstanceOf(BaselineException.class)
        .hasMessageContaining("empty.json");
  }
}

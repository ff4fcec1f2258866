package org.cxlint.core.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.InputFinder;
import org.cxlint.core.Linter;
import org.cxlint.core.Source;

/**
 * {@code check --fix} and {@code --fix-dry-run} over a batch: on each worker thread, a file with
 * safe fixes is fixed in memory ({@link FixApplier}), written back once in its own encoding
 * ({@link EncodedFile}) unless this is a dry run, and its outcome replaced by the lint of the
 * fixed text. What happened to each file waits in {@link #take} for the front end, which prints
 * it in path order.
 */
public final class FixRun implements Linter.FileStep {
  private final FixApplier applier;
  private final boolean dryRun;
  private final Map<String, FileFix> done = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> byRule = new ConcurrentHashMap<>();
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger heldBack = new AtomicInteger();

  /**
   * What fixing did to one file.
   *
   * @param diff the unified diff of the change (empty when nothing changed)
   * @param fixes how many fixes were applied (or, in a dry run, would be)
   * @param problem why a changed text was not written (encoding, a concurrent edit), or null
   */
  public record FileFix(String diff, int fixes, String problem) {}

  public FixRun(FixApplier applier, boolean dryRun) {
    this.applier = Objects.requireNonNull(applier, "applier");
    this.dryRun = dryRun;
  }

  @Override
  public FileOutcome after(InputFinder.Input input, FileOutcome outcome) {
    if (outcome.error() != null || outcome.source() == null || input.file() == null
        || outcome.findings().stream().noneMatch(applier::applies)) {
      return outcome;
    }
    try {
      return fix(input, outcome);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a fix must not end the run: the file stays as it was, and the user is told.
      done.put(outcome.path(), new FileFix("", 0, "fixing it failed ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "); it was left as it was"));
      return outcome;
    }
  }

  private FileOutcome fix(InputFinder.Input input, FileOutcome outcome) {
    Source source = input.source();
    FixApplier.Result result = applier.fix(source, outcome);
    heldBack.addAndGet(result.heldBack());
    if (!result.changed()) {
      return result.outcome();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(input.file());
    } catch (IOException e) {
      done.put(outcome.path(), new FileFix("", 0, "cannot read it again: " + e.getMessage()));
      return outcome;
    }
    EncodedFile encoded = EncodedFile.of(bytes);
    if (!encoded.text().equals(result.original())) {
      done.put(outcome.path(), new FileFix("", 0, "it changed while cxlint was linting it;"
          + " run --fix again"));
      return outcome;
    }
    byte[] fixed;
    try {
      fixed = encoded.encode(result.text());
      if (!dryRun) {
        EncodedFile.replace(input.file(), bytes, fixed);
      }
    } catch (EncodedFile.Unwritable | IOException e) {
      done.put(outcome.path(), new FileFix("", 0, e.getMessage()));
      return outcome;
    }
    files.incrementAndGet();
    result.fixesByRule().forEach((rule, n) ->
        byRule.computeIfAbsent(rule, r -> new AtomicInteger()).addAndGet(n));
    done.put(outcome.path(), new FileFix(
        UnifiedDiff.of(outcome.path(), result.original(), result.text()), result.fixCount(),
        null));
    return result.outcome();
  }

  /** What fixing did to the file at {@code path}, once; null when it had nothing to fix. */
  public FileFix take(String path) {
    return done.remove(path);
  }

  /** How many safe fixes were held back because they would have made a new finding. */
  public int heldBack() {
    return heldBack.get();
  }

  /** How many files were changed (or would be, in a dry run). */
  public int filesChanged() {
    return files.get();
  }

  /** Fixes applied per rule id, sorted by id. */
  public Map<String, Integer> fixesByRule() {
    Map<String, Integer> out = new TreeMap<>();
    byRule.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  public boolean dryRun() {
    return dryRun;
  }
}

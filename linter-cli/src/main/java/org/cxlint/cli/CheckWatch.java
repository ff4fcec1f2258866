package org.cxlint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cxlint.core.FileOutcome;
import org.cxlint.core.LintResult;
import org.cxlint.core.RuleRegistry;
import org.cxlint.core.config.Config;
import org.cxlint.core.model.Format;
import org.cxlint.core.report.ReportSettings;
import org.cxlint.core.report.Reporter;
import org.cxlint.core.rule.Severity;
import org.cxlint.lsp.DocumentChecker;

/**
 * {@code cxlint check --watch PATH…}: lints the paths once, then keeps the rules loaded and
 * lints a file again whenever it changes, printing its findings (after clearing the screen when
 * standard output is a terminal). A change to the config file reads it again and lints every
 * file. Runs until interrupted (Ctrl-C).
 */
final class CheckWatch {
  /** Changes that arrive this close together are one change (an editor's save is several). */
  private static final long SETTLE_MS = 100;
  private static final String CLEAR = "\u001b[H\u001b[2J\u001b[3J";

  private final RuleRegistry registry;
  private final Supplier<Config> config;
  private final List<Path> inputs;
  private final Terminal terminal;
  private final Reporter reporter;
  private final boolean color;
  private final boolean quiet;
  private DocumentChecker checker;

  /**
   * @param config reads the config (again, after it changed); throws UsageError's cause as an
   *     unchecked exception when it is broken
   */
  CheckWatch(RuleRegistry registry, Supplier<Config> config, List<Path> inputs,
      Terminal terminal, Reporter reporter, boolean color, boolean quiet) {
    this.registry = registry;
    this.config = config;
    this.inputs = inputs;
    this.terminal = terminal;
    this.reporter = reporter;
    this.color = color;
    this.quiet = quiet;
  }

  int run() throws IOException {
    Path base = terminal.workingDirectory();
    Config c = config.get();
    checker = new DocumentChecker(registry, c);
    Path configFile = c.file().map(p -> p.toAbsolutePath().normalize()).orElse(null);
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      Map<WatchKey, Path> keys = new HashMap<>();
      for (Path in : inputs) {
        Path abs = base.resolve(in).toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
          registerTree(watcher, abs, keys);
        } else if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
          register(watcher, abs.getParent(), keys);
        }
      }
      if (configFile != null && configFile.getParent() != null) {
        register(watcher, configFile.getParent(), keys);
      }
      print(checker.checkAll(inputs, base), false);
      while (true) {
        WatchKey key = watcher.take();
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, keys, changed, watcher);
        // let a burst of events (save = truncate + write + rename) settle
        WatchKey more;
        while ((more = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, keys, changed, watcher);
        }
        if (configFile != null && changed.contains(configFile)) {
          try {
            checker = new DocumentChecker(registry, config.get());
            print(checker.checkAll(inputs, base), true);
          } catch (RuntimeException e) {
            message(true, "cxlint: " + (e.getMessage() == null ? e.toString() : e.getMessage())
                + "\nFix the config; cxlint lints again when it changes.");
          }
          continue;
        }
        List<FileOutcome> results = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Path p : changed) {
          if (wanted(p, base)) {
            if (Files.isRegularFile(p)) {
              results.add(checker.checkFile(p, display(base, p)));
            } else if (!Files.exists(p)) {
              removed.add(display(base, p));
            }
          }
        }
        if (!results.isEmpty()) {
          print(new LintResult(org.cxlint.core.Version.current(), c.enabledRules(), results), true);
        } else if (!removed.isEmpty()) {
          message(true, String.join(", ", removed) + (removed.size() == 1 ? " was" : " were")
              + " removed. Watching for changes. Press Ctrl-C to stop.");
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
      return ExitCode.CLEAN;
    }
  }

  /** A file this run lints: a lintable name, under an input (or named), not hidden or ignored. */
  private boolean wanted(Path p, Path base) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    if (name.startsWith(".") || Format.forFileName(name) == null) {
      return false;
    }
    for (Path in : inputs) {
      Path abs = base.resolve(in).toAbsolutePath().normalize();
      if (p.equals(abs)) {
        return true; // named on the command line: always linted
      }
      if (p.startsWith(abs) && !hiddenBetween(abs, p) && !checker.ignored(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hiddenBetween(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void collect(WatchKey key, Map<WatchKey, Path> keys, Set<Path> changed,
      WatchService watcher) throws IOException {
    Path dir = keys.get(key);
    for (WatchEvent<?> e : key.pollEvents()) {
      if (dir == null || e.kind() == StandardWatchEventKinds.OVERFLOW) {
        continue;
      }
      Path p = dir.resolve((Path) e.context()).normalize();
      if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)
          && !p.getFileName().toString().startsWith(".")) {
        registerTree(watcher, p, keys);
        try (var files = Files.walk(p)) {
          files.filter(Files::isRegularFile).forEach(changed::add);
        }
        continue;
      }
      changed.add(p);
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  private static void registerTree(WatchService watcher, Path root, Map<WatchKey, Path> keys)
      throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        register(watcher, dir, keys);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void register(WatchService watcher, Path dir, Map<WatchKey, Path> keys)
      throws IOException {
    if (!keys.containsValue(dir)) {
      keys.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
    }
  }

  private void print(LintResult result, boolean clear) throws IOException {
    if (quiet) {
      List<FileOutcome> files = new ArrayList<>();
      for (FileOutcome f : result.files()) {
        files.add(f.withFindings(f.findings().stream()
            .filter(x -> x.severity() == Severity.ERROR).toList()));
      }
      result = new LintResult(result.toolVersion(), result.rules(), files);
    }
    OutputStream out = terminal.out();
    if (clear && terminal.interactive()) {
      out.write(CLEAR.getBytes(StandardCharsets.UTF_8));
    }
    reporter.write(result, new ReportSettings(color, terminal.workingDirectory()), out);
    message(false, "Watching " + String.join(", ", inputs.stream().map(Path::toString).toList())
        + " for changes. Press Ctrl-C to stop.");
  }

  private void message(boolean clear, String text) throws IOException {
    OutputStream out = terminal.out();
    if (clear && terminal.interactive()) {
      out.write(CLEAR.getBytes(StandardCharsets.UTF_8));
    }
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.println(text);
    w.flush();
  }

  private static String display(Path base, Path p) {
    try {
      return base.relativize(p).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return p.toString();
    }
  }
}

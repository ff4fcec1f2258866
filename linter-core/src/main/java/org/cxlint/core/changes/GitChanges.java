package org.cxlint.core.changes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed since a git ref, asked of the {@code git} command: the commits since the ref
 * (from where the current branch left it, as a pull request is compared), what is staged, what
 * is not yet staged, and files git does not track yet (minus ignored ones). Renames are followed,
 * so a moved page counts as changed only where its lines changed. The git command and not a
 * library: it is on every CI runner and developer machine, reads every repository git itself can
 * (worktrees, shallow and partial clones, any index version), and costs the linter no jar and no
 * start-up when the option is not used.
 */
public final class GitChanges {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");
  private static final long TIMEOUT_SECONDS = 300;

  private GitChanges() {}

  /**
   * The changes since {@code ref} in the repository that holds {@code directory}.
   *
   * @throws ChangesException when git is missing, {@code directory} is in no repository, or
   *     the ref names no commit
   */
  public static ChangedLines since(Path directory, String ref) throws ChangesException {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new ChangesException("--changed-since needs a git ref such as origin/main or"
          + " HEAD~1, not \"" + ref + "\".");
    }
    Path dir = directory.toAbsolutePath().normalize();
    Result top = git(dir, "rev-parse", "--show-toplevel");
    if (top.exit != 0) {
      throw new ChangesException("--changed-since needs a git repository, and " + dir
          + " is not inside one (git: " + firstLine(top.err) + ").");
    }
    Path root = ChangedLines.real(Path.of(top.out.strip()));
    Result commit = git(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.exit != 0) {
      throw new ChangesException("--changed-since: the repository at " + root
          + " has no commit \"" + ref + "\". Name a branch, tag or commit; in CI, fetch it"
          + " first (e.g. git fetch origin main, or actions/checkout with fetch-depth: 0).");
    }
    String since = commit.out.strip();
    // Compare from where this branch left the ref, as a pull request does; unrelated histories
    // (no merge base) compare with the ref itself.
    Result base = git(root, "merge-base", since, "HEAD");
    if (base.exit == 0 && !base.out.isBlank()) {
      since = base.out.strip();
    }
    Result diff = git(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff",
        "--no-textconv", "--no-relative", "-U0", "-M", "--src-prefix=a/", "--dst-prefix=b/",
        since, "--");
    if (diff.exit != 0) {
      throw new ChangesException("--changed-since: git diff " + ref + " failed in " + root + ": "
          + firstLine(diff.err));
    }
    Map<Path, BitSet> files = new HashMap<>();
    parseDiff(diff.out, root, files);
    Result untracked = git(root, "ls-files", "--others", "--exclude-standard", "-z");
    if (untracked.exit == 0) {
      for (String name : untracked.out.split("\0")) {
        if (!name.isEmpty()) {
          files.put(ChangedLines.real(root.resolve(name)), null);
        }
      }
    }
    return new ChangedLines(root, files);
  }

  /** Reads a {@code git diff -U0} patch: each changed file and its added lines. */
  static void parseDiff(String patch, Path root, Map<Path, BitSet> files) {
    String target = null;
    boolean header = false;
    BitSet lines = null;
    for (String line : patch.split("\n", -1)) {
      if (line.startsWith("diff --git ")) {
        header = true;
        target = null;
        lines = null;
        continue;
      }
      if (header) {
        String name = null;
        if (line.startsWith("+++ ")) {
          name = line.substring(4);
          if (name.equals("/dev/null")) {
            target = null; // deleted: nothing to lint
            continue;
          }
          name = unquote(name);
          name = name.startsWith("b/") ? name.substring(2) : name;
        } else if (line.startsWith("rename to ")) {
          name = unquote(line.substring("rename to ".length()));
        } else if (line.startsWith("@@")) {
          header = false;
        }
        if (name != null) {
          target = name;
          lines = files.computeIfAbsent(ChangedLines.real(root.resolve(name)), k -> new BitSet());
          continue;
        }
      }
      if (!header && target != null && line.startsWith("@@")) {
        Matcher m = HUNK.matcher(line);
        if (m.find()) {
          int from = Integer.parseInt(m.group(1));
          int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
          if (count > 0 && lines != null) {
            lines.set(from, from + count);
          }
        }
      }
    }
  }

  /** A path as git writes it: in double quotes with C escapes when it has unusual characters. */
  static String unquote(String s) {
    if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length() - 1) {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() - 1 ? i + 2 : i + 1;
        byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        i = end - 1;
        bytes.write(b, 0, b.length);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> bytes.write('\n');
        case 't' -> bytes.write('\t');
        case 'r' -> bytes.write('\r');
        case 'a' -> bytes.write(7);
        case 'b' -> bytes.write('\b');
        case 'f' -> bytes.write('\f');
        case 'v' -> bytes.write(11);
        case '0', '1', '2', '3' -> {
          int v = n - '0';
          for (int k = 0; k < 2 && i + 1 < s.length() - 1
              && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7'; k++) {
            v = v * 8 + (s.charAt(++i) - '0');
          }
          bytes.write(v);
        }
        default -> bytes.write(n);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private record Result(int exit, String out, String err) {}

  private static Result git(Path dir, String... args) throws ChangesException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    pb.environment().put("GIT_OPTIONAL_LOCKS", "0"); // a linter must not take the index lock
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new ChangesException("--changed-since runs git, and git could not be started ("
          + e.getMessage() + "). Install git or put it on the PATH.", e);
    }
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    String out = read(p.getInputStream());
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new ChangesException("--changed-since: git " + String.join(" ", args)
            + " did not finish in " + TIMEOUT_SECONDS + " seconds.");
      }
      return new Result(p.exitValue(), out, err.join());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new ChangesException("--changed-since: interrupted while git ran.", e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}

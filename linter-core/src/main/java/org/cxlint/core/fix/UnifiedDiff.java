package org.cxlint.core.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, {@code git apply} and {@code patch -p1} read it) between two
 * versions of one file, line by line, with three lines of context. Lines keep their own line
 * endings; a last line without one is marked "\ No newline at end of file".
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after}, with headers {@code a/PATH} and
   * {@code b/PATH}; empty when they are equal.
   */
  public static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> ops = edits(a, b); // each {kind, indexA, indexB}: 0 same, 1 delete, 2 insert
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(path).append('\n');
    out.append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i)[0] == 0) {
        i++;
      }
      if (i >= ops.size()) {
        break;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // extend the hunk while changes are no more than 2 * CONTEXT lines apart
      while (true) {
        while (end < ops.size() && ops.get(end)[0] != 0) {
          end++;
        }
        int same = end;
        while (same < ops.size() && ops.get(same)[0] == 0) {
          same++;
        }
        if (same < ops.size() && same - end <= 2 * CONTEXT) {
          end = same;
          continue;
        }
        end = Math.min(ops.size(), end + CONTEXT);
        break;
      }
      hunk(out, ops.subList(start, end), a, b);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (int[] op : ops) {
      if (op[0] != 2) {
        aCount++;
      }
      if (op[0] != 1) {
        bCount++;
      }
      if (aStart < 0 && op[0] != 2) {
        aStart = op[1];
      }
      if (bStart < 0 && op[0] != 1) {
        bStart = op[2];
      }
    }
    // an empty side starts after the line before it (diff -u convention)
    int aFrom = aCount == 0 ? ops.get(0)[1] : aStart + 1;
    int bFrom = bCount == 0 ? ops.get(0)[2] : bStart + 1;
    out.append("@@ -").append(range(aFrom, aCount)).append(" +").append(range(bFrom, bCount))
        .append(" @@\n");
    for (int[] op : ops) {
      String line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
      out.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+');
      if (line.endsWith("\n") || line.endsWith("\r")) {
        out.append(line);
        if (line.endsWith("\r")) {
          out.append('\n');
        }
      } else {
        out.append(line).append("\n\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int from, int count) {
    return count == 1 ? String.valueOf(from) : from + "," + count;
  }

  /** The text's lines, each with its line ending (CRLF, LF or CR). */
  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  /**
   * The shortest edit script (Myers), after the common head and tail are set aside, so a few
   * changed lines in a long file cost little.
   */
  private static List<int[]> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<int[]> ops = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      ops.add(new int[] {0, k, k});
    }
    myers(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, head, ops);
    for (int k = 0; k < tail; k++) {
      ops.add(new int[] {0, a.size() - tail + k, b.size() - tail + k});
    }
    return ops;
  }

  private static void myers(List<String> a, List<String> b, int aOff, int bOff, List<int[]> ops) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) {
          x = v[max + k + 1];
        } else {
          x = v[max + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[max + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    // walk back through the trace
    List<int[]> rev = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] pv = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && pv[max + k - 1] < pv[max + k + 1])) ? k + 1 : k - 1;
      int prevX = pv[max + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        rev.add(new int[] {0, aOff + x - 1, bOff + y - 1});
        x--;
        y--;
      }
      if (x == prevX) {
        rev.add(new int[] {2, aOff + x, bOff + y - 1});
      } else {
        rev.add(new int[] {1, aOff + x - 1, bOff + y});
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      rev.add(new int[] {0, aOff + x - 1, bOff + y - 1});
      x--;
      y--;
    }
    for (int i = rev.size() - 1; i >= 0; i--) {
      ops.add(rev.get(i));
    }
  }
}

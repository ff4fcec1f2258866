package org.cxlint.core.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A read-only {@code key<TAB>value} table kept as the raw bytes of a gzip'd resource whose
 * lines are sorted by key (unsigned byte order, which is ISO-8859-1 char order), with no blank
 * line. Lines starting with '#' (the header) must come first.
 *
 * <p>Loading is one inflate into an array of the exact size and nothing else: no object per
 * entry, no scan for line starts. A writer's one-file run looks up a few thousand words, each by
 * bisection of the bytes themselves (a probe lands anywhere and backs up to its line's start),
 * so the dictionary's 126,000 words are ready as soon as they are inflated; building an index
 * first would cost a one-file run a tenth of its CPU time. A run that keeps looking up (a
 * site, a language server session) gets an open-addressing hash index of line offsets after
 * {@link #INDEX_AFTER} lookups, because a bisection of 17 steps per word was a fifth of a
 * whole-corpus run (JFR, issue 7).
 *
 * <p>An entry is named by the offset of its line in the data, which {@link #indexOf} returns and
 * {@link #intValue}, {@link #decimalValue}, {@link #key} and {@link #value} take. Thread safe.
 */
final class SortedTable {
  /** Lookups by bisection before the hash index is built. */
  static final int INDEX_AFTER = 1 << 14;

  private final byte[] data;
  /** Offset of the first entry (after the header). */
  private final int start;
  private final int indexAfter;
  /** Slot -> line offset + 1 (0: empty); length a power of two, at most half full. */
  private volatile int[] slots;
  /** Lookups so far, counted without a lock: a lost count only delays the index a little. */
  private int lookups;

  private SortedTable(byte[] data, int indexAfter) {
    this.data = data;
    this.indexAfter = indexAfter;
    int p = 0;
    while (p < data.length && data[p] == '#') {
      while (p < data.length && data[p] != '\n') {
        p++;
      }
      p++;
    }
    this.start = Math.min(p, data.length);
  }

  static SortedTable load(Class<?> owner, String resource) {
    return load(owner, resource, INDEX_AFTER);
  }

  /** With {@code indexAfter} lookups by bisection before the index (tests use 0 and MAX). */
  static SortedTable load(Class<?> owner, String resource, int indexAfter) {
    byte[] data;
    try (InputStream raw = owner.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource + " next to "
            + owner.getSimpleName());
      }
      data = inflate(raw.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return new SortedTable(data, indexAfter);
  }

  /**
   * The gzip member's bytes, inflated straight into an array of the size its trailer gives
   * (ISIZE, the size modulo 2^32); read to the end the slow way when that size is not the
   * size.
   */
  private static byte[] inflate(byte[] packed) throws IOException {
    int size = packed.length < 18 ? -1
        : (packed[packed.length - 4] & 0xff) | (packed[packed.length - 3] & 0xff) << 8
            | (packed[packed.length - 2] & 0xff) << 16 | (packed[packed.length - 1] & 0xff) << 24;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed), 1 << 16)) {
      if (size >= 0) {
        byte[] out = new byte[size];
        int n = in.readNBytes(out, 0, size);
        if (n == size && in.read() < 0) {
          return out;
        }
      }
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed), 1 << 16)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  /** Whether the hash index has been built (tests). */
  boolean indexed() {
    return slots != null;
  }

  /** The entries (line offsets) in key order; a scan of the whole table. */
  int[] entries() {
    int[] starts = new int[1 << 14];
    int n = 0;
    int i = start;
    while (i < data.length) {
      int end = i;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      if (end > i) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
      i = end + 1;
    }
    return Arrays.copyOf(starts, n);
  }

  /** The value of entry {@code e} read as a non-negative integer (cheaper than parsing a String). */
  int intValue(int e) {
    int p = e;
    while (data[p] != '\t') {
      p++;
    }
    int v = 0;
    for (p++; p < data.length && data[p] >= '0' && data[p] <= '9'; p++) {
      v = v * 10 + (data[p] - '0');
    }
    return v;
  }

  /**
   * The value of entry {@code e} read as a decimal number: a plain {@code -0.0599} is read
   * without a String (the same double Double.parseDouble gives, as digits / 10^k is one correctly
   * rounded division); anything else goes through Double.parseDouble.
   */
  double decimalValue(int e) {
    int p = e;
    while (data[p] != '\t') {
      p++;
    }
    p++;
    boolean negative = p < data.length && data[p] == '-';
    if (negative) {
      p++;
    }
    long digits = 0;
    int count = 0;
    int fraction = -1;
    for (; p < data.length && data[p] != '\n'; p++) {
      byte b = data[p];
      if (b >= '0' && b <= '9' && count < 15) {
        digits = digits * 10 + (b - '0');
        count++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (b == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return Double.parseDouble(value(e)); // an exponent, a sign elsewhere, many digits
      }
    }
    if (count == 0) {
      return Double.parseDouble(value(e)); // let it fail as before
    }
    double v = fraction <= 0 ? digits : digits / POWERS_OF_TEN[fraction];
    return negative ? -v : v;
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** The key of entry {@code e}. */
  String key(int e) {
    int end = e;
    while (data[end] != '\t') {
      end++;
    }
    return new String(data, e, end - e, StandardCharsets.ISO_8859_1);
  }

  /** The value of entry {@code e}. */
  String value(int e) {
    int v = e;
    while (data[v] != '\t') {
      v++;
    }
    v++;
    int end = v;
    while (end < data.length && data[end] != '\n') {
      end++;
    }
    return new String(data, v, end - v, StandardCharsets.US_ASCII);
  }

  /** The entry of {@code key}, or -1 when absent (always for the empty key). */
  int indexOf(String key) {
    if (key.isEmpty()) {
      return -1;
    }
    int[] table = slots;
    if (table == null) {
      if (lookups < indexAfter) {
        lookups++;
        return bisect(key);
      }
      table = index();
    }
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    int mask = table.length - 1;
    for (int slot = spread(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int line = table[slot] - 1;
      if (compare(key, line) == 0) {
        return line;
      }
    }
    return -1;
  }

  /** Bisection of the lines between {@code start} and the end. */
  private int bisect(String key) {
    int lo = start; // always a line start
    int hi = data.length; // always a line start or the end
    while (lo < hi) {
      int line = (lo + hi) >>> 1;
      while (line > lo && data[line - 1] != '\n') {
        line--;
      }
      int c = compare(key, line);
      if (c == 0) {
        return line;
      }
      if (c < 0) {
        hi = line;
      } else {
        int end = line;
        while (end < hi && data[end] != '\n') {
          end++;
        }
        lo = end + 1;
      }
    }
    return -1;
  }

  /** The hash index, built by the first caller that needs it. */
  private synchronized int[] index() {
    int[] table = slots;
    if (table != null) {
      return table;
    }
    int[] lines = entries();
    int size = Integer.highestOneBit(Math.max(4, lines.length * 2)) << 1;
    table = new int[size];
    int mask = size - 1;
    for (int line : lines) {
      int h = 0;
      for (int p = line; p < data.length && data[p] != '\t' && data[p] != '\n'; p++) {
        h = 31 * h + (data[p] & 0xff);
      }
      int slot = spread(h) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = line + 1;
    }
    slots = table;
    return table;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** key compared with the key of the line at {@code at} (which ends at a tab or line end). */
  private int compare(String key, int at) {
    int k = 0;
    int p = at;
    while (true) {
      int lineByte = p < data.length ? data[p] & 0xff : '\t';
      boolean lineEnds = lineByte == '\t' || lineByte == '\n';
      boolean keyEnds = k == key.length();
      if (keyEnds || lineEnds) {
        return keyEnds && lineEnds ? 0 : keyEnds ? -1 : 1;
      }
      int kc = key.charAt(k);
      if (kc != lineByte) {
        return kc < lineByte ? -1 : 1;
      }
      k++;
      p++;
    }
  }
}

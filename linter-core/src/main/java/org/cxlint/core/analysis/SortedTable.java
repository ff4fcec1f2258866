package org.cxlint.core.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A read-only {@code key<TAB>value} table kept as the raw bytes of a gzip'd resource whose
 * lines are sorted by key (ASCII byte order). Loading is an inflate and one scan for line starts,
 * with no object per entry: the dictionary's 126,000 words cost a few milliseconds instead of the
 * few hundred a HashMap of Strings would take at startup. Lookups go through an open-addressing
 * hash index of entry numbers (one int array), because a bisection of 17 steps per word was a
 * fifth of a whole-corpus run (JFR, issue 7).
 * Lines starting with '#' (the header) must come first.
 */
final class SortedTable {
  private final byte[] data;
  private final int[] lineStarts;
  /** Slot -> entry number + 1 (0: empty); length a power of two, at most half full. */
  private final int[] slots;

  private SortedTable(byte[] data, int[] lineStarts) {
    this.data = data;
    this.lineStarts = lineStarts;
    int size = Integer.highestOneBit(Math.max(4, lineStarts.length * 2)) << 1;
    int[] table = new int[size];
    int mask = size - 1;
    for (int line = 0; line < lineStarts.length; line++) {
      int h = 0;
      for (int p = lineStarts[line]; p < data.length && data[p] != '\t' && data[p] != '\n'; p++) {
        h = 31 * h + (data[p] & 0xff);
      }
      int slot = spread(h) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = line + 1;
    }
    this.slots = table;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  static SortedTable load(Class<?> owner, String resource) {
    byte[] data;
    try (InputStream raw = owner.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + resource + " next to "
            + owner.getSimpleName());
      }
      try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 21);
        in.transferTo(out);
        data = out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    int[] starts = new int[1 << 14];
    int n = 0;
    int i = 0;
    while (i < data.length) {
      int end = i;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      if (end > i && data[i] != '#') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i;
      }
      i = end + 1;
    }
    return new SortedTable(data, Arrays.copyOf(starts, n));
  }

  int size() {
    return lineStarts.length;
  }

  /** The value for {@code key}, or null when absent. */
  String get(String key) {
    int i = indexOf(key);
    return i < 0 ? null : value(i);
  }

  /** The value of entry {@code i} read as a non-negative integer (cheaper than parsing a String). */
  int intValue(int i) {
    int p = lineStarts[i];
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
   * The value of entry {@code i} read as a decimal number: a plain {@code -0.0599} is read
   * without a String (the same double Double.parseDouble gives, as digits / 10^k is one correctly
   * rounded division); anything else goes through Double.parseDouble. Reading the 59,000
   * syllable weights this way saves a tenth of a one-file run's start-up.
   */
  double decimalValue(int i) {
    int p = lineStarts[i];
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
        return Double.parseDouble(value(i)); // an exponent, a sign elsewhere, many digits
      }
    }
    if (count == 0) {
      return Double.parseDouble(value(i)); // let it fail as before
    }
    double v = fraction <= 0 ? digits : digits / POWERS_OF_TEN[fraction];
    return negative ? -v : v;
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /** The key of entry {@code i}. */
  String key(int i) {
    int p = lineStarts[i];
    int e = p;
    while (data[e] != '\t') {
      e++;
    }
    return new String(data, p, e - p, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** The value of entry {@code i}. */
  String value(int i) {
    int v = lineStarts[i];
    while (data[v] != '\t') {
      v++;
    }
    v++;
    int e = v;
    while (e < data.length && data[e] != '\n') {
      e++;
    }
    return new String(data, v, e - v, java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The entry index of {@code key}, or -1 when absent. */
  int indexOf(String key) {
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (compare(key, lineStarts[entry]) == 0) {
        return entry;
      }
    }
    return -1;
  }

  /** key compared with the key of the line at {@code at} (which ends at a tab). */
  private int compare(String key, int at) {
    int k = 0;
    int p = at;
    while (true) {
      int lineByte = p < data.length ? data[p] & 0xff : '\t';
      boolean lineEnds = lineByte == '\t';
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

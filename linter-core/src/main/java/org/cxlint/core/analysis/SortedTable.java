package org.cxlint.core.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A read-only {@code key<TAB>value} table kept as the raw bytes of a gzip'd resource whose
 * lines are sorted by key (ASCII byte order), searched by bisection. Loading is an inflate and
 * one scan for line starts, with no object per entry: the dictionary's 126,000 words cost a few
 * milliseconds instead of the few hundred a HashMap of Strings would take at startup.
 * Lines starting with '#' (the header) must come first.
 */
final class SortedTable {
  private final byte[] data;
  private final int[] lineStarts;

  private SortedTable(byte[] data, int[] lineStarts) {
    this.data = data;
    this.lineStarts = lineStarts;
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
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(key, lineStarts[mid]);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        hi = mid - 1;
      } else {
        lo = mid + 1;
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

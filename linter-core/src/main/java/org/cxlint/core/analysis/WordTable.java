package org.cxlint.core.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A read-only map from lower-case words to values, looked up straight from a region of text,
 * ignoring case and treating ’ as ', without making a String: most words of a page match
 * nothing, so the look-up that says "no" must cost no allocation.
 *
 * @param <V> value type
 */
public final class WordTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  public WordTable(Map<String, V> map) {
    int cap = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
    keys = new String[cap];
    values = new Object[cap];
    mask = cap - 1;
    for (Map.Entry<String, V> e : map.entrySet()) {
      String k = e.getKey().toLowerCase(Locale.ROOT).replace('’', '\'');
      int h = hash(k, 0, k.length()) & mask;
      while (keys[h] != null && !keys[h].equals(k)) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = e.getValue();
    }
  }

  public static int hash(CharSequence t, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(t.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }

  /** The value for the word {@code t[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence t, int from, int to) {
    int h = hash(t, from, to) & mask;
    int len = to - from;
    while (true) {
      String k = keys[h];
      if (k == null) {
        return null;
      }
      if (k.length() == len && same(k, t, from)) {
        return (V) values[h];
      }
      h = (h + 1) & mask;
    }
  }

  public boolean contains(CharSequence t, int from, int to) {
    return get(t, from, to) != null;
  }

  private static boolean same(String k, CharSequence t, int from) {
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) != fold(t.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return Arrays.toString(keys);
  }
}

package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A trie over lower-case words: one hash look-up per word of text, however many phrases the
 * list holds, and the longest phrase wins ("in view of the above" over "in view of"). A word
 * reached through a slash ("and/or") is keyed with a leading "/". Build, {@link #compile()},
 * then read from any number of threads.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseTrie<V> {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern SPACES = Pattern.compile(" +");
  private final Node<V> root = new Node<>();

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    final Map<String, Node<V>> slashNext = new HashMap<>(1);
    final List<V> values = new ArrayList<>(1);
    WordTable<Node<V>> nextTable;
    WordTable<Node<V>> slashTable;

    void compile() {
      nextTable = new WordTable<>(next);
      slashTable = new WordTable<>(slashNext);
      next.values().forEach(Node::compile);
      slashNext.values().forEach(Node::compile);
    }

    boolean leaf() {
      return next.isEmpty() && slashNext.isEmpty();
    }
  }

  private boolean compiled;

  /** A match: words {@code [from, to)} of the scanned unit and the values stored there. */
  public record Match<V>(int from, int to, List<V> values) {}

  /** Adds a phrase given as its trie keys (see {@link #keys(String)}). */
  public void add(List<String> keys, V value) {
    if (compiled) {
      throw new IllegalStateException("the trie is compiled; build a new one");
    }
    Node<V> n = root;
    for (String k : keys) {
      n = k.startsWith("/")
          ? n.slashNext.computeIfAbsent(k.substring(1), x -> new Node<>())
          : n.next.computeIfAbsent(k, x -> new Node<>());
    }
    n.values.add(value);
  }

  /** Ends building: turns every node's children into allocation-free look-up tables. */
  public PhraseTrie<V> compile() {
    root.compile();
    compiled = true;
    return this;
  }

  /** The trie keys of a lower-case phrase: words split on spaces, a slash kept on the word after it. */
  public static List<String> keys(String phrase) {
    List<String> out = new ArrayList<>();
    for (String part : SPACES.split(phrase.trim())) {
      String[] slashed = part.split("/", -1);
      out.add(slashed[0]);
      for (int i = 1; i < slashed.length; i++) {
        out.add("/" + slashed[i]);
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return root.leaf();
  }

  /**
   * All phrases that start at word {@code from}, shortest first: phrases run only over words
   * separated by white space (or a lone slash), never across punctuation.
   */
  public List<Match<V>> matchesAt(ProseWords words, int from) {
    Node<V> n = words.lookup(root.nextTable, from);
    if (n == null) {
      return List.of();
    }
    List<Match<V>> out = new ArrayList<>(2);
    int i = from + 1;
    while (true) {
      if (!n.values.isEmpty()) {
        out.add(new Match<>(from, i, n.values));
      }
      if (i >= words.size() || n.leaf()) {
        break;
      }
      char gap = words.gapBefore(i);
      Node<V> child = gap == ' ' ? words.lookup(n.nextTable, i)
          : gap == '/' ? words.lookup(n.slashTable, i) : null;
      if (child == null) {
        break;
      }
      n = child;
      i++;
    }
    return out;
  }
}

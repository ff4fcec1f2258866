package org.cxlint.rules.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxlint.core.analysis.PhraseTrie;
import org.cxlint.rules.language.VerbForms.Form;

/**
 * The plain-words list as a trie of every inflected spelling. Rows come from
 * {@code plain-words.tsv} (or from config): phrase, suggestions, forms, guards; see the file's
 * header for the syntax.
 */
public final class PlainWordList {
  /** Compiled once: String.split compiles its pattern at every call. */
  private static final Pattern SPACES = Pattern.compile(" +");
  /**
   * One row of the list.
   *
   * @param safe the suggestion {@code --fix} may apply unasked (the row's "safe" column), or
   *     null when every suggestion needs a person
   */
  public record Entry(String phrase, List<String> suggestions, int verbWord, boolean noun,
      String safe) {
    /** Whether "omit it" is among the suggestions. */
    public boolean omittable() {
      return suggestions.contains("omit it");
    }
  }

  /** A spelling in the trie: its entry, the form it was inflected to, and its guard. */
  public record Variant(Entry entry, Form form, Guard guard) {}

  /** Words that must (or must not) come right before or after a match. */
  public record Guard(Set<String> prevAllowed, Set<String> prevDenied, Set<String> nextAllowed,
      Set<String> nextDenied, boolean sentenceStart) {
    static final Guard NONE = new Guard(Set.of(), Set.of(), Set.of(), Set.of(), false);

    boolean passes(String prev, String next) {
      if (!prevAllowed.isEmpty() && (prev == null || !prevAllowed.contains(prev))) {
        return false;
      }
      if (prev != null && prevDenied.contains(prev)) {
        return false;
      }
      if (!nextAllowed.isEmpty() && (next == null || !nextAllowed.contains(next))) {
        return false;
      }
      return next == null || !nextDenied.contains(next);
    }
  }

  private final PhraseTrie<Variant> trie = new PhraseTrie<>();
  private Set<String> determiners = Set.of();
  private final List<Entry> entries = new ArrayList<>();

  private PlainWordList() {}

  /** The list shipped with cxlint. */
  public static PlainWordList builtIn(VerbForms verbs) {
    return parse(ListResource.rows("plain-words.tsv"), verbs);
  }

  /**
   * Rows added in config, each "phrase=suggestion, suggestion[=v|n]" (a suggestion may be
   * "omit it").
   */
  public static PlainWordList fromConfig(List<String> rows, VerbForms verbs) {
    List<String[]> parsed = new ArrayList<>();
    for (String r : rows) {
      String[] f = r.split("=", -1);
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException("plain-words: an added word must read "
            + "“phrase=suggestion”, e.g. “leverage=use=v”; got “" + r + "”");
      }
      parsed.add(Arrays.stream(f).map(String::trim).toArray(String[]::new));
    }
    return parse(parsed, verbs);
  }

  static PlainWordList parse(List<String[]> rows, VerbForms verbs) {
    PlainWordList list = new PlainWordList();
    Map<String, String> macros = new HashMap<>();
    for (String[] row : rows) {
      if (row[0].startsWith("@")) {
        macros.put("$" + row[0].substring(1), row[1]);
        if (row[0].equals("@det")) {
          list.determiners = Set.of(row[1].split("\\|"));
        }
        continue;
      }
      String phrase = row[0].trim().toLowerCase(Locale.ROOT);
      List<String> suggestions = Arrays.stream(row[1].split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).toList();
      String forms = row.length > 2 ? row[2].trim() : "";
      Guard guard = row.length > 3 ? guard(row[3], macros) : Guard.NONE;
      String[] formParts = forms.isEmpty() ? new String[0] : SPACES.split(forms);
      String kind = formParts.length == 0 ? "" : formParts[0];
      Set<String> dropped = new HashSet<>();
      for (int i = 1; i < formParts.length; i++) {
        dropped.add(formParts[i].substring(1));
      }
      int verbWord = kind.startsWith("v") ? (kind.length() > 1 ? kind.charAt(1) - '1' : 0) : -1;
      String safe = row.length > 4 && !row[4].isBlank() ? row[4].trim() : null;
      if (safe != null && !suggestions.contains(safe)) {
        throw new IllegalArgumentException("plain-words: the safe fix “" + safe + "” of “"
            + phrase + "” is not one of its suggestions");
      }
      Entry entry = new Entry(phrase, suggestions, verbWord, kind.equals("n"), safe);
      list.entries.add(entry);
      String[] words = phrase.split(" ");
      if (verbWord >= 0) {
        for (Form f : new Form[] {Form.BASE, Form.THIRD_PERSON, Form.PAST, Form.PARTICIPLE,
            Form.GERUND}) {
          for (String spelling : verbs.spellings(words[verbWord], f)) {
            String[] w = words.clone();
            w[verbWord] = spelling;
            list.add(String.join(" ", w), dropped, new Variant(entry, f, guard));
          }
        }
      } else if (entry.noun()) {
        list.add(phrase, dropped, new Variant(entry, Form.BASE, guard));
        String[] w = words.clone();
        w[w.length - 1] = VerbForms.plural(w[w.length - 1]);
        list.add(String.join(" ", w), dropped, new Variant(entry, Form.PLURAL, guard));
      } else {
        list.add(phrase, dropped, new Variant(entry, Form.BASE, guard));
      }
    }
    list.trie.compile();
    return list;
  }

  private final Set<String> added = new HashSet<>();

  private void add(String spelling, Set<String> dropped, Variant v) {
    if (dropped.contains(spelling)) {
      return;
    }
    // PAST and PARTICIPLE share most spellings; keep one variant per spelling and entry.
    if (added.add(spelling + "\u0000" + v.entry().phrase())) {
      trie.add(PhraseTrie.keys(spelling), v);
    }
  }

  private static Guard guard(String text, Map<String, String> macros) {
    Set<String> pa = new HashSet<>();
    Set<String> pd = new HashSet<>();
    Set<String> na = new HashSet<>();
    Set<String> nd = new HashSet<>();
    boolean start = false;
    for (String g : SPACES.split(text.trim())) {
      if (g.isEmpty()) {
        continue;
      }
      if (g.equals("at=start")) {
        start = true;
        continue;
      }
      int eq = g.indexOf('=');
      String key = g.substring(0, eq);
      Set<String> words = new HashSet<>();
      for (String w : g.substring(eq + 1).split("\\|")) {
        String expanded = macros.getOrDefault(w, w);
        words.addAll(Arrays.asList(expanded.split("\\|")));
      }
      switch (key) {
        case "prev" -> pa.addAll(words);
        case "prev!" -> pd.addAll(words);
        case "next" -> na.addAll(words);
        case "next!" -> nd.addAll(words);
        default -> throw new IllegalArgumentException("unknown guard " + g);
      }
    }
    return new Guard(Set.copyOf(pa), Set.copyOf(pd), Set.copyOf(na), Set.copyOf(nd), start);
  }

  /** The words of the list's {@code @det} line: a participle after one is an adjective. */
  public Set<String> determiners() {
    return determiners;
  }

  public PhraseTrie<Variant> trie() {
    return trie;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}

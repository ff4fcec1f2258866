package org.cxlint.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Link;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.Span;

/**
 * Sentences and words of every prose unit of a document, computed once per document on first
 * use and shared by every rule ({@code TextAnalysis.of(document)}). Part-of-speech tags are
 * computed later still, per sentence, only when a rule asks for {@link Token#pos()}.
 */
public final class TextAnalysis {
  private final List<Unit> units;
  private final Map<Prose, List<Sentence>> byProse;
  private final Map<Prose, Unit> unitOf;

  private TextAnalysis(List<Unit> units) {
    this.units = List.copyOf(units);
    this.byProse = new IdentityHashMap<>();
    this.unitOf = new IdentityHashMap<>();
    for (Unit u : units) {
      byProse.put(u.prose(), u.sentences());
      unitOf.put(u.prose(), u);
    }
  }

  /**
   * One prose unit and its sentences (at least one when the unit has any text).
   *
   * @param linkShare the share of the unit's letters and digits that are link text, 0 to 1
   * @param linkListing whether the unit lists a linked resource rather than saying something:
   *     mostly link text (60% or more), or a leading link followed only by its details,
   *     "[Title of a report](…) (PDF, 2 MB) – Agency". Readability scores and the sentence
   *     rules leave these out: the writer did not choose the resource's title.
   */
  public record Unit(Prose prose, List<Sentence> sentences, double linkShare,
      boolean linkListing) {}

  /** The analysis of {@code document}, computed on first call and then reused. */
  public static TextAnalysis of(ContentDocument document) {
    return document.derived(TextAnalysis.class, TextAnalysis::analyze);
  }

  private static TextAnalysis analyze(ContentDocument document) {
    if (document.whole() != document) {
      // A language view: the whole document's units for the prose the view keeps.
      TextAnalysis all = of(document.whole());
      List<Unit> kept = new ArrayList<>(document.prose().size());
      for (Prose p : document.prose()) {
        Unit u = all.unit(p);
        if (u != null) {
          kept.add(u);
        }
      }
      return new TextAnalysis(kept);
    }
    String source = document.source().text();
    List<Link> links = new ArrayList<>();
    for (Link l : document.links()) {
      if (l.textSpan() != null && !l.textSpan().isEmpty()) {
        links.add(l);
      }
    }
    links.sort(Comparator.comparingInt(l -> l.textSpan().start()));
    List<Span> linkText = links.stream().map(Link::textSpan).toList();
    int maxEnd = 0;
    for (Span s : linkText) {
      maxEnd = Math.max(maxEnd, s.end());
    }
    List<Unit> units = new ArrayList<>(document.prose().size());
    for (Prose p : document.prose()) {
      double share = linkShare(p, linkText, maxEnd);
      boolean listing = share >= 0.6 || (share > 0 && leadingLinkWithDetails(p, links));
      units.add(new Unit(p, analyze(p, source), share, listing));
    }
    return new TextAnalysis(units);
  }

  /** The unit starts with a link and what follows it starts with "(", a dash or a colon. */
  private static boolean leadingLinkWithDetails(Prose p, List<Link> links) {
    String t = p.text();
    int first = 0;
    while (first < t.length() && !Character.isLetterOrDigit(t.charAt(first))) {
      first++;
    }
    if (first == t.length()) {
      return false;
    }
    int off = p.sourceOffset(first);
    for (Link l : links) {
      if (l.textSpan().contains(off)) {
        int end = l.span() != null ? Math.max(l.span().end(), l.textSpan().end()) : l.textSpan().end();
        int j = first;
        while (j < t.length() && p.sourceOffset(j) < end) {
          j++;
        }
        while (j < t.length() && t.charAt(j) == ' ') {
          j++;
        }
        return j == t.length() || "(–—-:".indexOf(t.charAt(j)) >= 0;
      }
      if (l.textSpan().start() > off) {
        break;
      }
    }
    return false;
  }

  /** {@code maxEnd}: the largest end of the spans in {@code linkText}. */
  private static double linkShare(Prose p, List<Span> linkText, int maxEnd) {
    if (linkText.isEmpty()) {
      return 0;
    }
    String t = p.text();
    if (t.isEmpty() || !anyLinkWithin(p, linkText)) {
      return 0; // most units hold no link: no letter to count as link text
    }
    int letters = 0;
    int inLinks = 0;
    int k = 0;
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        continue;
      }
      letters++;
      int off = p.sourceOffset(i);
      while (k < linkText.size() && linkText.get(k).end() <= off) {
        k++;
      }
      if (k == linkText.size() && off < maxEnd) {
        // Offsets went back (a unit that is not in source order): search again. Past every
        // link's end there is nothing to find (a search from the start would end here too), so a
        // unit after the last link does not rescan the links at each letter.
        k = 0;
        while (k < linkText.size() && linkText.get(k).end() <= off) {
          k++;
        }
      }
      if (k < linkText.size() && linkText.get(k).contains(off)) {
        inLinks++;
      }
    }
    return letters == 0 ? 0 : (double) inLinks / letters;
  }

  /** Whether a link's text span holds a source offset between the unit's lowest and highest. */
  private static boolean anyLinkWithin(Prose p, List<Span> linkText) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0, n = p.text().length(); i < n; i++) {
      int off = p.sourceOffset(i);
      min = Math.min(min, off);
      max = Math.max(max, off);
    }
    for (Span s : linkText) {
      if (s.start() <= max && s.end() > min && !s.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Sentences of one prose unit; {@code source} is the text its offsets point into. */
  public static List<Sentence> analyze(Prose prose, String source) {
    List<Sentence> out = new ArrayList<>();
    for (int[] r : SentenceSplitter.split(prose, source)) {
      out.add(new Sentence(prose, r[0], r[1]));
    }
    return List.copyOf(out);
  }

  /** The unit of one of this document's prose blocks, or null for a block not in it. */
  public Unit unit(Prose prose) {
    return unitOf.get(prose);
  }

  /** Every unit, in document order. */
  public List<Unit> units() {
    return units;
  }

  /** The sentences of one of this document's prose units (empty for a unit not in it). */
  public List<Sentence> sentences(Prose prose) {
    return byProse.getOrDefault(prose, List.of());
  }

  /** Every sentence of the document, in order. */
  public List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    for (Unit u : units) {
      all.addAll(u.sentences());
    }
    return all;
  }
}

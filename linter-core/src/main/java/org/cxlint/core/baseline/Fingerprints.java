package org.cxlint.core.baseline;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.rule.Finding;

/**
 * A finding's fingerprint: what stays the same while the page around it is edited, so a baseline
 * and code scanning can tell an old finding from a new one.
 *
 * <p>It is a hash of the rule, the flagged text and a little context on each side of it (up to
 * {@value #CONTEXT} characters, not past the flagged lines), each with runs of whitespace made one
 * space. It leaves out the line number, so lines inserted or removed above a finding, and edits
 * anywhere but next to it, keep it; re-wrapping the flagged words keeps it too. A page-level
 * finding (one at the start of the file with no text of its own, such as "no h1") has no text to
 * hash: its message, without digits, stands in.
 *
 * <p>The path is not part of the hash: a baseline keys its entries by path, and a SARIF result
 * has its location beside it (as GitHub's own {@code primaryLocationLineHash} does). Equal
 * findings of one file share a fingerprint; counts tell them apart.
 */
public final class Fingerprints {
  /** Characters of context on each side of the flagged text. */
  static final int CONTEXT = 24;
  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /**
   * The findings with their fingerprints, computed from {@code source} (null when the text is not
   * at hand: only page-level findings are then hashed as usual). Findings that have one keep it.
   */
  public static List<Finding> stamp(SourceFile source, List<Finding> findings) {
    List<Finding> out = null;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.fingerprint() != null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(findings);
      }
      out.set(i, f.withFingerprint(of(source, f)));
    }
    return out == null ? findings : out;
  }

  /** The fingerprint of {@code f} in {@code source}. */
  public static String of(SourceFile source, Finding f) {
    if (isPageLevel(f) || source == null) {
      return hash(f.rule(), "page", withoutDigits(normalise(f.message())));
    }
    String text = source.text();
    int start = clamp(f.startOffset(), text.length());
    int end = clamp(Math.max(f.startOffset(), f.endOffset()), text.length());
    int firstLine = source.line(start);
    int lastLine = source.line(end);
    int before = Math.max(source.lineStart(firstLine), start - CONTEXT);
    int after = Math.min(source.lineEnd(lastLine), end + CONTEXT);
    return hash(f.rule(), normalise(text.substring(before, start)),
        normalise(text.substring(start, end)), normalise(text.substring(end, Math.max(end, after))));
  }

  /**
   * Whether a finding is about the page as a whole: rules put those at the start of the file with
   * no text of their own ("no h1", a missing required link, a site rule's finding).
   */
  public static boolean isPageLevel(Finding f) {
    return f.startOffset() == 0 && f.endOffset() == 0;
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }

  /** Runs of whitespace as one space, none at either end. */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A page-level message names counts and grades that change with edits anywhere. */
  private static String withoutDigits(String s) {
    return s.replaceAll("[0-9][0-9.,]*", "#");
  }

  /**
   * 64-bit FNV-1a over the parts' UTF-16 code units, a 0 between parts, then SplitMix64's
   * finaliser so near texts land far apart; 16 hex digits. Not SHA-256: the first use of
   * {@code MessageDigest} loads the security providers, which costs a one-file check tens of
   * milliseconds, and a fingerprint needs no cryptographic strength (a baseline matches it
   * within one file and rule).
   */
  static String hash(String... parts) {
    long h = 0xcbf29ce484222325L;
    for (String p : parts) {
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        h = (h ^ (c & 0xff)) * 0x100000001b3L;
        h = (h ^ (c >>> 8)) * 0x100000001b3L;
      }
      h = (h ^ 0xff) * 0x100000001b3L; // the separator: no code unit's byte pair ends like this
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h = h ^ (h >>> 31);
    return HEX.toHexDigits(h);
  }
}

package org.cxlint.core.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a BCP 47 language tag the way the W3C ACT rules define a valid one: well formed (subtags
 * of 1 to 8 letters or digits joined by hyphens, the first all letters) and with a primary
 * language subtag that the IANA Language Subtag Registry lists. Later subtags are not checked
 * against the registry, as browsers do not need them to choose a voice ("en-US-GB" is accepted).
 */
public final class LanguageTag {
  /** The outcome of checking one tag. */
  public enum Verdict {
    VALID,
    /** Empty or only white space. */
    EMPTY,
    /** Not of the form {@code ab-CD}: stray characters, subtags too long, a leading digit. */
    MALFORMED,
    /** Well formed, but the first subtag is no registered language ("eng", "dutch", "i-lux"). */
    UNKNOWN_LANGUAGE
  }

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*");
  private static final Set<String> PRIMARY = load();

  private LanguageTag() {}

  /** Checks a tag as written in a {@code lang} attribute (surrounding white space is ignored). */
  public static Verdict check(String tag) {
    if (tag == null || tag.isBlank()) {
      return Verdict.EMPTY;
    }
    String t = tag.strip();
    if (!WELL_FORMED.matcher(t).matches()) {
      return Verdict.MALFORMED;
    }
    int dash = t.indexOf('-');
    String primary = (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
    return PRIMARY.contains(primary) ? Verdict.VALID : Verdict.UNKNOWN_LANGUAGE;
  }

  public static boolean isValid(String tag) {
    return check(tag) == Verdict.VALID;
  }

  /** True when {@code subtag} (any case) is a registered primary language subtag. */
  public static boolean isKnownLanguage(String subtag) {
    return subtag != null && PRIMARY.contains(subtag.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>(10_000);
    try (InputStream in = LanguageTag.class.getResourceAsStream("language-subtags.txt")) {
      if (in == null) {
        throw new IllegalStateException("language-subtags.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}

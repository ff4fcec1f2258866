package org.cxlint.core.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses the language of prose that declares none, with Apache OpenNLP's language detector
 * ({@code opennlp-models-langdetect}, 103 languages), read from the classpath.
 *
 * <p>The model is 10 MB and takes about a second to load, so it loads only for text that may
 * not be English: text where the commonest English words ("the", "and", "of" …) make up a
 * normal share of the words is English without asking the model, and so is text too short to
 * judge. A writer's English page never pays for the model.
 */
public final class LanguageDetector {
  static final String MODEL = "/langdetect-183.bin";

  /** Fewer words than this are too few to judge: the text keeps the default language. */
  static final int MIN_WORDS = 12;

  /** At most this much text goes to the model (enough to judge, bounded cost). */
  static final int MAX_CHARS = 4000;

  /**
   * Frequent English function words. In English prose they are about a quarter of the words;
   * in Spanish prose almost none ("a" and "no" are left out: Spanish words too).
   */
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "for",
      "that", "you", "your", "with", "this", "are", "be", "it", "from", "can", "will", "have",
      "or", "by", "on", "an", "if", "we", "our", "in", "at", "as", "was", "not");

  /** A share of English function words at or above this means English. */
  static final double ENGLISH_SHARE = 0.10;

  private LanguageDetector() {}

  private static final class Holder {
    static final LanguageDetectorModel MODEL_INSTANCE = load();
    static final ThreadLocal<LanguageDetectorME> DETECTOR =
        ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL_INSTANCE));
    static final Map<String, String> TWO_LETTER = twoLetter();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath"
              + " (dependency org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(new BufferedInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
      }
    }

    private static Map<String, String> twoLetter() {
      Map<String, String> m = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        try {
          m.put(new Locale(two).getISO3Language(), two);
        } catch (MissingResourceException e) {
          // no three-letter code: the detector cannot name it either
        }
      }
      return Map.copyOf(m);
    }
  }

  /**
   * The language of {@code text} as a lower-case primary subtag ("en", "es"), or null when the
   * text is too short to judge.
   */
  public static String detect(CharSequence text) {
    int words = 0;
    int english = 0;
    int i = 0;
    int n = Math.min(text.length(), MAX_CHARS);
    StringBuilder w = new StringBuilder();
    while (i <= n) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        words++;
        if (ENGLISH.contains(w.toString())) {
          english++;
        }
        w.setLength(0);
      }
      i++;
    }
    if (words < MIN_WORDS) {
      return null;
    }
    if (english >= ENGLISH_SHARE * words) {
      return "en";
    }
    return model(text.subSequence(0, n).toString());
  }

  /** What the model says, without the English shortcut (null when it names no language). */
  static String model(String text) {
    Language best = Holder.DETECTOR.get().predictLanguage(text);
    if (best == null) {
      return null;
    }
    String code = best.getLang();
    return Holder.TWO_LETTER.getOrDefault(code, code);
  }
}

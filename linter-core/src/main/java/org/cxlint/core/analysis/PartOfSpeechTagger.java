package org.cxlint.core.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English UD-EWT model
 * ({@code opennlp-models-pos-en}), read from the classpath the first time a tag is asked for
 * and then shared by every thread. {@link POSTaggerME} keeps per-call state, so each thread
 * gets its own tagger over the one shared (immutable) model.
 *
 * <p>The model was trained on UD tokens, which split clitics ("is" + "n't", "agency" + "'s");
 * words are split that way for tagging and each word gets the tag of its main part.
 */
final class PartOfSpeechTagger {
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private PartOfSpeechTagger() {}

  /** Loaded on first use (class initialization is lazy and thread safe). */
  private static final class Holder {
    static final POSModel MODEL_INSTANCE = load();
    static final ThreadLocal<POSTaggerME> TAGGER =
        ThreadLocal.withInitial(() -> new POSTaggerME(MODEL_INSTANCE, POSTagFormat.UD));

    private static POSModel load() {
      try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the classpath"
              + " (dependency org.apache.opennlp:opennlp-models-pos-en)");
        }
        return new POSModel(new BufferedInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + MODEL, e);
      }
    }
  }

  /** Tags for each token, in order (punctuation gets PUNCT or SYM as the model says). */
  static String[] tag(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return new String[0];
    }
    List<String> parts = new ArrayList<>(tokens.size() + 4);
    int[] head = new int[tokens.size()];
    for (int t = 0; t < tokens.size(); t++) {
      head[t] = parts.size();
      splitClitic(tokens.get(t).text(), parts);
    }
    String[] tags = Holder.TAGGER.get().tag(parts.toArray(new String[0]));
    String[] out = new String[tokens.size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = tags[head[t]];
    }
    return out;
  }

  /** Loads the model now (for a warm-up or a benchmark); normally it loads on first use. */
  static void load() {
    Holder.TAGGER.get();
  }

  /** Adds the word as the UD tokenization would have it: "don't" → "do", "n't". */
  static void splitClitic(String word, List<String> parts) {
    String w = word.replace('\u2019', '\'');
    int apo = w.indexOf('\'');
    if (apo <= 0) {
      parts.add(w);
      return;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("n't") && w.length() > 3) {
      String base = w.substring(0, w.length() - 3);
      if (lower.equals("can't")) {
        base = w.substring(0, 2);
      } else if (lower.equals("won't")) {
        base = w.substring(0, 2);
      }
      parts.add(base);
      parts.add(w.substring(w.length() - 3));
      return;
    }
    String tail = lower.substring(apo);
    if (tail.equals("'s") || tail.equals("'re") || tail.equals("'ve") || tail.equals("'ll")
        || tail.equals("'d") || tail.equals("'m")) {
      parts.add(w.substring(0, apo));
      parts.add(w.substring(apo));
      return;
    }
    parts.add(w);
  }
}

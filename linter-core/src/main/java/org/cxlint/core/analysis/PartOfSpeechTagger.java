package org.cxlint.core.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * Universal Dependencies part-of-speech tags from Apache OpenNLP's English UD-EWT model
 * ({@code opennlp-models-pos-en}), read from the classpath the first time a tag is asked for
 * and then shared by every thread. {@link POSTaggerME} keeps per-call state, so each thread
 * gets its own tagger over the one shared (immutable) model.
 *
 * <p>Decoding is greedy (best tag left to right, within the model's tag dictionary) rather than
 * OpenNLP's beam of 3: about three times faster, and it agrees with the beam on nearly every
 * token (measured in {@code bench/analysis-throughput.sh}).
 *
 * <p>The model tags a word with its clitic as one word ("isn't" is AUX+PART, "agency's"
 * NOUN+PART), as this project's tokens are; each word gets the tag of its main part.
 */
final class PartOfSpeechTagger {
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private PartOfSpeechTagger() {}

  /** Loaded on first use (class initialization is lazy and thread safe). */
  private static final class Holder {
    static final POSModel MODEL_INSTANCE = load();
    static final ThreadLocal<POSTaggerME> TAGGER =
        ThreadLocal.withInitial(() -> new POSTaggerME(MODEL_INSTANCE, POSTagFormat.UD));
    static final MaxentModel MAXENT = (MaxentModel) MODEL_INSTANCE.getArtifact("pos.model");
    static final ThreadLocal<Greedy> GREEDY = ThreadLocal.withInitial(Greedy::new);

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
    return mainParts(Holder.GREEDY.get().tag(words(tokens)));
  }

  /** OpenNLP's own beam-search tags for the same tokens, to compare with (benchmark only). */
  static String[] tagWithBeam(List<Token> tokens) {
    return mainParts(Holder.TAGGER.get().tag(words(tokens)));
  }

  private static String[] words(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text().replace('\u2019', '\'');
    }
    return words;
  }

  /** The model tags a word with its clitic as one ("isn't" AUX+PART): keep the main part. */
  private static String[] mainParts(String[] tags) {
    for (int i = 0; i < tags.length; i++) {
      int plus = tags[i].indexOf('+');
      if (plus > 0) {
        tags[i] = tags[i].substring(0, plus);
      }
    }
    return tags;
  }

  /** Greedy decoding over the shared model; one per thread (the context generator caches). */
  private static final class Greedy {
    private final POSContextGenerator contexts =
        Holder.MODEL_INSTANCE.getFactory().getPOSContextGenerator(0);
    private final SequenceValidator<String> validator =
        Holder.MODEL_INSTANCE.getFactory().getSequenceValidator();

    String[] tag(String[] words) {
      MaxentModel model = Holder.MAXENT;
      String[] tags = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        String[] prior = java.util.Arrays.copyOf(tags, i);
        double[] probs = model.eval(contexts.getContext(i, words, prior, null));
        String best = null;
        double bestP = -1;
        String fallback = null;
        double fallbackP = -1;
        for (int o = 0; o < probs.length; o++) {
          if (probs[o] > fallbackP) {
            fallbackP = probs[o];
            fallback = model.getOutcome(o);
          }
          if (probs[o] > bestP) {
            String outcome = model.getOutcome(o);
            if (validator == null || validator.validSequence(i, words, prior, outcome)) {
              bestP = probs[o];
              best = outcome;
            }
          }
        }
        tags[i] = best != null ? best : fallback;
      }
      return tags;
    }
  }

  /** Loads the model now (for a warm-up or a benchmark); normally it loads on first use. */
  static void load() {
    Holder.TAGGER.get();
  }
}

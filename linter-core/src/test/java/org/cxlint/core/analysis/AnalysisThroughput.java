package org.cxlint.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.cxlint.core.model.ContentDocument;
import org.cxlint.core.model.Format;
import org.cxlint.core.model.Prose;
import org.cxlint.core.model.SourceFile;
import org.cxlint.core.parse.Parsers;

/**
 * Throughput of the text analysis on a corpus (run by bench/analysis-throughput.sh, not a
 * test): this project's rule-based sentences + words, OpenNLP's sentence detector + tokenizer
 * models for comparison, part-of-speech tagging of every sentence, and of only the sentences
 * holding a form of "be" or "get" (what passive-voice needs), on 1 and N threads.
 */
public final class AnalysisThroughput {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    List<ContentDocument> docs = new ArrayList<>();
    long chars = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        ContentDocument d = Parsers.parse(SourceFile.of(p.toString(), Files.readString(p)),
            Format.MARKDOWN);
        docs.add(d);
        for (Prose pr : d.prose()) {
          chars += pr.text().length();
        }
      }
    }
    System.out.printf("corpus: %d files, %.1f MB of prose text (Markdown parsed beforehand),"
        + " %d threads%n", docs.size(), chars / 1e6, threads);
    for (int round = 0; round < 2; round++) {
      String label = round == 0 ? "(warm-up) " : "";
      run(label + "rule-based sentences+words", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
            w += s.wordCount();
          }
        }
        return w;
      });
      run(label + "sentences+words+syllable counts", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
            w += s.counts().words();
          }
        }
        return w;
      });
      run(label + "OpenNLP sentence+token models", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (String s : Models.SENT.get().sentDetect(p.text())) {
            w += Models.TOK.get().tokenize(s).length;
          }
        }
        return w;
      });
      run(label + "POS tags (OpenNLP beam 3), every sentence", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
            w += PartOfSpeechTagger.tagWithBeam(s.tokens()).length;
          }
        }
        return w;
      });
      run(label + "POS tags (greedy), every sentence", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
            w += s.posTags().length;
          }
        }
        return w;
      });
      run(label + "POS tags, be/get sentences", docs, threads, d -> {
        long w = 0;
        for (Prose p : d.prose()) {
          for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
            if (s.words().stream().anyMatch(t -> BE.contains(t.lower()))) {
              w += s.posTags().length;
            }
          }
        }
        return w;
      });
    }
    AtomicLong same = new AtomicLong();
    AtomicLong all = new AtomicLong();
    run("greedy vs beam agreement pass", docs, threads, d -> {
      long w = 0;
      for (Prose p : d.prose()) {
        for (Sentence s : TextAnalysis.analyze(p, d.source().text())) {
          String[] a = PartOfSpeechTagger.tagWithBeam(s.tokens());
          String[] b = s.posTags();
          for (int i = 0; i < a.length; i++) {
            if (a[i].equals(b[i])) {
              same.incrementAndGet();
            }
          }
          all.addAndGet(a.length);
          w += a.length;
        }
      }
      return w;
    });
    System.out.printf("greedy tags equal to beam-3 tags on %.3f%% of %d tokens%n",
        100.0 * same.get() / all.get(), all.get());
  }

  private static final java.util.Set<String> BE = java.util.Set.of("be", "is", "are", "was",
      "were", "been", "being", "am", "get", "gets", "got", "gotten", "getting", "isn't",
      "aren't", "wasn't", "weren't");

  private static final class Models {
    static final SentenceModel SM = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    static final TokenizerModel TM = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    static final ThreadLocal<SentenceDetectorME> SENT = ThreadLocal.withInitial(() -> new SentenceDetectorME(SM));
    static final ThreadLocal<TokenizerME> TOK = ThreadLocal.withInitial(() -> new TokenizerME(TM));
  }

  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String name, ModelReader<T> r) {
    try (InputStream in = AnalysisThroughput.class.getResourceAsStream(name)) {
      return r.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Work {
    long apply(ContentDocument d);
  }

  private static void run(String name, List<ContentDocument> docs, int threads, Work work)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    AtomicLong total = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    List<Thread> ts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        long n;
        while ((n = next.getAndIncrement()) < docs.size()) {
          total.addAndGet(work.apply(docs.get((int) n)));
        }
        cpu.addAndGet(mx.getCurrentThreadCpuTime());
      });
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) {
      t.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpuSecs = cpu.get() / 1e9;
    System.out.printf("%-45s wall %7.2f s  cpu %7.2f s  %9d tokens  %8.0f tokens per cpu-s%n",
        name, secs, cpuSecs, total.get(), total.get() / cpuSecs);
  }
}

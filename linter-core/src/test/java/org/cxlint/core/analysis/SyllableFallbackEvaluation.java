package org.cxlint.core.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Agreement of {@link SyllableCounter#fallback(String)} alone with the CMU Pronouncing
 * Dictionary on the headwords it was not trained on (crc32(word) % 10 == 0, the split
 * linter-core/scripts/train-syllable-fallback.py held out). Run by
 * linter-core/scripts/syllable-fallback-eval.sh; not a unit test, since it reads the oracle
 * outside the project.
 */
public final class SyllableFallbackEvaluation {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    SyllableCounter counter = SyllableCounter.get();
    int heldOut = 0;
    int heldOk = 0;
    int heldOkAlt = 0;
    int all = 0;
    int allOk = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      int expected = Integer.parseInt(f[1]);
      if (expected == 0) {
        continue; // eight interjections with no vowel sound ("hmm", "shh")
      }
      int got = counter.fallback(f[0]);
      boolean ok = got == expected;
      boolean okAlt = ok || (!f[2].isEmpty() && List.of(f[2].split(",")).contains(String.valueOf(got)));
      all++;
      allOk += ok ? 1 : 0;
      CRC32 crc = new CRC32();
      crc.update(f[0].getBytes(StandardCharsets.UTF_8));
      if (crc.getValue() % 10 == 0) {
        heldOut++;
        heldOk += ok ? 1 : 0;
        heldOkAlt += okAlt ? 1 : 0;
      }
    }
    System.out.printf("fallback alone, held-out CMUdict headwords: %d/%d = %.2f%% exact"
        + " (first pronunciation); %.2f%% matching any listed pronunciation%n",
        heldOk, heldOut, 100.0 * heldOk / heldOut, 100.0 * heldOkAlt / heldOut);
    System.out.printf("fallback alone, all CMUdict headwords (training included): %d/%d = %.2f%%%n",
        allOk, all, 100.0 * allOk / all);
  }
}

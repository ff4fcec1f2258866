package org.cxlint.rules.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word or phrase list shipped in the rule pack: UTF-8, one entry a line, fields
 * separated by tabs, lines starting with "#" (the source and licence header) and blank lines
 * skipped.
 */
final class ListResource {
  private ListResource() {}

  /** The rows of the resource next to this class, each split on tabs. */
  static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ListResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing rule data file " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule data file " + name, e);
    }
    return out;
  }
}

package org.cxlint.core.baseline;

import java.util.List;

/**
 * What a baseline made of one file's findings.
 *
 * @param baselined the findings it holds, so the run neither reports nor fails on them (reports
 *     may show them dimmed)
 * @param absent its entries for the file that no longer occur, each with how many are gone
 */
public record FileBaseline(List<org.cxlint.core.rule.Finding> baselined,
    List<BaselineEntry> absent) {
  public FileBaseline {
    baselined = List.copyOf(baselined);
    absent = List.copyOf(absent);
  }
}

package org.cxlint.core.analysis;

/**
 * Metrics for one section (the part before the first h2, then each h2): the heading text
 * (null for the leading part) and the 1-based line where the section starts.
 */
public record SectionMetrics(String heading, int line, Metrics metrics) {}

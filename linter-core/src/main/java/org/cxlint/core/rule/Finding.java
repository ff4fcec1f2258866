package org.cxlint.core.rule;

/**
 * One reported problem, positioned for people (1-based line and column, end exclusive) and for
 * tools (source offsets).
 */
public record Finding(
    String rule,
    Severity severity,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    String suggestion,
    int startOffset,
    int endOffset) {}

package org.cxlint.core.model;

/** A 1-based line and 1-based column (UTF-16 code units; a tab is one column). */
public record Position(int line, int column) {}

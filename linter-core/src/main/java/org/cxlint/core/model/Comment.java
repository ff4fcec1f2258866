package org.cxlint.core.model;

/** An HTML comment (in HTML or in Markdown), with its inner text and span. */
public record Comment(String text, Span span) {}

package org.cxlint.core.model;

/**
 * An image. {@code alt} is null when the image has no alt at all (HTML without the
 * attribute), "" when it is explicitly empty. Markdown {@code ![](x)} has alt "" as
 * written; rules decide what that means for Markdown.
 */
public record Image(
    String alt, String src, String title, Span span, Span altSpan, Heading.Origin origin,
    org.jsoup.nodes.Element element) {}

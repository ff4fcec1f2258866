package org.cxlint.core.model;

/**
 * A link as a reader meets it.
 *
 * @param text the link's visible text, as a screen reader would announce it for the static
 *     cases: text content, with an inner image's alt standing in for the image; whitespace
 *     collapsed. For a shortcode it is the {@code label=} value.
 * @param destination the destination exactly as written (not resolved), or "" when none
 * @param title the title attribute, or null
 * @param span the whole link as written
 * @param textSpan the text part (for an autolink, the URL itself)
 * @param destinationSpan the destination as written, or null when it has none in the source
 * @param following the text that follows the link up to the end of its block (used for
 *     "(PDF, 2 MB)" after a link); plain text, markup removed
 * @param followingSpan the source range {@code following} was taken from
 * @param origin markdown, html, autolink or shortcode
 * @param element for HTML links (also raw HTML in Markdown), the jsoup element; otherwise null
 */
public record Link(
    String text,
    String destination,
    String title,
    Span span,
    Span textSpan,
    Span destinationSpan,
    String following,
    Span followingSpan,
    Heading.Origin origin,
    org.jsoup.nodes.Element element) {

  /** True for a Hugo {@code ref}/{@code relref} shortcode (an internal link). */
  public boolean isInternalRef() {
    return origin == Heading.Origin.SHORTCODE && destination.startsWith("ref:");
  }
}

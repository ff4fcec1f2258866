package org.cxlint.lsp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * cxlint's own requests, beyond the protocol's.
 *
 * <ul>
 *   <li>{@code cxlint/metrics}, params {@code {"uri": …}} (a TextDocumentIdentifier): the open
 *       document's readability as now typed: {@code uri}, {@code version}, {@code words},
 *       {@code sentences}, {@code syllables}, {@code complexWords}, {@code fleschReadingEase},
 *       {@code fleschKincaidGrade}, {@code gunningFog}, {@code smogIndex},
 *       {@code colemanLiauIndex}, {@code automatedReadabilityIndex} (null where a score is
 *       undefined, e.g. no sentences) and {@code sections}: one entry per h2 section with
 *       {@code heading} (null for the part before the first h2), {@code line} (0-based) and
 *       the same figures. The names are those of {@code check --format json}'s metrics.
 *   <li>{@code cxlint/heap}, no params: runs a full garbage collection and returns
 *       {@code {"usedBytes": …, "lintedVersions": …}}; for the memory benchmark.
 * </ul>
 */
@JsonSegment("cxlint")
public interface CxlintProtocol {
  @JsonRequest
  CompletableFuture<Map<String, Object>> metrics(TextDocumentIdentifier document);

  @JsonRequest
  CompletableFuture<Map<String, Object>> heap();
}

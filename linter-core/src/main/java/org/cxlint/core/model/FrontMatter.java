package org.cxlint.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML front matter parsed as real YAML. {@code values} holds the top-level map as SnakeYAML
 * constructs it (String, Number, Boolean, Date, List, Map); {@code keySpans} and
 * {@code valueSpans} give the source span of each top-level key and its value.
 * {@code span} covers the block with its {@code ---} fences. An absent block is {@link #NONE}.
 */
public record FrontMatter(
    Map<String, Object> values, Map<String, Span> keySpans, Map<String, Span> valueSpans, Span span) {

  public static final FrontMatter NONE =
      new FrontMatter(Map.of(), Map.of(), Map.of(), null);

  public FrontMatter {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    keySpans = Collections.unmodifiableMap(new LinkedHashMap<>(keySpans));
    valueSpans = Collections.unmodifiableMap(new LinkedHashMap<>(valueSpans));
  }

  public boolean isPresent() {
    return span != null;
  }

  /** A top-level value as a string, or null when absent or not a scalar. */
  public String string(String key) {
    Object v = values.get(key);
    return v == null || v instanceof Map || v instanceof Iterable ? null : String.valueOf(v);
  }

  public String title() {
    return string("title");
  }
}

package org.cxlint.core.config;

import java.nio.file.Path;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The config file a section came from, for error messages that point at the right line and
 * column.
 *
 * @param file the config file as the user knows it
 */
public record ConfigSource(Path file) {
  /** An error at {@code node}'s start: {@code file:line:column: reason}. */
  public ConfigException error(Node node, String reason) {
    if (node == null || node.getStartMark() == null) {
      return new ConfigException(file, 0, 0, reason);
    }
    return new ConfigException(file, node.getStartMark().getLine() + 1,
        node.getStartMark().getColumn() + 1, reason);
  }

  /** The directory the file lives in (relative paths in the file are resolved against it). */
  public Path directory() {
    Path parent = file.toAbsolutePath().getParent();
    return parent != null ? parent : file.toAbsolutePath();
  }
}

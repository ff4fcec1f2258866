package org.cxlint.core.config;

import java.util.List;
import org.cxlint.core.rule.Rule;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A top-level section of {@code .cxlint.yml} that cxlint's own loader does not handle, such as
 * {@code customRules:}. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.cxlint.core.config.ConfigExtension}) or passed to
 * {@link Config#load(java.nio.file.Path, org.cxlint.core.RuleRegistry, List)}.
 *
 * <p>The loader hands the section's YAML node (with positions) to the extension before it
 * reads {@code rules:}, so the rules an extension defines are on at their default severity and
 * can then be configured, switched off or overridden like built-in rules. The section's content
 * is part of {@link Config#fingerprint()}.
 */
public interface ConfigExtension {
  /** The top-level key this extension reads, e.g. {@code customRules}. */
  String key();

  /**
   * Reads the section and returns the rules it defines (possibly none).
   *
   * @param value the YAML node under {@link #key()}
   * @param source the config file, for positions in error messages
   * @throws ConfigException when the section is wrong; use {@link ConfigSource#error}
   */
  List<Rule> rules(Node value, ConfigSource source) throws ConfigException;
}

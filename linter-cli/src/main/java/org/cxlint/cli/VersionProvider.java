package org.cxlint.cli;

import org.cxlint.core.Version;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code cxlint --version}: the version, the commit it was built from and the Java runtime it
 * runs on (a bug report needs all three), e.g.
 *
 * <pre>
 * cxlint 0.1.0
 * commit 7dc7255abcde
 * Java 17.0.15+6 (Eclipse Adoptium), /opt/cxlint/lib/runtime
 * </pre>
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines();
  }

  static String[] lines() {
    return new String[] {
      "cxlint " + Version.current(),
      "commit " + Version.commit(),
      "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
          + " (" + System.getProperty("java.vendor", "unknown vendor") + "), "
          + System.getProperty("java.home", "unknown location")
    };
  }
}

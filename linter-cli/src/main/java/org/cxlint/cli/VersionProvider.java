package org.cxlint.cli;

import org.cxlint.core.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code cxlint --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"cxlint " + Version.current()};
  }
}

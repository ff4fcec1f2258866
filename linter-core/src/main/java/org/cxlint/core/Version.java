package org.cxlint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** cxlint's version and the commit it was built from, as the build stamped them into {@code version.properties}. */
public final class Version {
  private static final Properties PROPERTIES = read();
  private static final String VERSION = value("version");
  private static final String COMMIT = value("commit");

  private Version() {}

  /** The release version, e.g. {@code 0.1.0}; "unknown" when the build did not stamp it. */
  public static String current() {
    return VERSION;
  }

  /**
   * The abbreviated git commit the jar was built from; "unknown" for a build outside a git
   * clone (a source archive) or without git.
   */
  public static String commit() {
    return COMMIT;
  }

  private static String value(String key) {
    String v = PROPERTIES.getProperty(key, "unknown").strip();
    return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
  }

  private static Properties read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource reads as "unknown"
    }
    return p;
  }
}

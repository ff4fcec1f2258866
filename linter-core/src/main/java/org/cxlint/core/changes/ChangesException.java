package org.cxlint.core.changes;

/** The changes since a ref cannot be known; the message says why and what to do. */
public final class ChangesException extends Exception {
  public ChangesException(String message) {
    super(message);
  }

  public ChangesException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.cxlint.core.baseline;

/** A baseline file that cannot be read or written; the message names the file and the cause. */
public final class BaselineException extends Exception {
  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }

  public BaselineException(String message) {
    super(message);
  }
}

package org.cxlint.cli;

/**
 * A problem with how cxlint was called or with what it was given (bad option value, bad config,
 * a report that cannot be written): reported as one line on standard error, exit code 2.
 */
final class UsageError extends Exception {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }

  UsageError(String message, Throwable cause) {
    super(message, cause);
  }
}

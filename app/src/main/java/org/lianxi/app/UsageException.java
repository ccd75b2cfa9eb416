package org.lianxi.app;

/** A command line that makes no sense (exit code 2, nothing changed). */
public class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}

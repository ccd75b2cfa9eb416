package org.lianxi.app;

/** The exit codes of ../shared/interfaces.md. */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** Done, but something was rejected or is overdue (details printed). */
  public static final int ATTENTION = 1;

  /** Bad command line or configuration; nothing changed. */
  public static final int USAGE = 2;

  /** Failure; nothing half-written: a rerun continues or starts cleanly. */
  public static final int FAILURE = 3;

  private ExitCode() {}
}

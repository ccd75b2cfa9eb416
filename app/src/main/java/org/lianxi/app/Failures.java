package org.lianxi.app;

import org.lianxi.ledger.calendar.CalendarFormatException;
import org.lianxi.ledger.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns what a command throws into a message and an exit code. */
final class Failures implements IExecutionExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof ConfigException
        || e instanceof CalendarFormatException
        || e instanceof UsageException) {
      commandLine.getErr().println("lianxi: " + e.getMessage());
      return ExitCode.USAGE;
    }
    log.error("Failed", e);
    commandLine.getErr().println("lianxi: failed: " + rootMessage(e));
    return ExitCode.FAILURE;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (" + cause.getMessage() + ")";
  }
}

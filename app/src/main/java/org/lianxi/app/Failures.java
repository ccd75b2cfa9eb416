package org.lianxi.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    commandLine.getErr().println("lianxi: failed: " + message(e));
    return ExitCode.FAILURE;
  }

  /** What went wrong, in a line: the database or the disk named when it is them, no SQL text. */
  static String message(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    for (Throwable t : chain) {
      String text = String.valueOf(t.getMessage());
      if (t instanceof java.io.IOException && text.contains("No space left on device")) {
        return "the disk is full (" + withoutSql(text) + "); free some space and run it again";
      }
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.net.ConnectException
          || t.getClass().getSimpleName().equals("CommunicationsException")) {
        return "the database does not answer ("
            + withoutSql(chain.get(chain.size() - 1).getMessage())
            + "); check that it runs (the embedded one keeps its log lines on standard error)";
      }
    }
    Throwable root = chain.get(chain.size() - 1);
    String top = withoutSql(String.valueOf(e.getMessage()));
    return root == e ? top : top + " (" + withoutSql(String.valueOf(root.getMessage())) + ")";
  }

  /** Spring's data-access messages quote the statement: that is for the log, not the user. */
  private static final Pattern SQL_TEXT =
      Pattern.compile(
          "(?:SQL )?\\[\\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|WITH|CALL)\\b.*?\\](?=;|\\s|$)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  static String withoutSql(String message) {
    return message == null ? "" : SQL_TEXT.matcher(message).replaceAll("[statement in the log]");
  }
}

package org.lianxi.ledger.accounts;

import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log ({@code console_audit}): who did what, when and from where. The one writer of the
 * table; rows are only added.
 */
public final class AuditLog {

  /** What is recorded. */
  public enum Action {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    ACCOUNT_ADDED,
    ACCOUNT_LOCKED,
    ACCOUNT_RESET,
    RECEIPT_DOWNLOADED,
    FILE_UPLOADED,
    TEMPLATE_DOWNLOADED,
    TOPIC_PROPOSED,
    TOPIC_DECIDED,
    MINUTES_DOWNLOADED,
    MEETING_SCHEDULED,
    REPORT_GENERATED,
    REPORT_DOWNLOADED,
    PERIOD_CLOSED,
    PERIOD_REOPENED,
    CHASE_DOWNLOADED,
    LEDGER_EXPORTED,
    QUARANTINE_RELEASED,
    QUARANTINE_DISCARDED
  }

  /** Where a change made on the command line comes from. */
  public static final String COMMAND_LINE = "command line";

  /** One line of the log. */
  public record Entry(
      long id, LocalDateTime at, String actor, String remote, Action action, String detail) {}

  private static final int TEXT = 500;
  private static final int NAME = 64;

  private final JdbcClient jdbc;

  public AuditLog(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public void record(String actor, String remote, Action action, String detail) {
    jdbc.sql(
            "INSERT INTO console_audit (happened_at, actor, remote, action, detail)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            LocalDateTime.now(),
            cut(actor == null ? "" : actor, NAME),
            cut(remote == null ? "" : remote, NAME),
            action.name(),
            detail == null ? null : cut(detail, TEXT))
        .update();
  }

  /** The newest entries first. */
  public List<Entry> latest(int limit) {
    return jdbc.sql(
            "SELECT id, happened_at, actor, remote, action, detail FROM console_audit"
                + " ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getObject("happened_at", LocalDateTime.class),
                    rs.getString("actor"),
                    rs.getString("remote"),
                    Action.valueOf(rs.getString("action")),
                    rs.getString("detail")))
        .list();
  }

  private static String cut(String text, int length) {
    String clean = text.replaceAll("\\p{Cntrl}", " ");
    return clean.length() <= length ? clean : clean.substring(0, length);
  }
}

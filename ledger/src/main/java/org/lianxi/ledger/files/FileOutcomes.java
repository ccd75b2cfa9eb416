package org.lianxi.ledger.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Received files with what became of them, newest first: the console's lists of receipts. */
public final class FileOutcomes {

  /**
   * One file and its outcome.
   *
   * @param status as {@link ReceivedFile#status()}
   * @param rowsAccepted rows loaded, replaced or unchanged
   */
  public record Outcome(
      long id,
      String sender,
      String senderName,
      String originalName,
      Channel channel,
      LocalDateTime receivedAt,
      String status,
      boolean zeroReport,
      int rowsAccepted,
      int rowsRejected,
      int problems) {

    public boolean rejected() {
      return "rejected".equals(status);
    }

    public boolean waiting() {
      return ReceivedFile.WAITING.equals(status);
    }
  }

  private static final String SELECT =
      """
      SELECT f.id, f.sender_unit, u.name AS sender_name, f.original_name, f.channel, f.received_at,
             f.status, f.zero_report,
             f.rows_submitted - f.rows_rejected AS accepted, f.rows_rejected AS rejected_rows,
             (SELECT COUNT(*) FROM file_problem p WHERE p.file_id = f.id) AS problems
      FROM received_file f JOIN unit u ON u.code = f.sender_unit
      """;

  private final JdbcClient jdbc;

  public FileOutcomes(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** One unit's files, newest first, at most {@code limit}. */
  public List<Outcome> ofSender(String unit, int limit) {
    return jdbc.sql(
            SELECT + "WHERE f.sender_unit = ? ORDER BY f.received_at DESC, f.id DESC LIMIT ?")
        .params(unit, limit)
        .query(FileOutcomes::outcome)
        .list();
  }

  /** Every unit's files, newest first, at most {@code limit}. */
  public List<Outcome> latest(int limit) {
    return jdbc.sql(SELECT + "ORDER BY f.received_at DESC, f.id DESC LIMIT ?")
        .param(limit)
        .query(FileOutcomes::outcome)
        .list();
  }

  /** The unit that sent a file, if there is such a file. */
  public Optional<String> senderOf(long fileId) {
    return jdbc.sql("SELECT sender_unit FROM received_file WHERE id = ?")
        .param(fileId)
        .query(String.class)
        .optional();
  }

  /** The file a unit sent with these bytes (a unit's file is kept once per checksum), if any. */
  public Optional<Long> idOf(String unit, String checksum) {
    return jdbc.sql("SELECT id FROM received_file WHERE sender_unit = ? AND checksum = ?")
        .params(unit, checksum)
        .query(Long.class)
        .optional();
  }

  private static Outcome outcome(ResultSet rs, int row) throws SQLException {
    return new Outcome(
        rs.getLong("id"),
        rs.getString("sender_unit"),
        rs.getString("sender_name"),
        rs.getString("original_name"),
        Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)),
        rs.getObject("received_at", LocalDateTime.class),
        rs.getString("status"),
        rs.getBoolean("zero_report"),
        rs.getInt("accepted"),
        rs.getInt("rejected_rows"),
        rs.getInt("problems"));
  }
}

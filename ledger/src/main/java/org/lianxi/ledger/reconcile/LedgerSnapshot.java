package org.lianxi.ledger.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the current version of every side's report, with when each first arrived. */
public final class LedgerSnapshot {

  private final JdbcTemplate jdbc;

  public LedgerSnapshot(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public List<CurrentReport> currentReports() {
    List<CurrentReport> reports = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      String sql =
          "SELECT r.*, a.first_arrived FROM "
              + type.table()
              + " r JOIN (SELECT v.record_key, v.reporting_unit, MIN(f.received_at) AS first_arrived FROM "
              + type.table()
              + " v JOIN received_file f ON f.id = v.file_id GROUP BY v.record_key, v.reporting_unit) a"
              + " ON a.record_key = r.record_key AND a.reporting_unit = r.reporting_unit"
              + " WHERE r.is_current = 1 ORDER BY r.id";
      jdbc.query(
          sql,
          rs -> {
            reports.add(read(type, rs));
          });
    }
    return reports;
  }

  /** Every file loaded (not rejected as a whole), with its row counts. */
  public List<SubmissionCadence.FileFact> loadedFiles() {
    return jdbc.query(
        """
        SELECT f.sender_unit, f.received_at, f.zero_report,
               COALESCE(SUM(s.rows_loaded + s.rows_replaced + s.rows_unchanged + s.rows_rejected), 0) AS rows_in,
               COALESCE(SUM(s.rows_rejected), 0) AS rows_rejected
        FROM received_file f LEFT JOIN received_sheet s ON s.file_id = f.id
        WHERE f.status = 'loaded'
        GROUP BY f.id, f.sender_unit, f.received_at, f.zero_report ORDER BY f.id""",
        (rs, n) ->
            new SubmissionCadence.FileFact(
                rs.getString("sender_unit"),
                rs.getObject("received_at", LocalDateTime.class).toLocalDate(),
                rs.getBoolean("zero_report"),
                rs.getInt("rows_in"),
                rs.getInt("rows_rejected")));
  }

  private static CurrentReport read(RecordType type, ResultSet rs) throws SQLException {
    Map<String, Object> values = new HashMap<>();
    for (Column column : type.columns()) {
      Object value = LedgerColumns.read(column, rs);
      if (value != null) {
        values.put(column.field(), value);
      }
      if (column.kind() == CellKind.DOC_NO && rs.getString(column.field() + "_raw") != null) {
        values.put(column.field() + "_raw", rs.getString(column.field() + "_raw"));
      }
    }
    return new CurrentReport(
        rs.getLong("id"),
        type,
        rs.getString("record_key"),
        rs.getString("reporting_unit"),
        values,
        rs.getObject("first_arrived", LocalDateTime.class));
  }
}

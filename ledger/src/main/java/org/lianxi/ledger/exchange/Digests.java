package org.lianxi.ledger.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared digest (共享信息, ../shared/reports.md section 4b): for one unit, what other units
 * reported that concerns it since its last delivered digest. A watermark per unit and record type
 * (the last report id carried) makes sure nothing is sent twice and nothing is skipped.
 */
public final class Digests {

  /** Which reports of another unit concern unit {@code ?} (bound once per {@code ?}). */
  private static final Map<RecordType, String> CONCERNS = concerns();

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcTemplate jdbc;
  private final Display display;

  public Digests(DataSource dataSource, Map<String, String> unitNames) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.display = new Display(unitNames);
  }

  /** One sheet of a digest: the template's columns plus the reporting unit and arrival time. */
  public record Sheet(
      RecordType type, List<String> headers, List<List<String>> rows, long lastReportId) {
    public Table table() {
      return new Table(type.sheet(), headers, rows);
    }
  }

  /** The sheets with anything new for the unit (empty: nothing to send). */
  public List<Sheet> pending(String unit) {
    List<Sheet> sheets = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      long since = watermark(unit, type);
      String condition = CONCERNS.get(type);
      int binds = (int) condition.chars().filter(c -> c == '?').count();
      Object[] params = new Object[binds + 2];
      params[0] = since;
      params[1] = unit;
      for (int i = 0; i < binds; i++) {
        params[i + 2] = unit;
      }
      List<List<String>> rows = new ArrayList<>();
      long[] last = {since};
      jdbc.query(
          "SELECT r.*, u.name AS reporter, f.received_at FROM "
              + type.table()
              + " r"
              + " JOIN received_file f ON f.id = r.file_id JOIN unit u ON u.code = r.reporting_unit"
              + " WHERE r.is_current = 1 AND r.id > ? AND r.reporting_unit <> ? AND ("
              + condition
              + ")"
              + " ORDER BY r.id",
          rs -> {
            rows.add(row(type, rs));
            last[0] = Math.max(last[0], rs.getLong("id"));
          },
          params);
      if (!rows.isEmpty()) {
        List<String> headers =
            new ArrayList<>(type.columns().stream().map(Column::header).toList());
        headers.add("报送单位");
        headers.add("接收时间");
        sheets.add(new Sheet(type, headers, rows, last[0]));
      }
    }
    return sheets;
  }

  /** Records that the unit has been given these sheets. */
  public void delivered(String unit, List<Sheet> sheets) {
    LocalDateTime now = LocalDateTime.now();
    for (Sheet sheet : sheets) {
      jdbc.update(
          "INSERT INTO digest_watermark (unit_code, record_type, last_report_id, delivered_at) VALUES (?, ?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE last_report_id = GREATEST(last_report_id, VALUES(last_report_id)),"
              + " delivered_at = VALUES(delivered_at)",
          unit,
          sheet.type().key(),
          sheet.lastReportId(),
          now);
    }
  }

  private long watermark(String unit, RecordType type) {
    List<Long> found =
        jdbc.queryForList(
            "SELECT last_report_id FROM digest_watermark WHERE unit_code = ? AND record_type = ?",
            Long.class,
            unit,
            type.key());
    return found.isEmpty() ? 0 : found.get(0);
  }

  private List<String> row(RecordType type, ResultSet rs) throws SQLException {
    List<String> cells = new ArrayList<>();
    for (Column column : type.columns()) {
      Object value = LedgerColumns.read(column, rs);
      cells.add(
          column.kind() == CellKind.DOC_NO && value == null ? "" : display.format(column, value));
    }
    cells.add(rs.getString("reporter"));
    cells.add(MINUTE.format(rs.getObject("received_at", LocalDateTime.class)));
    return cells;
  }

  private static Map<RecordType, String> concerns() {
    Map<RecordType, String> c = new EnumMap<>(RecordType.class);
    c.put(
        RecordType.REFERRAL,
        "(r.receiver_unit = ? AND r.direction = 'OUT') OR (r.sender_unit = ? AND r.direction = 'IN')");
    c.put(
        RecordType.ASSISTANCE,
        "(r.helper_unit = ? AND r.direction = 'OUT') OR (r.requester_unit = ? AND r.direction = 'IN')");
    c.put(
        RecordType.DECISION,
        "r.copied_to_unit = ? OR r.referral_no IN (SELECT x.doc_no FROM referral_report x"
            + " WHERE x.sender_unit = ? AND x.is_current = 1)");
    c.put(
        RecordType.COMPLAINT,
        "(r.handling_unit = ? AND r.reporting_unit = r.first_unit) OR (r.first_unit = ? AND r.reporting_unit = r.handling_unit)");
    c.put(RecordType.NOTICE, "r.shared_with = 'ALL' OR FIND_IN_SET(?, r.shared_with) > 0");
    c.put(RecordType.RESOLUTION, "r.owner_unit = ?");
    c.put(RecordType.CRIMINAL, "r.judicial_unit = ? OR r.sender_unit = ?");
    c.put(RecordType.DISPUTE, "r.other_unit = ? OR r.raised_by = ?");
    c.put(RecordType.JOINT, "r.lead_unit = ? OR FIND_IN_SET(?, r.participants) > 0");
    return c;
  }
}

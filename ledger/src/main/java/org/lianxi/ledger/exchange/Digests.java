package org.lianxi.ledger.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.Fields.Complaint;
import org.lianxi.ledger.standard.Fields.Decision;
import org.lianxi.ledger.standard.Fields.Referral;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Sides;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared digest (共享信息, ../shared/reports.md section 4b): for each unit, what other units
 * reported that concerns it since its last delivered digest. A watermark per unit and record type
 * (the report id up to which the unit has been given everything) makes sure nothing is sent twice
 * and nothing is skipped. What every unit is owed is found in one read of each type's reports since
 * the lowest watermark, not in a read per unit: a province has thousands of units, and a unit that
 * had nothing of a type still moves its watermark, so the next night starts from there.
 */
public final class Digests {

  /** Reports read at a time, in id order, to find whom they concern. */
  private static final int SCAN_PAGE = 10_000;

  /** Reports fetched by id in one statement for a unit's sheet. */
  private static final int IDS_A_QUERY = 500;

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The units a report concerns, read from the columns its type lists; ALL: every unit. */
  private record Concern(String columns, Function<ResultSet, List<String>> units) {}

  private static final String ALL = "ALL";

  private static final Map<RecordType, Concern> CONCERNS = concerns();

  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final Display display;

  public Digests(DataSource dataSource, Map<String, String> unitNames) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.client = JdbcClient.create(dataSource);
    this.display = new Display(unitNames);
  }

  /** One sheet of a digest: the template's columns plus the reporting unit and arrival time. */
  public record Sheet(
      RecordType type, List<String> headers, List<List<String>> rows, long lastReportId) {
    public Table table() {
      return new Table(type.sheet(), headers, rows);
    }
  }

  /** A report to carry: its id and the unit that reported it. */
  private record Report(long id, String reporter) {}

  /** What the given units are owed, as of now: reports later than this are the next digest's. */
  public Owed owed(Collection<String> units) {
    Map<String, Long> marks = new HashMap<>();
    jdbc.query(
        "SELECT unit_code, record_type, last_report_id FROM digest_watermark",
        (RowCallbackHandler)
            rs -> marks.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3)));
    Owed owed = new Owed(marks);
    for (RecordType type : RecordType.values()) {
      Long newest = jdbc.queryForObject("SELECT MAX(id) FROM " + type.table(), Long.class);
      long upTo = newest == null ? 0 : newest;
      owed.upTo.put(type, upTo);
      long from = units.stream().mapToLong(u -> owed.mark(u, type)).min().orElse(upTo);
      scan(type, from, upTo, Set.copyOf(units), owed);
    }
    return owed;
  }

  /** Reads a type's current reports in (from, upTo], and gives each to the units it concerns. */
  private void scan(RecordType type, long from, long upTo, Set<String> units, Owed owed) {
    Concern concern = CONCERNS.get(type);
    Map<String, List<Long>> byUnit = owed.ids.computeIfAbsent(type, t -> new HashMap<>());
    List<Report> toAll = owed.toAll.computeIfAbsent(type, t -> new ArrayList<>());
    long[] after = {from};
    int[] read = {SCAN_PAGE};
    while (read[0] == SCAN_PAGE) {
      read[0] = 0;
      jdbc.query(
          "SELECT r.id, r.reporting_unit, "
              + concern.columns()
              + " FROM "
              + type.table()
              + " r WHERE r.is_current = 1 AND r.id > ? AND r.id <= ? ORDER BY r.id LIMIT "
              + SCAN_PAGE,
          (RowCallbackHandler)
              rs -> {
                read[0]++;
                long id = rs.getLong("id");
                after[0] = id;
                String reporter = rs.getString("reporting_unit");
                List<String> concerned = concern.units().apply(rs);
                if (concerned.contains(ALL)) {
                  toAll.add(new Report(id, reporter));
                  return;
                }
                for (String unit : new LinkedHashSet<>(concerned)) {
                  if (units.contains(unit)
                      && !unit.equals(reporter)
                      && id > owed.mark(unit, type)) {
                    byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(id);
                  }
                }
              },
          after[0],
          upTo);
    }
  }

  /** What each unit is owed: its sheets, and the marks to record once they are delivered. */
  public final class Owed {

    private final Map<String, Long> marks;
    private final Map<RecordType, Long> upTo = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Map<String, List<Long>>> ids = new EnumMap<>(RecordType.class);
    private final Map<RecordType, List<Report>> toAll = new EnumMap<>(RecordType.class);

    private Owed(Map<String, Long> marks) {
      this.marks = marks;
    }

    private long mark(String unit, RecordType type) {
      return marks.getOrDefault(unit + "|" + type.key(), 0L);
    }

    /** The unit's sheets with anything new (empty: nothing to send). */
    public List<Sheet> sheets(String unit) {
      List<Sheet> sheets = new ArrayList<>();
      for (RecordType type : RecordType.values()) {
        long since = mark(unit, type);
        List<Long> some =
            new ArrayList<>(ids.getOrDefault(type, Map.of()).getOrDefault(unit, List.of()));
        for (Report report : toAll.getOrDefault(type, List.of())) {
          if (report.id() > since && !report.reporter().equals(unit)) {
            some.add(report.id());
          }
        }
        if (!some.isEmpty()) {
          Collections.sort(some);
          sheets.add(sheet(type, some));
        }
      }
      return sheets;
    }

    /**
     * Records that the unit has been given everything up to now, including the types it had nothing
     * of (so that the next digest reads on from here).
     */
    public void delivered(String unit) {
      Timestamp now = Timestamp.valueOf(LocalDateTime.now());
      jdbc.batchUpdate(
          "INSERT INTO digest_watermark (unit_code, record_type, last_report_id, delivered_at)"
              + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
              + " last_report_id = GREATEST(last_report_id, VALUES(last_report_id)),"
              + " delivered_at = VALUES(delivered_at)",
          upTo.entrySet().stream()
              .map(e -> new Object[] {unit, e.getKey().key(), e.getValue(), now})
              .toList());
    }
  }

  private Sheet sheet(RecordType type, List<Long> ids) {
    List<List<String>> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_A_QUERY) {
      List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_A_QUERY));
      client
          .sql(
              "SELECT r.*, u.name AS reporter, f.received_at FROM "
                  + type.table()
                  + " r JOIN received_file f ON f.id = r.file_id JOIN unit u ON u.code ="
                  + " r.reporting_unit WHERE r.id IN (:ids) ORDER BY r.id")
          .param("ids", some)
          .query((RowCallbackHandler) rs -> rows.add(row(type, rs)));
    }
    List<String> headers = new ArrayList<>(type.columns().stream().map(Column::header).toList());
    headers.add("报送单位");
    headers.add("接收时间");
    return new Sheet(type, headers, rows, ids.get(ids.size() - 1));
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

  private static Map<RecordType, Concern> concerns() {
    Map<RecordType, Concern> c = new EnumMap<>(RecordType.class);
    // A referral or request concerns the other side: the receiver of one sent, the sender of one
    // received.
    for (RecordType type : RecordType.values()) {
      if (type.column(Sides.DIRECTION).isPresent()) {
        c.put(type, otherSide(type.sides().orElseThrow()));
      }
    }
    // A decision concerns the unit it is copied to, and the sender of the referral it closes.
    c.put(
        RecordType.DECISION,
        new Concern(
            "r."
                + Decision.COPIED_TO_UNIT.field()
                + ", (SELECT GROUP_CONCAT(DISTINCT x."
                + Referral.SENDER_UNIT.field()
                + ") FROM "
                + RecordType.REFERRAL.table()
                + " x WHERE x.record_key = r."
                + Decision.REFERRAL_NO.field()
                + " AND x.is_current = 1) AS "
                + REFERRAL_SENDERS,
            rs -> {
              List<String> units = units(rs, Decision.COPIED_TO_UNIT);
              units.addAll(codes(text(rs, REFERRAL_SENDERS)));
              return units;
            }));
    // A complaint concerns the handling unit when its first unit reports it, and the other way.
    c.put(
        RecordType.COMPLAINT,
        new Concern(
            columns(Complaint.FIRST_UNIT, Complaint.HANDLING_UNIT),
            rs -> {
              String reporter = text(rs, "reporting_unit");
              List<String> units = new ArrayList<>();
              if (reporter.equals(text(rs, Complaint.FIRST_UNIT.field()))) {
                units.addAll(units(rs, Complaint.HANDLING_UNIT));
              }
              if (reporter.equals(text(rs, Complaint.HANDLING_UNIT.field()))) {
                units.addAll(units(rs, Complaint.FIRST_UNIT));
              }
              return units;
            }));
    c.put(RecordType.NOTICE, concern(Fields.Notice.SHARED_WITH));
    c.put(RecordType.RESOLUTION, concern(Fields.Resolution.OWNER_UNIT));
    c.put(RecordType.CRIMINAL, concern(Fields.Criminal.JUDICIAL_UNIT, Fields.Criminal.SENDER_UNIT));
    c.put(RecordType.DISPUTE, concern(Fields.Dispute.OTHER_UNIT, Fields.Dispute.RAISED_BY));
    c.put(RecordType.JOINT, concern(Fields.Joint.LEAD_UNIT, Fields.Joint.PARTICIPANTS));
    // A meeting concerns every member unit; a topic the office decided, the unit that proposed it.
    c.put(RecordType.MEETING, new Concern(columns(Fields.Meeting.MEETING_NO), rs -> List.of(ALL)));
    c.put(RecordType.TOPIC, concern(Fields.Topic.PROPOSER_UNIT));
    return c;
  }

  private static final String REFERRAL_SENDERS = "referral_senders";

  /** A report concerns the units its columns name. */
  private static Concern concern(Column... columns) {
    return new Concern(columns(columns), rs -> units(rs, columns));
  }

  private static String columns(Column... columns) {
    return java.util.Arrays.stream(columns)
        .map(c -> "r." + c.field())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * A row with a 方向 concerns the other side: the receiver of one sent, the sender of one received.
   */
  private static Concern otherSide(Sides split) {
    return new Concern(
        "r." + Sides.DIRECTION + ", " + columns(split.firstUnit(), split.secondUnit()),
        rs ->
            units(
                rs,
                Sides.OUT.equals(text(rs, Sides.DIRECTION))
                    ? split.secondUnit()
                    : split.firstUnit()));
  }

  /** The unit codes the columns hold: one each, or a comma-separated list (ALL for everyone). */
  private static List<String> units(ResultSet rs, Column... columns) {
    List<String> units = new ArrayList<>();
    for (Column column : columns) {
      units.addAll(codes(text(rs, column.field())));
    }
    return units;
  }

  private static List<String> codes(String value) {
    List<String> codes = new ArrayList<>();
    if (value != null && !value.isBlank()) {
      for (String code : value.split(",")) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  private static String text(ResultSet rs, String column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + column, e);
    }
  }
}

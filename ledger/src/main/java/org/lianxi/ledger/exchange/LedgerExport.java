package org.lianxi.ledger.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger as tables, one per record type: each side's current report (labels, masking), where it
 * came from, which side is missing, where the sides disagree, and per rule the deadline and the
 * status as of the last reconcile.
 */
public final class LedgerExport {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcTemplate jdbc;
  private final Display display;

  /** The county's rules: a column pair for each that judges the record type. */
  private final RuleCatalogue rules;

  public LedgerExport(DataSource dataSource, Map<String, String> unitNames, RuleCatalogue rules) {
    this(dataSource, unitNames, rules, false);
  }

  /**
   * @param unmasked personal information in full (the office's own copy, asked for on purpose)
   */
  public LedgerExport(
      DataSource dataSource, Map<String, String> unitNames, RuleCatalogue rules, boolean unmasked) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.display = new Display(unitNames, unmasked);
    this.rules = rules;
  }

  /**
   * Some records of a type: a query of their record keys and its arguments, e.g. what the console's
   * ledger filter matches ({@code org.lianxi.ledger.browse.LedgerBrowser#selection}).
   */
  public record Selection(String keysSql, List<Object> args) {
    public Selection {
      args = List.copyOf(args);
    }
  }

  public Table table(RecordType type) {
    return table(type, null);
  }

  /** The records of the type that {@code only} selects (all of them when null). */
  public Table table(RecordType type, Selection only) {
    String within = only == null ? "" : " AND record_key IN (" + only.keysSql() + ")";
    Object[] args = args(type, only);
    List<RuleSpec> rules = this.rules.on(type); // in the catalogue's order
    Map<String, Map<String, String[]>> judged = judgements(within, args);
    Map<String, String> missing = new HashMap<>();
    jdbc.query(
        "SELECT record_key, missing_side FROM record_state WHERE record_type = ? AND missing_side IS NOT NULL"
            + within,
        rs -> {
          missing.put(rs.getString(1), missing(Side.valueOf(rs.getString(2))));
        },
        args);
    Map<String, String> disagreements =
        disagreements(
            type, only == null ? "" : " AND d.record_key IN (" + only.keysSql() + ")", args);
    List<String> headers = new ArrayList<>(List.of("报送单位"));
    type.columns().forEach(c -> headers.add(c.header()));
    headers.addAll(List.of("版本", "来源文件", "工作表", "行号", "接收时间", "缺报情况", "双方不一致"));
    for (RuleSpec rule : rules) { // named by the duty each asks, as the chase lists name it
      headers.add(rule.label() + "·期限");
      headers.add(rule.label() + "·状态");
    }
    List<List<String>> rows = new ArrayList<>();
    jdbc.query(
        "SELECT r.*, u.name AS reporter, f.original_name, f.received_at FROM "
            + type.table()
            + " r"
            + " JOIN received_file f ON f.id = r.file_id JOIN unit u ON u.code = r.reporting_unit"
            + " WHERE r.is_current = 1"
            + (only == null ? "" : " AND r.record_key IN (" + only.keysSql() + ")")
            + " ORDER BY r.record_key, r.reporting_unit",
        rs -> {
          rows.add(row(type, rs, rules, judged, missing, disagreements));
        },
        only == null ? new Object[0] : only.args().toArray());
    return new Table(type.sheet(), headers, rows);
  }

  private List<String> row(
      RecordType type,
      ResultSet rs,
      List<RuleSpec> rules,
      Map<String, Map<String, String[]>> judged,
      Map<String, String> missing,
      Map<String, String> disagreements)
      throws SQLException {
    String key = rs.getString("record_key");
    List<String> cells = new ArrayList<>();
    cells.add(rs.getString("reporter"));
    for (Column column : type.columns()) {
      cells.add(display.format(column, LedgerColumns.read(column, rs)));
    }
    cells.add(Integer.toString(rs.getInt("version_no")));
    cells.add(rs.getString("original_name"));
    cells.add(rs.getString("sheet_name"));
    cells.add(Integer.toString(rs.getInt("row_no")));
    cells.add(MINUTE.format(rs.getObject("received_at", LocalDateTime.class)));
    cells.add(missing.getOrDefault(key, ""));
    cells.add(disagreements.getOrDefault(key, ""));
    Map<String, String[]> byRule = judged.getOrDefault(key, Map.of());
    for (RuleSpec rule : rules) {
      String[] j = byRule.get(rule.rule().key());
      cells.add(j == null ? "" : j[0]);
      cells.add(j == null ? "" : j[1]);
    }
    return cells;
  }

  private static Object[] args(RecordType type, Selection only) {
    List<Object> args = new ArrayList<>(List.of(type.key()));
    if (only != null) {
      args.addAll(only.args());
    }
    return args.toArray();
  }

  /** record key, then rule, then {deadline, status} as printed. */
  private Map<String, Map<String, String[]>> judgements(String within, Object[] args) {
    Map<String, Map<String, String[]>> judged = new HashMap<>();
    jdbc.query(
        "SELECT record_key, rule_name, due_at, status, late_by, late_unit, due_soon, provisional"
            + " FROM judgement WHERE record_type = ?"
            + within,
        rs -> {
          String deadline =
              deadline(rs.getObject("due_at", LocalDateTime.class), rs.getBoolean("provisional"));
          judged
              .computeIfAbsent(rs.getString("record_key"), k -> new LinkedHashMap<>())
              .put(rs.getString("rule_name"), new String[] {deadline, status(rs)});
        },
        args);
    return judged;
  }

  static String status(ResultSet rs) throws SQLException {
    return status(
        status(rs.getString("status")),
        rs.getInt("late_by"),
        LateUnit.bySymbol(rs.getString("late_unit")),
        rs.getBoolean("due_soon"));
  }

  /** A stored status: as the engine names it (an older ledger wrote a no-figure rule UNTRACKED). */
  public static Status status(String stored) {
    return "UNTRACKED".equals(stored) ? Status.DONE : Status.valueOf(stored);
  }

  /** A judgement's status as the ledger prints it: 按时, 逾期3个工作日, 已超期5小时, 即将到期 … */
  public static String status(Status status, int lateBy, LateUnit unit, boolean dueSoon) {
    String late = unit.late(lateBy);
    return switch (status) {
      case ON_TIME -> "按时";
      case LATE -> "逾期" + late;
      case OVERDUE -> "已超期" + late;
      case OPEN -> dueSoon ? "即将到期" : "办理中";
      case DONE -> "已办结（不计时限）";
    };
  }

  /** A deadline as the ledger prints it: its day, 无时限要求, or marked 暂定 (no official calendar). */
  public static String deadline(LocalDateTime due, boolean provisional) {
    return due == null ? "无时限要求" : due.toLocalDate() + (provisional ? "（暂定）" : "");
  }

  /** Which side of a one-sided record has not reported, as the ledger prints it. */
  public static String missing(Side side) {
    return side == Side.FIRST ? "发起方未报送" : "对方未报送";
  }

  private Map<String, String> disagreements(RecordType type, String within, Object[] args) {
    Map<String, String> text = new HashMap<>();
    jdbc.query(
        "SELECT d.record_key, d.field, d.authority_value, d.other_value, a.name AS authority, o.name AS other"
            + " FROM discrepancy d JOIN unit a ON a.code = d.authority_unit JOIN unit o ON o.code = d.other_unit"
            + " WHERE d.record_type = ?"
            + within
            + " ORDER BY d.record_key, d.field",
        rs -> {
          Column column = type.column(rs.getString("field")).orElse(null);
          String header = column == null ? rs.getString("field") : column.header();
          String masked =
              header
                  + "："
                  + rs.getString("authority")
                  + "报"
                  + shown(column, rs.getString("authority_value"))
                  + "，"
                  + rs.getString("other")
                  + "报"
                  + shown(column, rs.getString("other_value"));
          text.merge(rs.getString("record_key"), masked, (a, b) -> a + "；" + b);
        },
        args);
    return text;
  }

  private String shown(Column column, String value) {
    return column == null ? value : display.format(column, value);
  }
}

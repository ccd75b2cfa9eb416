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
import org.lianxi.ledger.rules.Judgement.LateUnit;
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

  public Table table(RecordType type) {
    List<RuleSpec> rules = this.rules.on(type); // in the catalogue's order
    Map<String, Map<String, String[]>> judged = judgements(type);
    Map<String, String> missing = new HashMap<>();
    jdbc.query(
        "SELECT record_key, missing_side FROM record_state WHERE record_type = ? AND missing_side IS NOT NULL",
        rs -> {
          missing.put(rs.getString(1), "FIRST".equals(rs.getString(2)) ? "发起方未报送" : "对方未报送");
        },
        type.key());
    Map<String, String> disagreements = disagreements(type);
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
            + " WHERE r.is_current = 1 ORDER BY r.record_key, r.reporting_unit",
        rs -> {
          rows.add(row(type, rs, rules, judged, missing, disagreements));
        });
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

  /** record key, then rule, then {deadline, status} as printed. */
  private Map<String, Map<String, String[]>> judgements(RecordType type) {
    Map<String, Map<String, String[]>> judged = new HashMap<>();
    jdbc.query(
        "SELECT record_key, rule_name, due_at, status, late_by, late_unit, due_soon, provisional"
            + " FROM judgement WHERE record_type = ?",
        rs -> {
          LocalDateTime due = rs.getObject("due_at", LocalDateTime.class);
          String deadline =
              due == null
                  ? "无时限要求"
                  : due.toLocalDate() + (rs.getBoolean("provisional") ? "（暂定）" : "");
          judged
              .computeIfAbsent(rs.getString("record_key"), k -> new LinkedHashMap<>())
              .put(rs.getString("rule_name"), new String[] {deadline, status(rs)});
        },
        type.key());
    return judged;
  }

  static String status(ResultSet rs) throws SQLException {
    String late = LateUnit.bySymbol(rs.getString("late_unit")).late(rs.getInt("late_by"));
    return switch (rs.getString("status")) {
      case "ON_TIME" -> "按时";
      case "LATE" -> "逾期" + late;
      case "OVERDUE" -> "已超期" + late;
      case "OPEN" -> rs.getBoolean("due_soon") ? "即将到期" : "办理中";
      default -> "已办结（不计时限）";
    };
  }

  private Map<String, String> disagreements(RecordType type) {
    Map<String, String> text = new HashMap<>();
    jdbc.query(
        "SELECT d.record_key, d.field, d.authority_value, d.other_value, a.name AS authority, o.name AS other"
            + " FROM discrepancy d JOIN unit a ON a.code = d.authority_unit JOIN unit o ON o.code = d.other_unit"
            + " WHERE d.record_type = ? ORDER BY d.record_key, d.field",
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
        type.key());
    return text;
  }

  private String shown(Column column, String value) {
    return column == null ? value : display.format(column, value);
  }
}

package org.lianxi.ledger.browse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.lianxi.ledger.Kept;
import org.lianxi.ledger.LedgerVersion;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.exchange.Display;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Sides;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 台账 (the ledger) to browse: a page of a type's records as a filter and a scope match them, one
 * record with every version, discrepancy and judgement, and the matching records as a selection for
 * {@link LedgerExport}. Reads only what reconcile stored (record states, discrepancies,
 * judgements), never judging again; values labelled and masked by {@link Display}. Plain Java on a
 * data source: the console and the benchmark call it alike.
 */
public final class LedgerBrowser {

  /** How many counts of different filters are kept at once. */
  static final int COUNTS_KEPT = 500;

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Display display;
  private final Map<String, String> unitNames;
  private final RuleCatalogue rules;
  private final Kept<List<Object>, LedgerVersion, Long> counts = new Kept<>(COUNTS_KEPT);

  public LedgerBrowser(DataSource dataSource, Map<String, String> unitNames, RuleCatalogue rules) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.display = new Display(unitNames);
    this.unitNames = Map.copyOf(unitNames);
    this.rules = rules;
  }

  /** The fields a line of the list shows: the number, the units, the first text, the start. */
  public static List<Column> listed(RecordType type) {
    List<Column> all = type.columns();
    List<Column> shown = new ArrayList<>(List.of(all.get(0)));
    for (Column column : all.subList(1, all.size())) {
      if (column.kind() == CellKind.UNIT || column.kind() == CellKind.UNITS) {
        shown.add(column);
      }
    }
    all.stream()
        .skip(1)
        .filter(c -> c.kind() == CellKind.TEXT && c.required())
        .findFirst()
        .ifPresent(shown::add);
    if (!shown.contains(type.countedBy())) {
      shown.add(type.countedBy());
    }
    return List.copyOf(shown);
  }

  /**
   * How many records match: a count over the same conditions as the page, by the same indexes (see
   * {@link Matching}), kept while the ledger stands as it was (the first page of a province's
   * referrals counts 300,000 keys: 150 ms).
   */
  public long count(LedgerFilter filter, Scope scope) {
    Matching m = Matching.of(filter, scope);
    String sql = m.count();
    List<Object> name = new ArrayList<>(List.of(sql));
    name.addAll(m.args);
    return counts.get(
        name,
        LedgerVersion.read(dataSource),
        () -> {
          Long n = jdbc.queryForObject(sql, Long.class, m.args.toArray());
          return n == null ? 0 : n;
        });
  }

  /** One page of the records the filter matches in the scope, the newest start first. */
  public LedgerPage page(LedgerFilter filter, Scope scope) {
    RecordType type = filter.type();
    Matching m = Matching.of(filter, scope);
    List<Column> columns = listed(type);
    Optional<Sides> sides = type.sides();
    List<Object> args = new ArrayList<>(List.of(type.key(), type.key()));
    args.addAll(m.args); // the joins' and the conditions' in that order
    args.add(filter.pageSize());
    args.add((long) (filter.page() - 1) * filter.pageSize());
    List<Row> rows = new ArrayList<>();
    // The order is <type>_report_current_start_ix's (is_current, start, record_key, and the id its
    // rows carry), walked backwards to the page where no key set is joined; record_state by its
    // key.
    jdbc.query(
        "SELECT lr.*, s.first_unit AS state_first, s.second_unit AS state_second, s.missing_side,"
            + " EXISTS (SELECT 1 FROM discrepancy d WHERE d.record_type = ?"
            + " AND d.record_key = lr.record_key) AS disagreement"
            + " FROM "
            + type.table()
            + " lr LEFT JOIN record_state s ON s.record_type = ? AND s.record_key = lr.record_key"
            + m.joins
            + m.where
            + m.order()
            + " LIMIT ? OFFSET ?",
        rs -> {
          rows.add(row(type, columns, rs));
        },
        args.toArray());
    List<String> keys = rows.stream().map(Row::key).toList();
    Map<String, List<StoredJudgement>> judged = judgements(type, keys);
    Map<String, String> reporters = reporters(type, sides.isEmpty() ? keys : List.of());
    List<RuleSpec> specs = rules.on(type);
    List<LedgerPage.Line> lines = new ArrayList<>();
    for (Row r : rows) {
      List<StoredJudgement> own = judged.getOrDefault(r.key, List.of());
      List<List<StoredJudgement>> byRule = new ArrayList<>();
      for (RuleSpec spec : specs) {
        byRule.add(own.stream().filter(j -> j.rule().equals(spec.rule().key())).toList());
      }
      lines.add(
          new LedgerPage.Line(
              r.key,
              Duties.number(r.key),
              r.cells,
              name(r.first),
              name(r.second),
              reporters.getOrDefault(r.key, ""),
              r.missing,
              r.missing.map(LedgerExport::missing).orElse(""),
              r.disagreement,
              byRule));
    }
    return new LedgerPage(
        filter,
        columns,
        sides.map(
            s ->
                new LedgerPage.SideHeaders(
                    s.firstUnit().header(),
                    s.secondUnit() == null ? "审定单位" : s.secondUnit().header())),
        specs,
        lines,
        count(filter, scope));
  }

  /**
   * Every record the filter matches in the scope (no page), for {@link LedgerExport#table(
   * RecordType, LedgerExport.Selection)}: the export prints each one's current rows.
   */
  public LedgerExport.Selection selection(LedgerFilter filter, Scope scope) {
    Matching m = Matching.of(filter, scope);
    return new LedgerExport.Selection(m.keys(), m.args);
  }

  /**
   * A record with every version of each side, its discrepancies and its judgements; empty when
   * there is no such record, and when the scope's unit is not a side of it: the same answer.
   */
  public Optional<LedgerRecord> record(RecordType type, String key, Scope scope) {
    if (scope.unit().isPresent() && !sideOf(type, key, scope.unit().get())) {
      return Optional.empty();
    }
    List<LedgerRecord.Version> versions = new ArrayList<>();
    // every version of the key, by <type>_report_current_uk (record_key, …)
    jdbc.query(
        "SELECT r.*, f.original_name, f.received_at FROM "
            + type.table()
            + " r JOIN received_file f ON f.id = r.file_id WHERE r.record_key = ?"
            + " ORDER BY r.reporting_unit, r.version_no DESC",
        rs -> {
          versions.add(version(type, rs));
        },
        key);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LedgerRecord(
            type,
            key,
            Duties.number(key),
            sides(type, key),
            versions,
            discrepancies(type, key),
            judgements(type, List.of(key)).getOrDefault(key, List.of())));
  }

  /** Whether the unit is a side of the record, as {@link Matching} decides it for the list. */
  private boolean sideOf(RecordType type, String key, String unit) {
    List<Object> args = new ArrayList<>(List.of(key));
    String names = Matching.namesUnit(type, "x", unit, args);
    args.addAll(List.of(type.key(), key, unit));
    // the key's current rows by <type>_report_current_uk, its judgements by the primary key
    Integer n =
        jdbc.queryForObject(
            "SELECT (SELECT COUNT(*) FROM "
                + type.table()
                + " x WHERE x.record_key = ? AND x.is_current = 1 AND "
                + names
                + ") + (SELECT COUNT(*) FROM judgement j WHERE j.record_type = ? AND j.record_key = ?"
                + " AND j.owing_unit = ?)",
            Integer.class,
            args.toArray());
    return n != null && n > 0;
  }

  private Optional<LedgerRecord.Sides> sides(RecordType type, String key) {
    Optional<Sides> split = type.sides();
    if (split.isEmpty()) {
      return Optional.empty();
    }
    Sides s = split.get();
    return jdbc
        .query(
            "SELECT first_unit, second_unit, missing_side FROM record_state"
                + " WHERE record_type = ? AND record_key = ?",
            (rs, n) -> {
              Optional<Side> missing =
                  Optional.ofNullable(rs.getString("missing_side")).map(Side::valueOf);
              return new LedgerRecord.Sides(
                  s.firstUnit().header(),
                  name(rs.getString("first_unit")),
                  s.secondUnit() == null ? "审定单位" : s.secondUnit().header(),
                  name(rs.getString("second_unit")),
                  missing,
                  missing.map(LedgerExport::missing).orElse(""));
            },
            type.key(),
            key)
        .stream()
        .findFirst();
  }

  private List<LedgerRecord.Disagreement> discrepancies(RecordType type, String key) {
    // discrepancy_uk (record_type, record_key, field)
    return jdbc.query(
        "SELECT field, authority_unit, authority_value, other_unit, other_value FROM discrepancy"
            + " WHERE record_type = ? AND record_key = ? ORDER BY field",
        (rs, n) -> {
          Optional<Column> column = type.column(rs.getString("field"));
          return new LedgerRecord.Disagreement(
              column.map(Column::header).orElse(rs.getString("field")),
              name(rs.getString("authority_unit")),
              shown(column, rs.getString("authority_value")),
              name(rs.getString("other_unit")),
              shown(column, rs.getString("other_value")));
        },
        type.key(),
        key);
  }

  private String shown(Optional<Column> column, String value) {
    return column.map(c -> display.format(c, value)).orElse(Masking.inText(value));
  }

  /** The judgements of these records, by the primary key (record_type, record_key, …). */
  private Map<String, List<StoredJudgement>> judgements(RecordType type, List<String> keys) {
    Map<String, List<StoredJudgement>> judged = new HashMap<>();
    if (keys.isEmpty()) {
      return judged;
    }
    List<Object> args = new ArrayList<>(List.of(type.key()));
    args.addAll(keys);
    Map<String, Integer> order = new HashMap<>();
    List<RuleSpec> specs = rules.on(type);
    for (int i = 0; i < specs.size(); i++) {
      order.put(specs.get(i).rule().key(), i);
    }
    jdbc.query(
        "SELECT * FROM judgement WHERE record_type = ? AND record_key IN ("
            + keys.stream().map(k -> "?").collect(Collectors.joining(", "))
            + ")",
        rs -> {
          judged
              .computeIfAbsent(rs.getString("record_key"), k -> new ArrayList<>())
              .add(judgement(rs));
        },
        args.toArray());
    judged
        .values()
        .forEach(
            list ->
                list.sort(
                    java.util.Comparator.comparing(
                            (StoredJudgement j) -> order.getOrDefault(j.rule(), Integer.MAX_VALUE))
                        .thenComparing(StoredJudgement::owingUnit)));
    return judged;
  }

  private StoredJudgement judgement(ResultSet rs) throws SQLException {
    String rule = rs.getString("rule_name");
    String owing = rs.getString("owing_unit");
    return new StoredJudgement(
        rule,
        rules.label(new Rule(rule)),
        owing,
        name(owing),
        rs.getString("limit_text"),
        rs.getObject("starts_at", LocalDateTime.class),
        rs.getObject("due_at", LocalDateTime.class),
        rs.getObject("ended_at", LocalDateTime.class),
        LedgerExport.status(rs.getString("status")),
        rs.getInt("late_by"),
        LateUnit.bySymbol(rs.getString("late_unit")),
        rs.getBoolean("due_soon"),
        rs.getBoolean("provisional"),
        rs.getString("calendar_version"),
        rs.getString("profile_version"),
        rs.getObject("as_of", LocalDateTime.class));
  }

  /** Who reported each of these records (types one unit reports), by the current_uk index. */
  private Map<String, String> reporters(RecordType type, List<String> keys) {
    Map<String, String> names = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return names;
    }
    jdbc.query(
        "SELECT record_key, reporting_unit FROM "
            + type.table()
            + " WHERE is_current = 1 AND record_key IN ("
            + keys.stream().map(k -> "?").collect(Collectors.joining(", "))
            + ") ORDER BY record_key, reporting_unit",
        rs -> {
          names.merge(
              rs.getString("record_key"),
              name(rs.getString("reporting_unit")),
              (a, b) -> a + "、" + b);
        },
        keys.toArray());
    return names;
  }

  private LedgerRecord.Version version(RecordType type, ResultSet rs) throws SQLException {
    List<String> cells = new ArrayList<>();
    for (Column column : type.columns()) {
      cells.add(display.format(column, LedgerColumns.read(column, rs)));
    }
    String unit = rs.getString("reporting_unit");
    return new LedgerRecord.Version(
        rs.getLong("id"),
        unit,
        name(unit),
        rs.getInt("version_no"),
        rs.getObject("is_current") != null && rs.getBoolean("is_current"),
        rs.getLong("file_id"),
        Masking.inText(rs.getString("original_name")),
        rs.getString("sheet_name"),
        rs.getInt("row_no"),
        rs.getObject("received_at", LocalDateTime.class),
        rs.getObject("loaded_at", LocalDateTime.class),
        rs.getObject("superseded_at", LocalDateTime.class),
        cells);
  }

  /** A line's representative row, before its judgements are read. */
  private record Row(
      String key,
      List<String> cells,
      String first,
      String second,
      Optional<Side> missing,
      boolean disagreement) {}

  private Row row(RecordType type, List<Column> columns, ResultSet rs) throws SQLException {
    List<String> cells = new ArrayList<>();
    for (Column column : columns) {
      cells.add(display.format(column, LedgerColumns.read(column, rs)));
    }
    return new Row(
        rs.getString("record_key"),
        cells,
        rs.getString("state_first"),
        rs.getString("state_second"),
        Optional.ofNullable(rs.getString("missing_side")).map(Side::valueOf),
        rs.getBoolean("disagreement"));
  }

  private String name(String unit) {
    return unit == null ? "" : unitNames.getOrDefault(unit, unit);
  }
}

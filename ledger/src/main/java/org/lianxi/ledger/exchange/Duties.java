package org.lianxi.ledger.exchange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Sides;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each unit's own open duties, from the last reconcile's judgements. */
public final class Duties {

  private final JdbcClient jdbc;

  /** The county's rules: each duty is named by the action its rule asks (the rule's label). */
  private final RuleCatalogue rules;

  public Duties(DataSource dataSource, RuleCatalogue rules) {
    this.jdbc = JdbcClient.create(dataSource);
    this.rules = rules;
  }

  /**
   * The open duties as the last reconcile left them, for every unit: the one-sided records are read
   * once here (a scan of the record states), each unit's judgements when it is asked for.
   */
  public Open open() {
    Map<String, List<Duty>> byUnit = new HashMap<>();
    unreported((unit, duty) -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(duty));
    return new Open(byUnit);
  }

  /** One unit's duties ({@link Open#of}); a nightly run for every unit takes {@link #open} once. */
  public List<Duty> of(String unit) {
    return open().of(unit);
  }

  /** What every unit must still do. */
  public final class Open {
    private final Map<String, List<Duty>> unreported;

    private Open(Map<String, List<Duty>> unreported) {
      this.unreported = unreported;
    }

    /**
     * Open and overdue duties of a unit, overdue first, then by deadline; then the records the
     * other side reported that this unit has not (its side is missing), where no rule asks it.
     */
    public List<Duty> of(String unit) {
      List<Duty> duties = new ArrayList<>(judged(unit));
      duties.addAll(unreported.getOrDefault(unit, List.of()));
      return duties;
    }
  }

  private List<Duty> judged(String unit) {
    return jdbc.sql(
            """
            SELECT j.rule_name, j.record_key, j.starts_at, j.due_at, j.status, j.due_soon, j.late_by,
                   j.late_unit, j.provisional, u.name AS counterparty
            FROM judgement j
            LEFT JOIN record_state s ON s.record_type = j.record_type AND s.record_key = j.record_key
            LEFT JOIN unit u ON u.code = CASE WHEN s.first_unit = j.owing_unit THEN s.second_unit
                                              ELSE s.first_unit END
            WHERE j.owing_unit = ? AND j.status IN ('OPEN', 'OVERDUE')
            ORDER BY j.status = 'OVERDUE' DESC, j.due_at IS NULL, j.due_at, j.record_key, j.rule_name""")
        .param(unit)
        .query(
            (rs, n) ->
                new Duty(
                    rules.label(new Rule(rs.getString("rule_name"))),
                    number(rs.getString("record_key")),
                    rs.getString("counterparty"),
                    rs.getObject("starts_at", LocalDateTime.class),
                    rs.getObject("due_at", LocalDateTime.class),
                    "OVERDUE".equals(rs.getString("status")),
                    rs.getBoolean("due_soon"),
                    lateBy(rs.getInt("late_by"), rs.getString("late_unit")),
                    rs.getBoolean("provisional")))
        .list();
  }

  /** The one-sided records, each to the unit whose side is missing, where no open rule names it. */
  private void unreported(java.util.function.BiConsumer<String, Duty> to) {
    jdbc.sql(
            """
            SELECT s.record_type, s.record_key, s.missing_side, o.code AS owing, u.name AS counterparty
            FROM record_state s
            JOIN unit o ON o.code = CASE WHEN s.missing_side = 'FIRST' THEN s.first_unit
                                         ELSE s.second_unit END
            LEFT JOIN unit u ON u.code = CASE WHEN s.missing_side = 'FIRST' THEN s.second_unit
                                              ELSE s.first_unit END
            WHERE s.missing_side IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM judgement j
                              WHERE j.record_type = s.record_type AND j.record_key = s.record_key
                                AND j.owing_unit = o.code AND j.status IN ('OPEN', 'OVERDUE'))
            ORDER BY s.record_type, s.record_key""")
        .query(
            rs -> {
              to.accept(
                  rs.getString("owing"),
                  new Duty(
                      reportYourSide(
                          RecordType.byName(rs.getString("record_type")).orElseThrow(),
                          Side.valueOf(rs.getString("missing_side"))),
                      number(rs.getString("record_key")),
                      rs.getString("counterparty"),
                      null,
                      null,
                      false,
                      false,
                      "",
                      false));
            });
  }

  /** 补报案件移送（移入）: the sheet, and for rows that say their side, which side to report. */
  static String reportYourSide(RecordType type, Side missing) {
    return "补报"
        + type.sheet()
        + type.column(Sides.DIRECTION)
            .map(c -> "（" + c.labelOf(missing == Side.FIRST ? Sides.OUT : Sides.IN) + "）")
            .orElse("");
  }

  /** Keys made of a unit and a number (complaints, notices …) show the number. */
  public static String number(String key) {
    int bar = key.indexOf('|');
    return bar < 0 ? key : key.substring(bar + 1);
  }

  public static String lateBy(int late, String unit) {
    if (late == 0) {
      return "";
    }
    return org.lianxi.ledger.rules.Judgement.LateUnit.bySymbol(unit).late(late);
  }
}

package org.lianxi.ledger.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each unit's own open duties, from the last reconcile's judgements. */
public final class Duties {

  /** The action each rule asks of the unit that owes it: the rule catalogue's labels. */
  public static final Map<String, String> ACTIONS =
      RuleCatalogue.shipped().rules().stream()
          .collect(
              java.util.stream.Collectors.toUnmodifiableMap(r -> r.rule().key(), RuleSpec::label));

  private final JdbcClient jdbc;

  public Duties(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Open and overdue duties of a unit, overdue first, then by deadline. */
  public List<Duty> of(String unit) {
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
                    ACTIONS.getOrDefault(rs.getString("rule_name"), rs.getString("rule_name")),
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

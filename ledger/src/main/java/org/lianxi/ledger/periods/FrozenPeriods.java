package org.lianxi.ledger.periods;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed periods (a half year {@code 2026H1} or a year {@code 2026}) and their figures as computed
 * when closed (JSON of the report's own records), and the record of every close and reopen: the one
 * writer of {@code frozen_period} and {@code period_event}. The command or schedule that decides to
 * close a period calls it; the reports only read it. A frozen report is printed from its stored
 * figures, so data arriving late never changes a closed period; reopening is deliberate, with a
 * reason.
 */
public final class FrozenPeriods {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  public FrozenPeriods(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Frozen figures: when, as of which day, and the report itself. */
  public record Frozen<T>(LocalDateTime frozenAt, LocalDate asOf, T figures) {}

  /** One close or reopen. */
  public record Event(
      String period, String action, boolean automatic, LocalDateTime at, String reason) {}

  public <T> Optional<Frozen<T>> find(String period, Class<T> type) {
    return jdbc.sql("SELECT frozen_at, as_of, figures FROM frozen_period WHERE period = ?")
        .param(period)
        .query(
            (rs, n) ->
                new Frozen<>(
                    rs.getObject("frozen_at", LocalDateTime.class),
                    rs.getObject("as_of", LocalDate.class),
                    JSON.readValue(rs.getString("figures"), type)))
        .optional();
  }

  public boolean isFrozen(String period) {
    return jdbc.sql("SELECT COUNT(*) FROM frozen_period WHERE period = ?")
            .param(period)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** Freezes a period's figures (once: an already frozen period keeps its figures). */
  public <T> Frozen<T> freeze(
      String period, LocalDate asOf, T figures, boolean automatic, String reason) {
    LocalDateTime now = LocalDateTime.now().withNano(0);
    int inserted =
        jdbc.sql(
                "INSERT IGNORE INTO frozen_period (period, frozen_at, as_of, figures) VALUES (?, ?, ?, ?)")
            .params(period, now, asOf, JSON.writeValueAsString(figures))
            .update();
    if (inserted == 1) {
      record(period, "CLOSE", automatic, now, reason);
    }
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) figures.getClass();
    return find(period, type).orElseThrow();
  }

  /** Reopens a closed period: its figures are computed anew until it is closed again. */
  public boolean reopen(String period, String reason) {
    int deleted = jdbc.sql("DELETE FROM frozen_period WHERE period = ?").param(period).update();
    if (deleted == 1) {
      record(period, "REOPEN", false, LocalDateTime.now().withNano(0), reason);
    }
    return deleted == 1;
  }

  /** Whether the office ever reopened the period: then only the office closes it again. */
  public boolean everReopened(String period) {
    return jdbc.sql("SELECT COUNT(*) FROM period_event WHERE period = ? AND action = 'REOPEN'")
            .param(period)
            .query(Integer.class)
            .single()
        > 0;
  }

  public List<Event> events() {
    return jdbc.sql(
            "SELECT period, action, automatic, happened_at, reason FROM period_event ORDER BY id")
        .query(
            (rs, n) ->
                new Event(
                    rs.getString("period"),
                    rs.getString("action"),
                    rs.getBoolean("automatic"),
                    rs.getObject("happened_at", LocalDateTime.class),
                    rs.getString("reason")))
        .list();
  }

  private void record(
      String period, String action, boolean automatic, LocalDateTime at, String reason) {
    jdbc.sql(
            "INSERT INTO period_event (period, action, automatic, happened_at, reason) VALUES (?, ?, ?, ?, ?)")
        .params(period, action, automatic, at, reason)
        .update();
  }
}

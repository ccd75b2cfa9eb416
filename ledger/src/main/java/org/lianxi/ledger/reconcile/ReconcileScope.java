package org.lianxi.ledger.reconcile;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What a nightly reconcile must judge again since a run whose settled file was {@code since}: the
 * records reported in later files, every record with an open duty whose deadline the day can have
 * reached (overdue, late by one more day, or due within a working day: see {@link
 * org.lianxi.ledger.rules.Deadlines#judge}), and the referrals whose closing decision was reported
 * again. Everything else is judged the same as before: a closed duty's status depends on its dates
 * only, and those change only with a new report; an open duty due later than a working day after
 * the as-of day is open and not due soon on both days (a province has hundreds of thousands).
 */
public final class ReconcileScope {

  private final JdbcTemplate jdbc;

  public ReconcileScope(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /**
   * The highest file id up to which every received file has been loaded or rejected: a file still
   * being loaded (or left by a crash) keeps the mark below it, so its rows are judged once it is.
   */
  public long settledFile() {
    Long settled =
        jdbc.queryForObject(
            "SELECT COALESCE((SELECT MIN(id) - 1 FROM received_file WHERE status = 'received'),"
                + " (SELECT MAX(id) FROM received_file), 0)",
            Long.class);
    return settled == null ? 0 : settled;
  }

  /**
   * The records to judge again, by type, after the run that settled file {@code since}, as of a day
   * whose duties due up to {@code dueBy} are due soon or overdue.
   */
  public Map<RecordType, Set<String>> since(long since, LocalDateTime dueBy) {
    Map<RecordType, Set<String>> keys = new EnumMap<>(RecordType.class);
    Map<String, RecordType> byKey = new HashMap<>();
    for (RecordType type : RecordType.values()) {
      byKey.put(type.key(), type);
      add(
          keys,
          type,
          jdbc.queryForList(
              "SELECT DISTINCT record_key FROM " + type.table() + " WHERE file_id > ?",
              String.class,
              since));
    }
    jdbc.query(
        "SELECT DISTINCT record_type, record_key FROM judgement"
            + " WHERE ended_at IS NULL AND due_at IS NOT NULL AND due_at <= ?",
        (RowCallbackHandler) rs -> add(keys, byKey.get(rs.getString(1)), List.of(rs.getString(2))),
        dueBy);
    // A decision reported again may name another referral, or stop closing the one it did.
    add(
        keys,
        RecordType.REFERRAL,
        jdbc.queryForList(
            "SELECT DISTINCT %1$s FROM %2$s WHERE file_id > ? AND %1$s IS NOT NULL"
                .formatted(Fields.Decision.REFERRAL_NO.field(), RecordType.DECISION.table()),
            String.class,
            since));
    add(
        keys,
        RecordType.REFERRAL,
        jdbc.queryForList(
            "SELECT s.record_key FROM record_state s WHERE s.record_type = 'referral'"
                + " AND s.closing_decision IN"
                + " (SELECT d.record_key FROM decision_report d WHERE d.file_id > ?)",
            String.class,
            since));
    return keys;
  }

  private static void add(
      Map<RecordType, Set<String>> keys, RecordType type, Collection<String> some) {
    if (!some.isEmpty()) {
      keys.computeIfAbsent(type, t -> new TreeSet<>()).addAll(some);
    }
  }

  /** How many records a scope holds. */
  public static int size(Map<RecordType, Set<String>> keys) {
    return keys.values().stream().mapToInt(Set::size).sum();
  }
}

package org.lianxi.ledger.reconcile;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.store.RowsInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the reconcile results in one transaction: a reconcile never leaves half of its judgements
 * behind, and a rerun with the same input writes the same rows. A full run replaces every result; a
 * nightly one replaces the results of the records it judged again ({@link ReconcileScope}).
 */
public final class ReconcileStore {

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public ReconcileStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * What a reconcile was run with, recorded with its results: the scope ({@code full} or {@code
   * nightly}) and the file up to which every file had settled when it read the ledger.
   */
  public record RunInfo(
      LocalDateTime asOf,
      String calendarVersion,
      String profileVersion,
      String scope,
      long settledFile) {}

  /** The last reconcile run, if any. */
  /**
   * What the results hold now, counted in one pass over a province's million judgements (not one
   * per figure); periods without a file that ended before {@code asOf} are missed ones.
   */
  public ReconcileSummary summary(java.time.LocalDate asOf) {
    return JdbcClient.create(dataSource)
        .sql(
            """
            SELECT r.records, r.one_sided, (SELECT COUNT(*) FROM discrepancy) AS discrepancies,
                   j.judgements, j.late, j.open_count, j.due_soon, j.overdue, j.provisional,
                   (SELECT COUNT(*) FROM submission_period WHERE files = 0 AND period_end < ?) AS missed
            FROM (SELECT COUNT(*) AS records, COALESCE(SUM(missing_side IS NOT NULL), 0) AS one_sided
                  FROM record_state) r,
                 -- one pass over a province's million judgements, not one per figure
                 (SELECT COUNT(*) AS judgements, COALESCE(SUM(status = 'LATE'), 0) AS late,
                         COALESCE(SUM(status = 'OPEN'), 0) AS open_count,
                         COALESCE(SUM(status = 'OPEN' AND due_soon = 1), 0) AS due_soon,
                         COALESCE(SUM(status = 'OVERDUE'), 0) AS overdue,
                         COALESCE(SUM(provisional = 1), 0) AS provisional
                  FROM judgement) j""")
        .param(asOf)
        .query(
            (rs, n) ->
                new ReconcileSummary(
                    rs.getInt("records"),
                    rs.getInt("one_sided"),
                    rs.getInt("discrepancies"),
                    rs.getInt("judgements"),
                    rs.getInt("late"),
                    rs.getInt("open_count"),
                    rs.getInt("due_soon"),
                    rs.getInt("overdue"),
                    rs.getInt("provisional"),
                    rs.getInt("missed")))
        .single();
  }

  /**
   * One unit's duties as the last reconcile judged them: open (of them due soon), overdue, and of
   * those that ended, on time and late.
   */
  public record UnitDuties(int open, int dueSoon, int overdue, int onTime, int late) {

    public static final UnitDuties NONE = new UnitDuties(0, 0, 0, 0, 0);

    UnitDuties plus(UnitDuties other) {
      return new UnitDuties(
          open + other.open,
          dueSoon + other.dueSoon,
          overdue + other.overdue,
          onTime + other.onTime,
          late + other.late);
    }

    /** Duties that fell due: done on time, done late, or overdue still. */
    public int fellDue() {
      return onTime + late + overdue;
    }

    /** The share of the duties that fell due done on time, in per cent; empty when none did. */
    public OptionalDouble onTimePercent() {
      return fellDue() == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(100.0 * onTime / fellDue());
    }
  }

  /** One unit's duties under one rule. */
  public record DutyCount(String unit, String rule, UnitDuties duties) {}

  /**
   * Per owing unit and rule, the duties of the last reconcile's judgements: one pass over the
   * judgement index {@code judgement_unit_ix}, which holds every column read (V20).
   */
  public List<DutyCount> dutyCounts() {
    return jdbc.query(
        """
        SELECT owing_unit, rule_name,
               SUM(status = 'OPEN') AS open_count,
               SUM(status = 'OPEN' AND due_soon = 1) AS soon_count,
               SUM(status = 'OVERDUE') AS overdue_count,
               SUM(status = 'ON_TIME') AS on_time_count,
               SUM(status = 'LATE') AS late_count
        FROM judgement GROUP BY owing_unit, rule_name""",
        (rs, n) ->
            new DutyCount(
                rs.getString("owing_unit"),
                rs.getString("rule_name"),
                new UnitDuties(
                    rs.getInt("open_count"),
                    rs.getInt("soon_count"),
                    rs.getInt("overdue_count"),
                    rs.getInt("on_time_count"),
                    rs.getInt("late_count"))));
  }

  /** Per owing unit, every rule together. */
  public Map<String, UnitDuties> dutiesByUnit() {
    return byUnit(dutyCounts());
  }

  /** The counts of {@link #dutyCounts()} added up per unit. */
  public static Map<String, UnitDuties> byUnit(List<DutyCount> counts) {
    Map<String, UnitDuties> duties = new HashMap<>();
    for (DutyCount count : counts) {
      duties.merge(count.unit(), count.duties(), UnitDuties::plus);
    }
    return duties;
  }

  /** The counts of {@link #dutyCounts()} added up per rule. */
  public static Map<String, UnitDuties> byRule(List<DutyCount> counts) {
    Map<String, UnitDuties> duties = new HashMap<>();
    for (DutyCount count : counts) {
      duties.merge(count.rule(), count.duties(), UnitDuties::plus);
    }
    return duties;
  }

  /**
   * One reconcile as recorded with its results: when it ran, as of when, its scope, what the
   * results held after it, and how many records it judged again (null before V9 recorded it).
   */
  public record Run(
      LocalDateTime ranAt,
      LocalDateTime asOf,
      String scope,
      int records,
      int judgements,
      int discrepancies,
      Integer recordsJudged) {}

  /** The last {@code limit} reconcile runs, newest first. */
  public List<Run> runs(int limit) {
    return jdbc.query(
        "SELECT ran_at, as_of, scope, records, judgements, discrepancies, records_judged"
            + " FROM reconcile_run ORDER BY id DESC LIMIT ?",
        (rs, n) ->
            new Run(
                rs.getObject("ran_at", LocalDateTime.class),
                rs.getObject("as_of", LocalDateTime.class),
                rs.getString("scope"),
                rs.getInt("records"),
                rs.getInt("judgements"),
                rs.getInt("discrepancies"),
                rs.getObject("records_judged", Integer.class)),
        limit);
  }

  public Optional<RunInfo> lastRun() {
    return jdbc
        .query(
            "SELECT as_of, calendar_version, profile_version, scope, settled_file_id"
                + " FROM reconcile_run ORDER BY id DESC LIMIT 1",
            (rs, n) ->
                new RunInfo(
                    rs.getObject("as_of", LocalDateTime.class),
                    rs.getString("calendar_version"),
                    rs.getString("profile_version"),
                    rs.getString("scope"),
                    rs.getLong("settled_file_id")))
        .stream()
        .findFirst();
  }

  /**
   * Replaces every result: a full run. {@code judging} hands each part of the results to the sink
   * it is given as it goes (parts are written at once, so the heap holds one part) and returns how
   * many records it judged.
   */
  public void replace(
      List<SubmissionPeriod> periods,
      RunInfo run,
      ToIntFunction<Consumer<Reconciliation>> judging) {
    tx.executeWithoutResult(
        status -> {
          jdbc.update("DELETE FROM judgement");
          jdbc.update("DELETE FROM discrepancy");
          jdbc.update("DELETE FROM record_state");
          Counts written = new Counts(0, 0, 0);
          int judged;
          try (Results results = new Results(run)) {
            judged =
                judging.applyAsInt(
                    part -> {
                      results.add(part);
                      written.add(Counts.of(part), 1);
                    });
            results.finish();
          }
          finish(periods, run, judged, written);
        });
  }

  /** Replaces the results of the given records, and every submission period: a nightly run. */
  public void update(
      Map<RecordType, Set<String>> judged,
      Reconciliation result,
      List<SubmissionPeriod> periods,
      RunInfo run) {
    tx.executeWithoutResult(
        status -> {
          Counts counts = lastCounts();
          List<Object[]> keys = new ArrayList<>();
          judged.forEach((type, some) -> some.forEach(k -> keys.add(new Object[] {type.key(), k})));
          counts.add(
              new Counts(
                  deleteAll("record_state", keys),
                  deleteAll("judgement", keys),
                  deleteAll("discrepancy", keys)),
              -1);
          try (Results results = new Results(run)) {
            results.add(result);
            results.finish();
          }
          counts.add(Counts.of(result), 1);
          finish(periods, run, ReconcileScope.size(judged), counts);
        });
  }

  /** Deletes the results of the given records from a table; returns how many rows went. */
  private long deleteAll(String table, List<Object[]> keys) {
    return Arrays.stream(
            jdbc.batchUpdate(
                "DELETE FROM " + table + " WHERE record_type = ? AND record_key = ?", keys))
        .asLongStream()
        .sum();
  }

  /**
   * How many rows each result table holds, recorded with each run: kept by difference from run to
   * run (counting a province's million judgements took seconds of every night).
   */
  private static final class Counts {
    private long records;
    private long judgements;
    private long discrepancies;

    Counts(long records, long judgements, long discrepancies) {
      this.records = records;
      this.judgements = judgements;
      this.discrepancies = discrepancies;
    }

    static Counts of(Reconciliation result) {
      return new Counts(
          result.records().size(), result.judgements().size(), result.discrepancies().size());
    }

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) other counts. */
    void add(Counts other, int sign) {
      records += sign * other.records;
      judgements += sign * other.judgements;
      discrepancies += sign * other.discrepancies;
    }
  }

  /** The counts the last run recorded; counted afresh when there was none. */
  private Counts lastCounts() {
    return jdbc
        .query(
            "SELECT records, judgements, discrepancies FROM reconcile_run ORDER BY id DESC LIMIT 1",
            (rs, n) ->
                new Counts(
                    rs.getLong("records"), rs.getLong("judgements"), rs.getLong("discrepancies")))
        .stream()
        .findFirst()
        .orElseGet(
            () ->
                jdbc.queryForObject(
                    "SELECT (SELECT COUNT(*) FROM record_state), (SELECT COUNT(*) FROM judgement),"
                        + " (SELECT COUNT(*) FROM discrepancy)",
                    (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))));
  }

  private static final RowsInsert RECORD_STATES =
      new RowsInsert(
          "record_state",
          List.of(
              "record_type",
              "record_key",
              "first_unit",
              "second_unit",
              "first_report_id",
              "second_report_id",
              "missing_side",
              "from_other_side",
              "closing_decision"));

  private static final RowsInsert DISCREPANCIES =
      new RowsInsert(
          "discrepancy",
          List.of(
              "record_type",
              "record_key",
              "field",
              "authority_unit",
              "authority_value",
              "authority_report_id",
              "other_unit",
              "other_value",
              "other_report_id",
              "found_at"));

  private static final RowsInsert JUDGEMENTS =
      new RowsInsert(
          "judgement",
          List.of(
              "record_type",
              "record_key",
              "rule_name",
              "owing_unit",
              "starts_at",
              "due_at",
              "ended_at",
              "status",
              "late_by",
              "late_unit",
              "due_soon",
              "provisional",
              "limit_text",
              "calendar_version",
              "profile_version",
              "as_of"));

  /**
   * The results of one run on their way into their tables, in the run's transaction: each table's
   * rows written a full statement at a time as the parts come, the rest when finished.
   */
  private final class Results implements AutoCloseable {
    private final RunInfo run;
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    private final RowsInsert.Writer states = RECORD_STATES.into(dataSource);
    private final RowsInsert.Writer discrepancies = DISCREPANCIES.into(dataSource);
    private final RowsInsert.Writer judgements = JUDGEMENTS.into(dataSource);

    Results(RunInfo run) {
      this.run = run;
    }

    void add(Reconciliation result) {
      states.addAll(result.records().stream().map(this::row).toList());
      discrepancies.addAll(result.discrepancies().stream().map(this::row).toList());
      judgements.addAll(result.judgements().stream().map(this::row).toList());
    }

    void finish() {
      states.finish();
      discrepancies.finish();
      judgements.finish();
    }

    @Override
    public void close() {
      try (states;
          discrepancies;
          judgements) {
        // closes each writer, whatever became of the others
      }
    }

    private Object[] row(RecordState r) {
      return new Object[] {
        r.type().key(),
        r.key(),
        r.firstUnit(),
        r.secondUnit(),
        r.firstReportId(),
        r.secondReportId(),
        r.missing() == null ? null : r.missing().name(),
        r.fromOtherSide().isEmpty() ? null : String.join(",", r.fromOtherSide()),
        r.closingDecision()
      };
    }

    private Object[] row(Discrepancy d) {
      return new Object[] {
        d.type().key(),
        d.key(),
        d.field(),
        d.authorityUnit(),
        d.authorityValue(),
        d.authorityReportId(),
        d.otherUnit(),
        d.otherValue(),
        d.otherReportId(),
        now
      };
    }

    private Object[] row(JudgedRule j) {
      return new Object[] {
        j.type().key(),
        j.key(),
        j.rule().key(),
        j.owingUnit(),
        j.start(),
        j.judgement().due().orElse(null),
        j.end().orElse(null),
        j.judgement().status().name(),
        j.judgement().lateBy() == 0 ? null : j.judgement().lateBy(),
        j.judgement().lateBy() == 0 ? null : j.judgement().lateUnit().symbol(),
        j.judgement().dueSoon(),
        j.judgement().provisional(),
        j.judgement().limit().text(),
        run.calendarVersion(),
        run.profileVersion(),
        run.asOf()
      };
    }
  }

  private void finish(
      List<SubmissionPeriod> periods, RunInfo run, int recordsJudged, Counts counts) {
    writePeriods(periods);
    jdbc.update(
        "INSERT INTO reconcile_run (ran_at, as_of, calendar_version, profile_version, records,"
            + " judgements, discrepancies, scope, settled_file_id, records_judged)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Timestamp.valueOf(LocalDateTime.now()),
        run.asOf(),
        run.calendarVersion(),
        run.profileVersion(),
        counts.records,
        counts.judgements,
        counts.discrepancies,
        run.scope(),
        run.settledFile(),
        recordsJudged);
  }

  /**
   * Makes the stored submission periods these: only the periods that changed are written (a night
   * changes a few of a province's hundred thousand), and those no longer there deleted.
   */
  private void writePeriods(List<SubmissionPeriod> periods) {
    Map<List<Object>, SubmissionPeriod> stored = new HashMap<>();
    jdbc.query(
        "SELECT * FROM submission_period",
        (RowCallbackHandler)
            rs -> {
              SubmissionPeriod p =
                  new SubmissionPeriod(
                      rs.getString("unit_code"),
                      rs.getObject("period_start", LocalDate.class),
                      rs.getObject("period_end", LocalDate.class),
                      rs.getInt("files"),
                      rs.getInt("zero_reports"),
                      rs.getInt("rows_submitted"),
                      rs.getInt("rows_rejected"));
              stored.put(List.of(p.unit(), p.start()), p);
            });
    List<Object[]> changed = new ArrayList<>();
    for (SubmissionPeriod p : periods) {
      if (!p.equals(stored.remove(List.of(p.unit(), p.start())))) {
        changed.add(
            new Object[] {
              p.unit(),
              p.start(),
              p.end(),
              p.files(),
              p.zeroReports(),
              p.rowsSubmitted(),
              p.rowsRejected()
            });
      }
    }
    jdbc.batchUpdate(
        "DELETE FROM submission_period WHERE unit_code = ? AND period_start = ?",
        stored.keySet().stream().map(List::toArray).toList());
    jdbc.batchUpdate(
        "INSERT INTO submission_period (unit_code, period_start, period_end, files, zero_reports,"
            + " rows_submitted, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " period_end = VALUES(period_end), files = VALUES(files),"
            + " zero_reports = VALUES(zero_reports), rows_submitted = VALUES(rows_submitted),"
            + " rows_rejected = VALUES(rows_rejected)",
        changed);
  }
}

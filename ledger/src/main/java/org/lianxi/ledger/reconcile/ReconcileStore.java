package org.lianxi.ledger.reconcile;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the reconcile results in one transaction: a reconcile never leaves half of its
 * judgements behind, and a rerun with the same input writes the same rows.
 */
public final class ReconcileStore {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public ReconcileStore(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** What a reconcile was run with, recorded with its results. */
  public record RunInfo(LocalDateTime asOf, String calendarVersion, String profileVersion) {}

  public void replace(Reconciliation result, List<SubmissionPeriod> periods, RunInfo run) {
    tx.executeWithoutResult(
        status -> {
          jdbc.update("DELETE FROM judgement");
          jdbc.update("DELETE FROM discrepancy");
          jdbc.update("DELETE FROM record_state");
          jdbc.update("DELETE FROM submission_period");
          Timestamp now = Timestamp.valueOf(LocalDateTime.now());
          jdbc.batchUpdate(
              "INSERT INTO record_state (record_type, record_key, first_unit, second_unit, first_report_id,"
                  + " second_report_id, missing_side, from_other_side, closing_decision)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              result.records().stream()
                  .map(
                      r ->
                          new Object[] {
                            r.type().key(),
                            r.key(),
                            r.firstUnit(),
                            r.secondUnit(),
                            r.firstReportId(),
                            r.secondReportId(),
                            r.missing() == null ? null : r.missing().name(),
                            r.fromOtherSide().isEmpty()
                                ? null
                                : String.join(",", r.fromOtherSide()),
                            r.closingDecision()
                          })
                  .toList());
          jdbc.batchUpdate(
              "INSERT INTO discrepancy (record_type, record_key, field, authority_unit, authority_value,"
                  + " authority_report_id, other_unit, other_value, other_report_id, found_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              result.discrepancies().stream()
                  .map(
                      d ->
                          new Object[] {
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
                          })
                  .toList());
          jdbc.batchUpdate(
              "INSERT INTO judgement (record_type, record_key, rule_name, owing_unit, starts_at, due_at,"
                  + " ended_at, status, late_by, late_unit, due_soon, provisional, limit_text,"
                  + " calendar_version, profile_version, as_of)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              result.judgements().stream()
                  .map(
                      j ->
                          new Object[] {
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
                          })
                  .toList());
          jdbc.batchUpdate(
              "INSERT INTO submission_period (unit_code, period_start, period_end, files, zero_reports,"
                  + " rows_submitted, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)",
              periods.stream()
                  .map(
                      p ->
                          new Object[] {
                            p.unit(),
                            p.start(),
                            p.end(),
                            p.files(),
                            p.zeroReports(),
                            p.rowsSubmitted(),
                            p.rowsRejected()
                          })
                  .toList());
          jdbc.update(
              "INSERT INTO reconcile_run (ran_at, as_of, calendar_version, profile_version, records,"
                  + " judgements, discrepancies) VALUES (?, ?, ?, ?, ?, ?, ?)",
              now,
              run.asOf(),
              run.calendarVersion(),
              run.profileVersion(),
              result.records().size(),
              result.judgements().size(),
              result.discrepancies().size());
        });
  }
}

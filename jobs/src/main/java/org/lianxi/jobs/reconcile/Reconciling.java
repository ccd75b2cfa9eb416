package org.lianxi.jobs.reconcile;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.ledger.reconcile.ReconcilePass;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs the reconcile job as of a date and says what it found. */
@Component
public class Reconciling {

  private final JobOperator operator;
  private final Job job;
  private final JdbcClient jdbc;

  private final LedgerLock lock;

  public Reconciling(
      JobOperator operator,
      @Qualifier("reconcileJob") Job job,
      DataSource dataSource,
      LedgerLock lock) {
    this.operator = operator;
    this.job = job;
    this.jdbc = JdbcClient.create(dataSource);
    this.lock = lock;
  }

  /** Counts of what the reconcile found. */
  public record Summary(
      int records,
      int oneSided,
      int discrepancies,
      int judgements,
      int late,
      int open,
      int dueSoon,
      int overdue,
      int provisional,
      int missedPeriods) {}

  /** A reconcile as of a day: nightly when it can be, see {@link ReconcilePass}. */
  public Summary run(LocalDate asOf) {
    return run(asOf, false);
  }

  /**
   * A reconcile as of a day and its summary; {@code full} judges every record again whatever the
   * last run was.
   */
  public Summary run(LocalDate asOf, boolean full) {
    reconcile(asOf, full);
    return summary(asOf);
  }

  /** The reconcile job alone, without the summary (which counts the whole ledger's results). */
  public void reconcile(LocalDate asOf, boolean full) {
    lock.hold("The reconcile as of " + asOf, () -> launch(asOf, full));
  }

  private void launch(LocalDate asOf, boolean full) {
    try {
      JobExecution execution =
          operator.start(
              job,
              new JobParametersBuilder()
                  .addString("asOf", asOf.toString())
                  .addString("full", Boolean.toString(full))
                  .addLong("run", System.currentTimeMillis())
                  .toJobParameters());
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException("reconcile ended " + execution.getStatus());
      }
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("reconcile failed: " + e.getMessage(), e);
    }
  }

  public Summary summary(LocalDate asOf) {
    return jdbc.sql(
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
                new Summary(
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
}

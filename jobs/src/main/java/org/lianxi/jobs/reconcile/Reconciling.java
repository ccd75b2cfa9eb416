package org.lianxi.jobs.reconcile;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.ledger.reconcile.ReconcilePass;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.ReconcileSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the reconcile job as of a date and says what it found. */
@Component
public class Reconciling {

  private final JobOperator operator;
  private final Job job;
  private final ReconcileStore store;

  private final LedgerLock lock;

  public Reconciling(
      JobOperator operator,
      @Qualifier("reconcileJob") Job job,
      DataSource dataSource,
      LedgerLock lock) {
    this.operator = operator;
    this.job = job;
    this.store = new ReconcileStore(dataSource);
    this.lock = lock;
  }

  /** A reconcile as of a day: nightly when it can be, see {@link ReconcilePass}. */
  public ReconcileSummary run(LocalDate asOf) {
    return run(asOf, false);
  }

  /**
   * A reconcile as of a day and its summary; {@code full} judges every record again whatever the
   * last run was.
   */
  public ReconcileSummary run(LocalDate asOf, boolean full) {
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

  /** What the ledger's reconcile results hold now, in one pass over them. */
  public ReconcileSummary summary(LocalDate asOf) {
    return store.summary(asOf);
  }
}

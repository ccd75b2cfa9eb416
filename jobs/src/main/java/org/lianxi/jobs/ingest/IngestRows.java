package org.lianxi.jobs.ingest;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows an ingest pass loaded and refused, kept in its step's execution context (Spring Batch
 * counts the step's items, which are files): the job records then tell a pass's rows too, as the
 * console's 运行 page shows them.
 */
public final class IngestRows {

  /** The keys in the {@code load} step's execution context. */
  public static final String ACCEPTED = "lianxi.rows.accepted";

  public static final String REJECTED = "lianxi.rows.rejected";

  private IngestRows() {}

  /**
   * Adds to the running step's counts once the chunk's transaction commits (a chunk rolled back
   * loaded nothing); nothing outside a step, as in a writer's unit test.
   */
  static void add(int accepted, int rejected) {
    StepContext step = StepSynchronizationManager.getContext();
    if (step == null) {
      return;
    }
    ExecutionContext context = step.getStepExecution().getExecutionContext();
    Runnable count =
        () -> {
          context.putLong(ACCEPTED, context.getLong(ACCEPTED, 0) + accepted);
          context.putLong(REJECTED, context.getLong(REJECTED, 0) + rejected);
        };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      count.run();
      return;
    }
    // saved with the next chunk's commit, or at the step's end
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            count.run();
          }
        });
  }

  /** The rows a finished step loaded. */
  public static long accepted(StepExecution step) {
    return step.getExecutionContext().getLong(ACCEPTED, 0);
  }

  /** The rows a finished step refused. */
  public static long rejected(StepExecution step) {
    return step.getExecutionContext().getLong(REJECTED, 0);
  }
}

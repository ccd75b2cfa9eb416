package org.lianxi.console.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.ReconcileStore.DutyCount;
import org.springframework.stereotype.Component;

/**
 * The dashboard's duty counts, counted once per reconcile run: only a reconcile writes judgements,
 * and each records itself in {@code reconcile_run}, so the counts stand until the next run. At a
 * province's million judgements the count takes the better part of a second; the first visit after
 * a night pays it, every other visit reads the run's id.
 */
@Component
class DutyCountsOfLastRun {

  private record Counted(long run, List<DutyCount> counts) {}

  private final ReconcileStore reconcile;
  private final AtomicReference<Counted> last = new AtomicReference<>();

  DutyCountsOfLastRun(ReconcileStore reconcile) {
    this.reconcile = reconcile;
  }

  List<DutyCount> counts() {
    long run = reconcile.lastRunId();
    Counted counted = last.get();
    if (counted == null || counted.run() != run) {
      // two visits at once may both count: the same figures, the last one kept
      counted = new Counted(run, reconcile.dutyCounts());
      last.set(counted);
    }
    return counted.counts();
  }
}

package org.lianxi.console.web;

import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.Kept;
import org.lianxi.ledger.LedgerVersion;
import org.lianxi.ledger.files.FileResults;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.ReconcileStore.DutyCount;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures of the whole ledger, kept while the part of the {@link LedgerVersion}
 * they depend on stands: the duty counts until the next reconcile run, the intake's totals until
 * the next file arrives or is loaded. At a province's million judgements and half a million sheets
 * they take 1–2 s and 0.1 s to count; a visit reads the version instead. They are counted again in
 * the background soon after the ledger moves, so that the first visit after a night does not wait
 * for them either.
 */
@Component
class StandingFigures {

  /** How often the background looks whether the ledger has moved. */
  static final long LOOK_EVERY_MS = 30_000;

  private final DataSource dataSource;
  private final ReconcileStore reconcile;
  private final FileResults results;
  private final Kept<String, Long, List<DutyCount>> duties = new Kept<>(1);
  private final Kept<String, LedgerVersion.Intake, FileResults.Totals> totals = new Kept<>(1);

  StandingFigures(DataSource dataSource, ReconcileStore reconcile, FileResults results) {
    this.dataSource = dataSource;
    this.reconcile = reconcile;
    this.results = results;
  }

  /** Both figures as the ledger stands now. */
  record Figures(List<DutyCount> duties, FileResults.Totals totals) {}

  Figures now() {
    LedgerVersion version = LedgerVersion.read(dataSource);
    return new Figures(
        duties.get("duties", version.lastRun(), reconcile::dutyCounts),
        totals.get("totals", version.intake(), results::totals));
  }

  @Scheduled(initialDelay = 0, fixedDelay = LOOK_EVERY_MS)
  void countAfterTheLedgerMoved() {
    now();
  }
}

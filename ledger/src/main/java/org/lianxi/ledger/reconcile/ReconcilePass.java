package org.lianxi.ledger.reconcile;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.standard.RecordType;

/**
 * One reconcile as of a day, stored. It is nightly (only what can have changed since the last run,
 * see {@link ReconcileScope}) when the last run used the same calendar and profile and was as of
 * the same day or earlier; otherwise, or when asked, it is full: every record judged again and
 * written a page of records at a time ({@link JudgedLedger}), so the heap does not grow with the
 * ledger.
 */
public final class ReconcilePass {

  public static final String FULL = "full";
  public static final String NIGHTLY = "nightly";

  /** What a pass did: its scope, the records it judged, the judgements it wrote. */
  public record Outcome(String scope, int recordsJudged, int judgementsWritten) {}

  private final CountyConfig county;
  private final DataSource dataSource;

  public ReconcilePass(CountyConfig county, DataSource dataSource) {
    this.county = county;
    this.dataSource = dataSource;
  }

  public Outcome run(LocalDate asOf, boolean full) {
    ReconcileScope scope = new ReconcileScope(dataSource);
    ReconcileStore store = new ReconcileStore(dataSource);
    long settled = scope.settledFile(); // before the ledger is read: nothing settles unseen
    JudgedLedger ledger = JudgedLedger.judge(county, dataSource, asOf);
    Optional<ReconcileStore.RunInfo> last = store.lastRun();
    boolean nightly =
        !full
            && last.isPresent()
            && last.get().calendarVersion().equals(ledger.calendarVersion())
            && last.get().profileVersion().equals(ledger.profileVersion())
            && !ledger.moment().isBefore(last.get().asOf());
    String runScope = nightly ? NIGHTLY : FULL;
    var run =
        new ReconcileStore.RunInfo(
            ledger.moment(), ledger.calendarVersion(), ledger.profileVersion(), runScope, settled);
    if (nightly) {
      Map<RecordType, Set<String>> keys = scope.since(last.get().settledFile(), ledger.dueSoonBy());
      Reconciliation result = ledger.judge(keys);
      store.update(keys, result, ledger.periods(), run);
      return new Outcome(NIGHTLY, ReconcileScope.size(keys), result.judgements().size());
    }
    int[] written = {0};
    int[] records = {0};
    store.replace(
        ledger.periods(),
        run,
        sink -> {
          ledger.forEachPage(
              page -> {
                sink.accept(page.reconciliation());
                written[0] += page.reconciliation().judgements().size();
                records[0] += page.records();
              });
          return records[0];
        });
    return new Outcome(FULL, records[0], written[0]);
  }
}

package org.lianxi.ledger.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.standard.RecordType;

/**
 * One reconcile as of a day, stored. It is nightly (only what can have changed since the last run,
 * see {@link ReconcileScope}) when the last run used the same calendar and profile and was as of
 * the same day or earlier; otherwise, or when asked, it is full: every record judged again, a page
 * of records at a time, so that the heap does not grow with the ledger.
 */
public final class ReconcilePass {

  public static final String FULL = "full";
  public static final String NIGHTLY = "nightly";

  /** Records judged and written at a time in a full run: the heap holds one page of them. */
  private static final int RECORDS_A_PAGE = 2000;

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
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    String profileVersion = county.profile().version();
    LocalDateTime at = Deadlines.endOf(asOf);
    Optional<ReconcileStore.RunInfo> last = store.lastRun();
    boolean nightly =
        !full
            && last.isPresent()
            && last.get().calendarVersion().equals(calendar.version())
            && last.get().profileVersion().equals(profileVersion)
            && !at.isBefore(last.get().asOf());
    LedgerSnapshot snapshot = new LedgerSnapshot(dataSource);
    Reconciler reconciler = new Reconciler(county.profile(), new Deadlines(calendar));
    List<SubmissionPeriod> periods = JudgedLedger.periods(county, snapshot, asOf);
    Map<String, String> closing = Reconciler.closingDecisions(snapshot.linkedDecisions());
    if (nightly) {
      Map<RecordType, Set<String>> keys = scope.since(last.get().settledFile());
      Reconciliation result = reconciler.reconcile(snapshot.currentReports(keys), closing, at);
      store.update(
          keys,
          result,
          periods,
          new ReconcileStore.RunInfo(at, calendar.version(), profileVersion, NIGHTLY, settled));
      return new Outcome(NIGHTLY, ReconcileScope.size(keys), result.judgements().size());
    }
    int[] written = {0};
    int[] records = {0};
    store.replace(
        periods,
        new ReconcileStore.RunInfo(at, calendar.version(), profileVersion, FULL, settled),
        sink -> {
          snapshot.inPages(
              RECORDS_A_PAGE,
              page -> {
                Reconciliation part = reconciler.reconcile(page, closing, at);
                sink.accept(part);
                written[0] += part.judgements().size();
                records[0] += (int) page.stream().map(CurrentReport::key).distinct().count();
              });
          return records[0];
        });
    return new Outcome(FULL, records[0], written[0]);
  }
}

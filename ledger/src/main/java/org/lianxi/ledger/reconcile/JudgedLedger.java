package org.lianxi.ledger.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.lianxi.ledger.ReadAhead;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.standard.RecordType;

/**
 * The ledger judged as of a day: what the reconcile job stores, and what the briefing and the
 * assessment count from (a report as of another day than the last reconcile judges anew). It is
 * handed over a page of whole records at a time, so that the heap holds one page, not the ledger.
 */
public final class JudgedLedger {

  /** The units that must submit every period: townships and departments. */
  public static final List<UnitType> SUBMITTING = List.of(UnitType.TOWNSHIP, UnitType.DEPARTMENT);

  /**
   * Reports read and judged at a time, at most, unless a record alone has more (a page ends with a
   * whole record): most records have two sides' reports, so about the 2,000 records a page held
   * when pages were counted in records.
   */
  public static final int REPORTS_A_PAGE = 4000;

  /**
   * The current reports of some whole records (a record's reports are never split between pages),
   * and what reconciling them found.
   */
  public record Page(List<CurrentReport> reports, Reconciliation reconciliation) {

    public static final Page EMPTY =
        new Page(List.of(), new Reconciliation(List.of(), List.of(), List.of()));

    /** How many records the page holds. */
    public int records() {
      return (int) reports.stream().map(r -> r.type() + "|" + r.key()).distinct().count();
    }
  }

  private final LocalDate asOf;
  private final WorkingCalendar calendar;
  private final LedgerSnapshot snapshot;
  private final Reconciler reconciler;
  private final List<SubmissionPeriod> periods;
  private final String profileVersion;
  private final int reportsAPage;
  private Map<String, String> closingDecisions;

  private JudgedLedger(
      CountyConfig county, DataSource dataSource, LocalDate asOf, int reportsAPage) {
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    this.asOf = asOf;
    this.calendar = calendar;
    this.snapshot = new LedgerSnapshot(dataSource);
    this.reconciler = new Reconciler(county.profile(), new Deadlines(calendar));
    this.periods = periods(county, snapshot, asOf);
    this.profileVersion = county.profile().version();
    this.reportsAPage = reportsAPage;
  }

  /** The ledger as of a day, by the county's profile and the stored calendar. */
  public static JudgedLedger judge(CountyConfig county, DataSource dataSource, LocalDate asOf) {
    return judge(county, dataSource, asOf, REPORTS_A_PAGE);
  }

  /** The same, about {@code reportsAPage} reports a page. */
  public static JudgedLedger judge(
      CountyConfig county, DataSource dataSource, LocalDate asOf, int reportsAPage) {
    return new JudgedLedger(county, dataSource, asOf, reportsAPage);
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The end of the as-of day: the moment every deadline is judged at. */
  public LocalDateTime moment() {
    return Deadlines.endOf(asOf);
  }

  /**
   * The latest deadline an open duty can have and be due soon (within a working day) or overdue as
   * of the as-of day: one due later is judged open and not due soon.
   */
  public LocalDateTime dueSoonBy() {
    return Deadlines.endOf(calendar.plusWorkingDays(asOf, 1).value());
  }

  /** Every submitting unit's periods of the profile's cadence up to the as-of day. */
  public List<SubmissionPeriod> periods() {
    return periods;
  }

  /** The working-day calendar the ledger is judged by. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The names of received files by their ids ({@link CurrentReport.Source#fileId()}). */
  public Map<Long, String> fileNames(Collection<Long> ids) {
    return snapshot.fileNames(ids);
  }

  public String calendarVersion() {
    return calendar.version();
  }

  public String profileVersion() {
    return profileVersion;
  }

  /**
   * Reads and judges every record, handing over one page at a time, in the order of the keys. Three
   * threads pass the pages on: the snapshot's reads the next page while this one's judges a page
   * and the caller uses the one before (a full reconcile writes it, a report counts it), so neither
   * the judging nor the caller waits for the other's turn with the database.
   */
  public void forEachPage(Consumer<Page> consumer) {
    Map<String, String> closing = closingDecisions();
    LocalDateTime moment = moment();
    try (ReadAhead<Page> judged =
        ReadAhead.start(
            "ledger-judging",
            1,
            sink ->
                snapshot.inPages(
                    reportsAPage,
                    reports ->
                        sink.accept(
                            new Page(reports, reconciler.reconcile(reports, closing, moment)))))) {
      for (Page page = judged.next(); page != null; page = judged.next()) {
        consumer.accept(page);
      }
    }
  }

  /** Reads and judges the given records only: what a nightly reconcile judges again. */
  public Reconciliation judge(Map<RecordType, ? extends Collection<String>> keys) {
    return reconciler.reconcile(snapshot.currentReports(keys), closingDecisions(), moment());
  }

  /** The decisions that name the referral they close, read once: every page needs them all. */
  private Map<String, String> closingDecisions() {
    if (closingDecisions == null) {
      closingDecisions = Reconciler.closingDecisions(snapshot.linkedDecisions());
    }
    return closingDecisions;
  }

  private static List<SubmissionPeriod> periods(
      CountyConfig county, LedgerSnapshot snapshot, LocalDate asOf) {
    List<String> submitting =
        county.units().stream().filter(u -> SUBMITTING.contains(u.type())).map(Unit::code).toList();
    return new SubmissionCadence(county.profile().submissionCadence())
        .periods(submitting, snapshot.loadedFiles(), asOf);
  }
}

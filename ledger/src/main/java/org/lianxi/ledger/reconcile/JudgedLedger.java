package org.lianxi.ledger.reconcile;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.rules.Deadlines;

/**
 * The ledger judged as of a day, in memory: what the reconcile job stores, and what the briefing
 * and the assessment count from (a report as of another day than the last reconcile judges anew).
 */
public record JudgedLedger(
    LocalDate asOf,
    List<CurrentReport> reports,
    Reconciliation reconciliation,
    List<SubmissionPeriod> periods,
    String calendarVersion,
    String profileVersion) {

  /** The units that must submit every period: townships and departments. */
  public static final List<UnitType> SUBMITTING = List.of(UnitType.TOWNSHIP, UnitType.DEPARTMENT);

  public static JudgedLedger judge(CountyConfig county, DataSource dataSource, LocalDate asOf) {
    var calendar = new CalendarStore(dataSource).load();
    LedgerSnapshot snapshot = new LedgerSnapshot(dataSource);
    List<CurrentReport> reports = snapshot.currentReports();
    Reconciliation result =
        new Reconciler(county.profile(), new Deadlines(calendar))
            .reconcile(reports, Deadlines.endOf(asOf));
    List<SubmissionPeriod> periods = periods(county, snapshot, asOf);
    return new JudgedLedger(
        asOf, reports, result, periods, calendar.version(), county.profile().version());
  }

  /** Every submitting unit's periods of the profile's cadence up to the as-of day. */
  static List<SubmissionPeriod> periods(
      CountyConfig county, LedgerSnapshot snapshot, LocalDate asOf) {
    List<String> submitting =
        county.units().stream().filter(u -> SUBMITTING.contains(u.type())).map(Unit::code).toList();
    return new SubmissionCadence(county.profile().submissionCadence())
        .periods(submitting, snapshot.loadedFiles(), asOf);
  }
}

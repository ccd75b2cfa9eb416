package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.lianxi.jobs.reconcile.Reconciling;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.ledger.exchange.Digests;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.Duty;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.reconcile.ReconcileSummary;
import org.lianxi.reports.workbook.ChaseListWorkbook;
import org.lianxi.reports.workbook.DigestWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The nightly exchange after collection: reconcile as of a day, then for every unit its chase list
 * (催办单) and, when other units shared anything that concerns it, its digest (共享信息), into {@code
 * DATA/out/UNIT/}, from where they are sent.
 */
@Component
public class Exchange {

  private final Reconciling reconciling;
  private final CountyConfig county;
  private final Duties duties;
  private final Digests digests;
  private final Path out;

  private final LedgerLock lock;
  private final MeetingCalls calls;
  private final Meetings meetings;
  private final DataSource dataSource;

  public Exchange(
      MeetingCalls calls,
      Reconciling reconciling,
      CountyConfig county,
      DataSource dataSource,
      LedgerLock lock,
      @Value("${lianxi.data:data}") String data) {
    this.calls = calls;
    this.lock = lock;
    this.reconciling = reconciling;
    this.county = county;
    this.duties = new Duties(dataSource, county.profile().catalogue());
    this.meetings = new Meetings(dataSource);
    this.dataSource = dataSource;
    Map<String, String> names =
        county.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
    this.digests = new Digests(dataSource, names);
    this.out = Path.of(data).resolve("out");
  }

  /** What one exchange produced. */
  public record Result(ReconcileSummary summary, List<Path> chaseLists, List<Path> digests) {}

  /** The exchange as of a day, its reconcile nightly when it can be. */
  public Result run(LocalDate asOf) {
    return run(asOf, false);
  }

  /**
   * The exchange as of a day; {@code full} judges every record again. No file is loaded meanwhile
   * ({@link LedgerLock}): the chase lists and digests say what the reconcile judged.
   */
  public Result run(LocalDate asOf, boolean full) {
    return run(asOf, full, LocalDateTime.now());
  }

  /** The same, {@code now} the moment the calls for topics go (the demo's night, else now). */
  public Result run(LocalDate asOf, boolean full, LocalDateTime now) {
    return lock.hold("The exchange as of " + asOf, () -> runHeld(asOf, full, now));
  }

  private Result runHeld(LocalDate asOf, boolean full, LocalDateTime now) {
    // The calls for topics first: the reconcile then judges meeting.topics-call on the day they go.
    calls.send(now);
    ReconcileSummary summary = reconciling.run(asOf, full);
    List<Path> chaseLists = new ArrayList<>();
    List<Path> digestFiles = new ArrayList<>();
    Digests.Owed owed = digests.owed(county.units().stream().map(Unit::code).toList());
    Duties.Open duties = this.duties.open();
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    try {
      for (Unit unit : county.units()) {
        Path folder = out.resolve(unit.code());
        List<Duty> open = new ArrayList<>(duties.of(unit.code()));
        if (unit.type() == UnitType.OFFICE) {
          for (Duty routine : meetings.routineDuties(county.profile(), calendar, asOf)) {
            open.add(routine.overdue() ? 0 : open.size(), routine); // overdue first, as judged
          }
        }
        Path chase = folder.resolve("催办单_" + asOf + ".xlsx");
        ChaseListWorkbook.write(unit.name(), asOf, open, chase);
        chaseLists.add(chase);
        List<Digests.Sheet> pending = owed.sheets(unit.code());
        if (!pending.isEmpty()) {
          long last = pending.stream().mapToLong(Digests.Sheet::lastReportId).max().orElse(0);
          // Named by what it carries: written again after a crash, it replaces itself.
          Path digest = folder.resolve("共享信息_" + asOf + "_" + last + ".xlsx");
          DigestWorkbook.write(unit.name(), asOf, pending, digest);
          digestFiles.add(digest);
        }
        owed.delivered(unit.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(summary, chaseLists, digestFiles);
  }
}

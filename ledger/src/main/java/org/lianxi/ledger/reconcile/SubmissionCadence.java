package org.lianxi.ledger.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianxi.ledger.rules.Profile.Cadence;

/**
 * Every unit must submit at least once in each period of the profile's cadence (weeks run Monday to
 * Sunday); a zero report counts, a file rejected as a whole does not. Periods run from the one in
 * which the county's first file arrived up to the one holding the as-of day.
 */
public final class SubmissionCadence {

  /** A loaded file, as the cadence sees it. */
  public record FileFact(
      String unit, LocalDate receivedOn, boolean zeroReport, int rows, int rejected) {}

  private final Cadence cadence;

  public SubmissionCadence(Cadence cadence) {
    this.cadence = cadence;
  }

  public LocalDate periodStart(LocalDate day) {
    return cadence == Cadence.WEEK
        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day.withDayOfMonth(1);
  }

  private LocalDate next(LocalDate start) {
    return cadence == Cadence.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
  }

  public List<SubmissionPeriod> periods(
      Collection<String> units, List<FileFact> files, LocalDate asOf) {
    LocalDate first = null;
    // Each unit's files summed by period in one pass over the files, not one per unit and period.
    Map<String, Map<LocalDate, Sums>> byPeriod = new HashMap<>();
    for (FileFact f : files) {
      LocalDate on = f.receivedOn();
      if (!on.isAfter(asOf) && (first == null || on.isBefore(first))) {
        first = on;
      }
      byPeriod
          .computeIfAbsent(f.unit(), u -> new HashMap<>())
          .computeIfAbsent(periodStart(on), start -> new Sums())
          .add(f);
    }
    if (first == null) {
      return List.of();
    }
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate start = periodStart(first); !start.isAfter(asOf); start = next(start)) {
      starts.add(start);
    }
    Sums none = new Sums();
    List<SubmissionPeriod> periods = new ArrayList<>(units.size() * starts.size());
    for (String unit : units.stream().sorted().toList()) {
      Map<LocalDate, Sums> unitFiles = byPeriod.getOrDefault(unit, Map.of());
      for (LocalDate start : starts) {
        Sums in = unitFiles.getOrDefault(start, none);
        periods.add(
            new SubmissionPeriod(
                unit,
                start,
                next(start).minusDays(1),
                in.files,
                in.zeroReports,
                in.rows,
                in.rejected));
      }
    }
    return periods;
  }

  /** One unit's files of one period, added up. */
  private static final class Sums {
    int files;
    int zeroReports;
    int rows;
    int rejected;

    void add(FileFact f) {
      files++;
      zeroReports += f.zeroReport() ? 1 : 0;
      rows += f.rows();
      rejected += f.rejected();
    }
  }
}

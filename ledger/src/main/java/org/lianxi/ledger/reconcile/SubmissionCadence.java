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
    List<SubmissionPeriod> periods = new ArrayList<>();
    LocalDate first =
        files.stream()
            .map(FileFact::receivedOn)
            .filter(d -> !d.isAfter(asOf))
            .min(LocalDate::compareTo)
            .orElse(null);
    if (first == null) {
      return periods;
    }
    // Files by unit and period first: one pass over the files, not one per unit and period.
    Map<String, Map<LocalDate, List<FileFact>>> byPeriod = new HashMap<>();
    for (FileFact f : files) {
      byPeriod
          .computeIfAbsent(f.unit(), u -> new HashMap<>())
          .computeIfAbsent(periodStart(f.receivedOn()), s -> new ArrayList<>())
          .add(f);
    }
    for (String unit : units.stream().sorted().toList()) {
      Map<LocalDate, List<FileFact>> unitFiles = byPeriod.getOrDefault(unit, Map.of());
      for (LocalDate start = periodStart(first); !start.isAfter(asOf); start = next(start)) {
        List<FileFact> in = unitFiles.getOrDefault(start, List.of());
        periods.add(
            new SubmissionPeriod(
                unit,
                start,
                next(start).minusDays(1),
                in.size(),
                (int) in.stream().filter(FileFact::zeroReport).count(),
                in.stream().mapToInt(FileFact::rows).sum(),
                in.stream().mapToInt(FileFact::rejected).sum()));
      }
    }
    return periods;
  }
}

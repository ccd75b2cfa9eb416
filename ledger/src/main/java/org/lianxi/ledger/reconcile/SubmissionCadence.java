package org.lianxi.ledger.reconcile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    for (String unit : units.stream().sorted().toList()) {
      for (LocalDate start = periodStart(first); !start.isAfter(asOf); start = next(start)) {
        LocalDate from = start;
        LocalDate end = next(start).minusDays(1);
        List<FileFact> in =
            files.stream()
                .filter(
                    f ->
                        f.unit().equals(unit)
                            && !f.receivedOn().isBefore(from)
                            && !f.receivedOn().isAfter(end))
                .toList();
        periods.add(
            new SubmissionPeriod(
                unit,
                from,
                end,
                in.size(),
                (int) in.stream().filter(FileFact::zeroReport).count(),
                in.stream().mapToInt(FileFact::rows).sum(),
                in.stream().mapToInt(FileFact::rejected).sum()));
      }
    }
    return periods;
  }
}

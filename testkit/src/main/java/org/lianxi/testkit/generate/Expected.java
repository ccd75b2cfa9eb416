package org.lianxi.testkit.generate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lianxi.ledger.county.Accountability;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;

/**
 * What reconcile must find in a generated county, and nothing else. Entries are text so that a test
 * compares sets: judgements {@code rule|key|owing unit|status}, discrepancies {@code
 * type|key|field}, one-sided records {@code type|key|missing side}, missed periods {@code
 * unit|period start}, corrected records {@code type|key|unit}, rejected rows {@code reporting
 * unit|sheet|column}.
 *
 * @param howLate how late the generator made each of {@code lateOrOverdue}, as of the plan's last
 *     day, in what its rule counts lateness in
 */
public record Expected(
    Set<String> lateOrOverdue,
    Map<String, Lateness> howLate,
    Set<String> discrepancies,
    Set<String> oneSided,
    Set<String> missedPeriods,
    Set<String> corrected,
    Set<String> rejectedRows,
    int duplicates) {

  /** How late a duty is: working days, days or hours. */
  public record Lateness(int by, LateUnit unit) {}

  public static Expected empty() {
    return new Expected(
        new TreeSet<>(),
        new TreeMap<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        0);
  }

  Expected withDuplicates(int count) {
    return new Expected(
        lateOrOverdue,
        howLate,
        discrepancies,
        oneSided,
        missedPeriods,
        corrected,
        rejectedRows,
        count);
  }

  /**
   * The late or overdue duties an accountability list with these thresholds names: every one of the
   * rules named at any lateness, and the others later than the threshold. The generator makes its
   * hour rules' faults an hour or so late: within any threshold of a working day or more.
   *
   * @throws IllegalArgumentException when a lateness cannot be compared with the threshold
   */
  public Set<String> accountable(Accountability thresholds) {
    return lateOrOverdue.stream()
        .filter(
            entry ->
                thresholds.anyLateness().contains(new Rule(entry.substring(0, entry.indexOf('|'))))
                    || beyond(howLate.get(entry), thresholds.threshold(), entry))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean beyond(Lateness late, Limit threshold, String entry) {
    if (late == null) {
      throw new IllegalArgumentException("the generator did not say how late " + entry + " is");
    }
    if (threshold instanceof Limit.WorkingDays wd && late.unit() == LateUnit.WORKING_DAYS) {
      return late.by() > wd.days();
    }
    if (threshold instanceof Limit.WorkingDays wd && late.unit() == LateUnit.HOURS) {
      if (late.by() <= 24 && wd.days() >= 1) {
        return false; // done within a day of the deadline: at most one working day late
      }
    }
    if (threshold instanceof Limit.CalendarDays d && late.unit() == LateUnit.DAYS) {
      return late.by() > d.days();
    }
    if (threshold instanceof Limit.Hours h && late.unit() == LateUnit.HOURS) {
      return late.by() > h.hours();
    }
    throw new IllegalArgumentException(
        entry + " is " + late + " late: not comparable with the threshold " + threshold.text());
  }
}

package org.lianxi.testkit.generate;

import java.util.Set;
import java.util.TreeSet;

/**
 * What reconcile must find in a generated county, and nothing else. Entries are text so that a test
 * compares sets: judgements {@code rule|key|owing unit|status}, discrepancies {@code
 * type|key|field}, one-sided records {@code type|key|missing side}, missed periods {@code
 * unit|period start}, corrected records {@code type|key|unit}, rejected rows {@code reporting
 * unit|sheet|column}.
 */
public record Expected(
    Set<String> lateOrOverdue,
    Set<String> discrepancies,
    Set<String> oneSided,
    Set<String> missedPeriods,
    Set<String> corrected,
    Set<String> rejectedRows,
    int duplicates) {

  public static Expected empty() {
    return new Expected(
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        new TreeSet<>(),
        0);
  }

  Expected withDuplicates(int count) {
    return new Expected(
        lateOrOverdue, discrepancies, oneSided, missedPeriods, corrected, rejectedRows, count);
  }
}

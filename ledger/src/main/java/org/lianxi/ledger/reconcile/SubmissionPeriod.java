package org.lianxi.ledger.reconcile;

import java.time.LocalDate;

/** One unit's submissions in one period of the profile's cadence. */
public record SubmissionPeriod(
    String unit,
    LocalDate start,
    LocalDate end,
    int files,
    int zeroReports,
    int rowsSubmitted,
    int rowsRejected) {

  /** Nothing submitted in a period that is over (as of the given day). */
  public boolean missed(LocalDate asOf) {
    return files == 0 && end.isBefore(asOf);
  }
}

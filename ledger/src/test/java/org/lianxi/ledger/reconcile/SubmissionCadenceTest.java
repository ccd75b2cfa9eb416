package org.lianxi.ledger.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.reconcile.SubmissionCadence.FileFact;
import org.lianxi.ledger.rules.Profile.Cadence;

class SubmissionCadenceTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 18);

  @Test
  void everyUnitHasEveryWeekFromTheFirstFileToTheAsOfDayWithItsFilesAddedUp() {
    List<FileFact> files =
        List.of(
            new FileFact("D01", LocalDate.of(2026, 3, 2), false, 5, 1), // Monday of the first week
            new FileFact("D01", LocalDate.of(2026, 3, 8), true, 0, 0), // its Sunday: a zero report
            new FileFact("T01", LocalDate.of(2026, 3, 11), false, 3, 0),
            // after the as-of day, in its week: the week holds it
            new FileFact("D01", LocalDate.of(2026, 3, 20), false, 2, 2));

    List<SubmissionPeriod> periods =
        new SubmissionCadence(Cadence.WEEK).periods(List.of("T01", "D01"), files, WEDNESDAY);

    assertThat(periods)
        .extracting(
            p ->
                "%s %s..%s %d %d %d %d %s"
                    .formatted(
                        p.unit(),
                        p.start(),
                        p.end(),
                        p.files(),
                        p.zeroReports(),
                        p.rowsSubmitted(),
                        p.rowsRejected(),
                        p.missed(WEDNESDAY) ? "missed" : "-"))
        .containsExactly(
            "D01 2026-03-02..2026-03-08 2 1 5 1 -",
            "D01 2026-03-09..2026-03-15 0 0 0 0 missed",
            "D01 2026-03-16..2026-03-22 1 0 2 2 -",
            "T01 2026-03-02..2026-03-08 0 0 0 0 missed",
            "T01 2026-03-09..2026-03-15 1 0 3 0 -",
            "T01 2026-03-16..2026-03-22 0 0 0 0 -");
  }

  @Test
  void monthsRunFromTheFirstToTheLastDay() {
    List<FileFact> files =
        List.of(
            new FileFact("D01", LocalDate.of(2026, 2, 27), false, 4, 0),
            new FileFact("T01", LocalDate.of(2026, 3, 1), false, 1, 1));

    assertThat(
            new SubmissionCadence(Cadence.MONTH)
                .periods(List.of("D01", "T01"), files, LocalDate.of(2026, 3, 10)))
        .extracting(p -> p.unit() + " " + p.start() + ".." + p.end() + " " + p.files())
        .containsExactly(
            "D01 2026-02-01..2026-02-28 1",
            "D01 2026-03-01..2026-03-31 0",
            "T01 2026-02-01..2026-02-28 0",
            "T01 2026-03-01..2026-03-31 1");
  }

  @Test
  void noPeriodBeforeTheCountysFirstFileUpToTheAsOfDay() {
    List<FileFact> later = List.of(new FileFact("D01", LocalDate.of(2026, 3, 19), false, 1, 0));

    assertThat(new SubmissionCadence(Cadence.WEEK).periods(List.of("D01"), later, WEDNESDAY))
        .isEmpty();
    assertThat(new SubmissionCadence(Cadence.WEEK).periods(List.of("D01"), List.of(), WEDNESDAY))
        .isEmpty();
  }
}

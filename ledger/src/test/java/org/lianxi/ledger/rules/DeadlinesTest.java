package org.lianxi.ledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Judgement.Status;

class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines(WorkingCalendar.of(CalendarFiles.bundled()));

  private static LocalDateTime day(String date) {
    return LocalDate.parse(date).atStartOfDay();
  }

  private LocalDate dueDate(String limit, String start) {
    return deadlines.due(Limit.parse(limit), day(start)).orElseThrow().value().toLocalDate();
  }

  @Test
  void threeWorkingDaysIntoSpringFestivalLandOnTheMakeUpSaturday() {
    // Wed 11 Feb: Thu 12 (1), Fri 13 (2), Sat 14 is a make-up working day (3).
    assertThat(dueDate("3wd", "2026-02-11")).isEqualTo("2026-02-14");
    assertThat(deadlines.calendar().isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
  }

  @Test
  void threeWorkingDaysAcrossTheSpringFestivalHoliday() {
    // Fri 13 Feb: Sat 14 (1, make-up), 15-23 holiday, Tue 24 (2), Wed 25 (3).
    assertThat(dueDate("3wd", "2026-02-13")).isEqualTo("2026-02-25");
  }

  @Test
  void fiveWorkingDaysAcrossLabourDayEndOnTheMakeUpSaturday() {
    // Wed 29 Apr: Thu 30 (1), 1-5 May holiday, Wed 6 (2), Thu 7 (3), Fri 8 (4), Sat 9 (5).
    assertThat(dueDate("5wd", "2026-04-29")).isEqualTo("2026-05-09");
    assertThat(dueDate("4wd", "2026-04-30")).isEqualTo("2026-05-09");
  }

  @Test
  void threeWorkingDaysAcrossNationalDayEndOnSaturdayTheTenth() {
    // Wed 30 Sep: 1-7 Oct holiday, Thu 8 (1), Fri 9 (2), Sat 10 is a working day (3).
    assertThat(dueDate("3wd", "2026-09-30")).isEqualTo("2026-10-10");
    assertThat(dueDate("1wd", "2026-10-09")).isEqualTo("2026-10-10");
  }

  @Test
  void anUrgentTwentyFourHourRuleCountsCalendarHoursFromMidnightOfADate() {
    Limit urgent = Profiles.load("guxian").limits(Rule.REFERRAL_SEND).urgentOrLimit();
    assertThat(urgent).isEqualTo(new Limit.Hours(24, false));
    LocalDateTime found = day("2026-03-05");

    Judgement inTime =
        deadlines.judge(urgent, found, Optional.of(LocalDateTime.parse("2026-03-05T16:00")), found);
    assertThat(inTime.status()).isEqualTo(Status.ON_TIME);
    assertThat(inTime.due()).contains(LocalDateTime.parse("2026-03-06T00:00"));

    Judgement late =
        deadlines.judge(urgent, found, Optional.of(LocalDateTime.parse("2026-03-06T09:30")), found);
    assertThat(late.status()).isEqualTo(Status.LATE);
    assertThat(late.lateBy()).isEqualTo(10); // 9.5 hours, rounded up
    assertThat(late.lateUnit()).isEqualTo(LateUnit.HOURS);
  }

  @Test
  void atOnceIsTwentyFourHours() {
    Limit atOnce = Profiles.load("jianyang").limits(Rule.REFERRAL_SEND).urgentOrLimit();
    assertThat(atOnce).isEqualTo(new Limit.Hours(24, true));
    assertThat(atOnce.text()).isEqualTo("at-once");
    assertThat(deadlines.due(atOnce, LocalDateTime.parse("2026-10-01T08:00")).orElseThrow().value())
        .isEqualTo("2026-10-02T08:00");
  }

  @Test
  void sameDayMeansByTheEndOfTheStartingDayEvenOnAHoliday() {
    Limit sameDay = Limit.parse("0wd");
    assertThat(dueDate("0wd", "2026-10-03")).isEqualTo("2026-10-03");
    Judgement onTheDay =
        deadlines.judge(
            sameDay, day("2026-03-05"), Optional.of(day("2026-03-05")), day("2026-03-10"));
    assertThat(onTheDay.status()).isEqualTo(Status.ON_TIME);
    Judgement nextDay =
        deadlines.judge(
            sameDay, day("2026-03-05"), Optional.of(day("2026-03-06")), day("2026-03-10"));
    assertThat(nextDay.status()).isEqualTo(Status.LATE);
    assertThat(nextDay.lateBy()).isEqualTo(1);
    assertThat(nextDay.lateUnit()).isEqualTo(LateUnit.WORKING_DAYS);
  }

  @Test
  void aCountFromTheEndOf2026Into2027IsProvisional() {
    // No 2027 notice yet: Thu 31 Dec (1), then Monday-Friday: Fri 1 Jan (2), Mon 4 Jan (3).
    var counted = deadlines.due(Limit.parse("3wd"), day("2026-12-30")).orElseThrow();
    assertThat(counted.value().toLocalDate()).isEqualTo("2027-01-04");
    assertThat(counted.provisional()).isTrue();
    Judgement open =
        deadlines.judge(Limit.parse("3wd"), day("2026-12-30"), Optional.empty(), day("2026-12-30"));
    assertThat(open.provisional()).isTrue();
    assertThat(open.status()).isEqualTo(Status.OPEN);

    var withinTheYear = deadlines.due(Limit.parse("3wd"), day("2026-12-01")).orElseThrow();
    assertThat(withinTheYear.provisional()).isFalse();
  }

  @Test
  void calendarDaysCountEveryDayHolidaysAndMakeUpDaysAlike() {
    // Thu 24 Sep 2026: 15 days are Fri 25 (1, 中秋节) … Fri 9 Oct (15), across 国庆节 1–7 Oct.
    assertThat(dueDate("15d", "2026-09-24")).isEqualTo("2026-10-09");
    // 15 working days from the same day: 中秋节 25–27 Sep off, Mon 28 (1), Tue 29 (2), Wed 30 (3),
    // 国庆节 1–7 Oct off, Thu 8 (4), Fri 9 (5), the make-up Sat 10 (6), 12–16 (7–11), 19–22 (12–15).
    assertThat(dueDate("15wd", "2026-09-24")).isEqualTo("2026-10-22");
    assertThat(dueDate("0d", "2026-10-03")).isEqualTo("2026-10-03");
    Limit fifteen = Limit.parse("15d");
    // Answered Sat 10 Oct (a make-up working day): one day late, counted in days.
    Judgement late =
        deadlines.judge(
            fifteen, day("2026-09-24"), Optional.of(day("2026-10-10")), day("2026-10-20"));
    assertThat(late.status()).isEqualTo(Status.LATE);
    assertThat(late.lateBy()).isEqualTo(1);
    assertThat(late.lateUnit()).isEqualTo(LateUnit.DAYS);
    assertThat(late.lateUnit().late(late.lateBy())).isEqualTo("1天");
    // Still open on Mon 12 Oct: overdue by 3 days (Sat 10, Sun 11, Mon 12).
    Judgement open =
        deadlines.judge(fifteen, day("2026-09-24"), Optional.empty(), day("2026-10-12"));
    assertThat(open.status()).isEqualTo(Status.OVERDUE);
    assertThat(open.lateBy()).isEqualTo(3);
    assertThat(open.provisional()).isFalse();
  }

  @Test
  void lateByCountsWorkingDaysAndRoundsAWeekendActionUp() {
    Limit two = Limit.parse("2wd");
    // Mon 9 Mar 2026: due Wed 11. Done Mon 16: Thu 12, Fri 13, Mon 16 = 3 working days late.
    Judgement late =
        deadlines.judge(two, day("2026-03-09"), Optional.of(day("2026-03-16")), day("2026-03-20"));
    assertThat(late.due()).contains(LocalDateTime.parse("2026-03-11T23:59:59"));
    assertThat(late.status()).isEqualTo(Status.LATE);
    assertThat(late.lateBy()).isEqualTo(3);
    // Done on Sat 14: after the deadline, before Monday: late by the working days to Monday.
    Judgement weekend =
        deadlines.judge(two, day("2026-03-09"), Optional.of(day("2026-03-14")), day("2026-03-20"));
    assertThat(weekend.status()).isEqualTo(Status.LATE);
    assertThat(weekend.lateBy()).isEqualTo(3);
    // Done on the deadline day itself.
    Judgement onTime =
        deadlines.judge(
            two,
            day("2026-03-09"),
            Optional.of(LocalDateTime.parse("2026-03-11T18:00")),
            day("2026-03-20"));
    assertThat(onTime.status()).isEqualTo(Status.ON_TIME);
    assertThat(onTime.lateBy()).isZero();
  }

  @Test
  void openRecordsAreOpenDueSoonOrOverdueAsOfADate() {
    Limit three = Limit.parse("3wd");
    LocalDateTime start = day("2026-03-09"); // due Thu 12 Mar
    Judgement early =
        deadlines.judge(
            three, start, Optional.empty(), Deadlines.endOf(LocalDate.parse("2026-03-10")));
    assertThat(early.status()).isEqualTo(Status.OPEN);
    assertThat(early.dueSoon()).isFalse();

    Judgement soon =
        deadlines.judge(
            three, start, Optional.empty(), Deadlines.endOf(LocalDate.parse("2026-03-11")));
    assertThat(soon.status()).isEqualTo(Status.OPEN);
    assertThat(soon.dueSoon()).isTrue();

    Judgement onDueDay =
        deadlines.judge(
            three, start, Optional.empty(), Deadlines.endOf(LocalDate.parse("2026-03-12")));
    assertThat(onDueDay.status()).isEqualTo(Status.OPEN);
    assertThat(onDueDay.dueSoon()).isTrue();

    Judgement overdue =
        deadlines.judge(
            three, start, Optional.empty(), Deadlines.endOf(LocalDate.parse("2026-03-17")));
    assertThat(overdue.status()).isEqualTo(Status.OVERDUE);
    assertThat(overdue.lateBy()).isEqualTo(3); // Fri 13, Mon 16, Tue 17
    assertThat(overdue.dueSoon()).isFalse();
  }

  @Test
  void aFridayDeadlineIsDueSoonOnTheThursdayBeforeAndNotOnTheWednesday() {
    Limit one = Limit.parse("1wd");
    LocalDateTime start = day("2026-03-12"); // Thu: due Fri 13
    assertThat(
            deadlines
                .judge(one, start, Optional.empty(), Deadlines.endOf(LocalDate.parse("2026-03-12")))
                .dueSoon())
        .isTrue();
  }

  @Test
  void aRuleWithNoFigureIsTrackedButNotScored() {
    Judgement done =
        deadlines.judge(
            Limit.parse("none"),
            day("2026-03-01"),
            Optional.of(day("2026-06-01")),
            day("2026-06-02"));
    assertThat(done.status()).isEqualTo(Status.DONE);
    assertThat(done.scored()).isFalse();
    assertThat(done.due()).isEmpty();
    Judgement open =
        deadlines.judge(
            Limit.parse("none"), day("2026-03-01"), Optional.empty(), day("2026-06-02"));
    assertThat(open.status()).isEqualTo(Status.OPEN);
  }

  @Test
  void aFixedDueDateIsDueByTheEndOfThatDayAndLateInWorkingDays() {
    Limit byDate = new Limit.ByDate(LocalDate.parse("2026-06-30"));
    Judgement late =
        deadlines.judge(
            byDate, day("2026-01-15"), Optional.of(day("2026-07-03")), day("2026-07-10"));
    assertThat(late.status()).isEqualTo(Status.LATE);
    assertThat(late.lateBy()).isEqualTo(3); // Wed 1, Thu 2, Fri 3 July
    assertThat(late.lateUnit()).isEqualTo(LateUnit.WORKING_DAYS);
    assertThat(byDate.text()).isEqualTo("by 2026-06-30");
  }
}

package org.lianxi.ledger.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.calendar.WorkingCalendar.Counted;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Judgement.Status;

/**
 * The deadline engine (../shared/rules.md, "Counting"). Working days: the starting day is not
 * counted, the first working day after it is day 1, the deadline is the end of day N. Hours:
 * calendar hours from the starting date-time; an event known only by its date counts from 00:00 of
 * that day (for a start) and is taken as 00:00 of that day (for an end), so a date alone never
 * makes a record late within its own day.
 */
public final class Deadlines {

  /** The last moment of a day: a working-day deadline is the end of its day. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingCalendar calendar;

  public Deadlines(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The deadline of a limit from a start, and whether it is provisional; empty for none. */
  public Optional<Counted<LocalDateTime>> due(Limit limit, LocalDateTime start) {
    return due(limit, start, false);
  }

  /**
   * The deadline of a limit counted from a start, or back from it ({@code before}: an advance
   * notice is due N working days, days or hours before its event); empty for none.
   */
  public Optional<Counted<LocalDateTime>> due(Limit limit, LocalDateTime start, boolean before) {
    int step = before ? -1 : 1;
    if (limit instanceof Limit.Hours hours) {
      return Optional.of(new Counted<>(start.plusHours(step * (long) hours.hours()), false));
    }
    if (limit instanceof Limit.WorkingDays wd) {
      LocalDate from = start.toLocalDate();
      Counted<LocalDate> day =
          before
              ? calendar.minusWorkingDays(from, wd.days())
              : calendar.plusWorkingDays(from, wd.days());
      return Optional.of(new Counted<>(day.value().atTime(END_OF_DAY), day.provisional()));
    }
    if (limit instanceof Limit.CalendarDays days) {
      LocalDate day = start.toLocalDate().plusDays(step * (long) days.days());
      return Optional.of(new Counted<>(day.atTime(END_OF_DAY), false));
    }
    if (limit instanceof Limit.ByDate byDate) {
      return Optional.of(new Counted<>(byDate.date().atTime(END_OF_DAY), false));
    }
    return Optional.empty();
  }

  /** Judges a rule whose duty follows its starting event. */
  public Judgement judge(
      Limit limit, LocalDateTime start, Optional<LocalDateTime> end, LocalDateTime asOf) {
    return judge(limit, start, false, end, asOf);
  }

  /**
   * Judges a rule on a record.
   *
   * @param start the starting event (for {@code before}: the event the duty must precede)
   * @param end the closing event, if it happened
   * @param asOf the moment open records are judged at (a date's end, for {@code --as-of DATE})
   */
  public Judgement judge(
      Limit limit,
      LocalDateTime start,
      boolean before,
      Optional<LocalDateTime> end,
      LocalDateTime asOf) {
    Optional<Counted<LocalDateTime>> counted = due(limit, start, before);
    if (counted.isEmpty()) {
      Status status = end.isPresent() ? Status.DONE : Status.OPEN;
      return new Judgement(status, limit, Optional.empty(), 0, LateUnit.WORKING_DAYS, false, false);
    }
    LocalDateTime due = counted.get().value();
    boolean provisional = counted.get().provisional();
    LateUnit unit =
        limit instanceof Limit.Hours
            ? LateUnit.HOURS
            : limit instanceof Limit.CalendarDays ? LateUnit.DAYS : LateUnit.WORKING_DAYS;
    LocalDateTime moment = end.orElse(asOf);
    boolean past =
        unit == LateUnit.HOURS
            ? moment.isAfter(due)
            : moment.toLocalDate().isAfter(due.toLocalDate());
    int lateBy = 0;
    if (past) {
      if (unit == LateUnit.DAYS) {
        lateBy = (int) ChronoUnit.DAYS.between(due.toLocalDate(), moment.toLocalDate());
      } else if (unit == LateUnit.WORKING_DAYS) {
        // A day after the deadline that is not a working day rounds up to the next working day.
        Counted<Integer> late =
            calendar.workingDaysAfter(
                due.toLocalDate(), calendar.onOrNextWorkingDay(moment.toLocalDate()));
        lateBy = late.value();
        provisional |= late.provisional();
      } else {
        long minutes = Duration.between(due, moment).toMinutes();
        lateBy = (int) ((minutes + 59) / 60);
      }
    }
    if (end.isPresent()) {
      return new Judgement(
          past ? Status.LATE : Status.ON_TIME,
          limit,
          Optional.of(due),
          lateBy,
          unit,
          false,
          provisional);
    }
    boolean dueSoon =
        !past
            && !due.toLocalDate().isAfter(calendar.plusWorkingDays(asOf.toLocalDate(), 1).value());
    return new Judgement(
        past ? Status.OVERDUE : Status.OPEN,
        limit,
        Optional.of(due),
        lateBy,
        unit,
        dueSoon,
        provisional);
  }

  /** The end of a day: how {@code --as-of DATE} is read. */
  public static LocalDateTime endOf(LocalDate date) {
    return date.atTime(END_OF_DAY);
  }
}

package org.lianxi.ledger.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lianxi.ledger.Checksums;

/**
 * Working days (工作日) per the official calendar: Monday to Friday, minus holidays, plus make-up
 * working days (调休). A year without data is counted Monday–Friday, and every answer that touched
 * such a year says so ({@link Counted#provisional()}).
 */
public final class WorkingCalendar {

  /** A date reached by counting, and whether the count crossed a year without calendar data. */
  public record Counted<T>(T value, boolean provisional) {}

  private final Map<LocalDate, Boolean> exceptions = new HashMap<>();

  /** The years with calendar data, as bits: asked for every day a deadline counts, unboxed. */
  private final BitSet years = new BitSet();

  private final String version;

  private WorkingCalendar(Collection<CalendarYear> calendarYears) {
    Map<Integer, String> checksums = new TreeMap<>();
    // In year order, so that a later notice decides the days it arranges in the year before.
    List<CalendarYear> ordered =
        calendarYears.stream().sorted(Comparator.comparingInt(CalendarYear::year)).toList();
    for (CalendarYear year : ordered) {
      if (years.get(year.year())) {
        throw new IllegalArgumentException("the year " + year.year() + " is given twice");
      }
      years.set(year.year());
      year.days().forEach(day -> exceptions.put(day.date(), !day.off()));
      checksums.put(year.year(), year.checksum());
    }
    this.version = Checksums.fingerprint(checksums.toString());
  }

  public static WorkingCalendar of(Collection<CalendarYear> years) {
    return new WorkingCalendar(years);
  }

  /** Whether the official calendar of this year is known. */
  public boolean covers(int year) {
    return year >= 0 && years.get(year);
  }

  public SortedSet<Integer> years() {
    return years.stream().boxed().collect(Collectors.toCollection(TreeSet::new));
  }

  /** A short fingerprint of the calendar data, recorded with every judgement made by it. */
  public String version() {
    return version;
  }

  public boolean isWorkingDay(LocalDate date) {
    Boolean exception = exceptions.get(date);
    if (exception != null) {
      return exception;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The N-th working day after {@code start} (the start day itself is not counted; N = 0 is the
   * start day).
   */
  public Counted<LocalDate> plusWorkingDays(LocalDate start, int n) {
    return nthWorkingDay(start, n, 1);
  }

  /**
   * The N-th working day before {@code start} (the start day itself is not counted; N = 0 is the
   * start day): the deadline of an advance notice.
   */
  public Counted<LocalDate> minusWorkingDays(LocalDate start, int n) {
    return nthWorkingDay(start, n, -1);
  }

  /** Counts N working days from {@code start}, a day at a time in the direction of {@code step}. */
  private Counted<LocalDate> nthWorkingDay(LocalDate start, int n, int step) {
    if (n < 0) {
      throw new IllegalArgumentException("a negative number of working days: " + n);
    }
    LocalDate day = start;
    boolean provisional = false;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(step);
      provisional |= !covers(day.getYear());
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return new Counted<>(day, provisional);
  }

  /** How many working days lie after {@code from} up to and including {@code to}. */
  public Counted<Integer> workingDaysAfter(LocalDate from, LocalDate to) {
    int count = 0;
    boolean provisional = false;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      provisional |= !covers(day.getYear());
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return new Counted<>(count, provisional);
  }

  /** The date itself when it is a working day, else the next working day. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}

package org.lianxi.reports.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half year ({@code 2026H1}: 1 January – 30 June) or a year ({@code 2026}), the periods the
 * briefing and the assessment report on.
 */
public record ReportPeriod(int year, int half) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:[Hh]([12]))?");

  /** A year: {@code half} 0. */
  public static ReportPeriod year(int year) {
    return new ReportPeriod(year, 0);
  }

  public static ReportPeriod half(int year, int half) {
    return new ReportPeriod(year, half);
  }

  /** Reads {@code 2026H1}, {@code 2026H2} or {@code 2026}. */
  public static ReportPeriod parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "a period is written 2026H1, 2026H2 or 2026, not '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    return m.group(2) == null ? year(year) : half(year, Integer.parseInt(m.group(2)));
  }

  public boolean isYear() {
    return half == 0;
  }

  public LocalDate start() {
    return LocalDate.of(year, half == 2 ? 7 : 1, 1);
  }

  public LocalDate end() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(start()) && !day.isAfter(end());
  }

  /** The same period a year earlier. */
  public ReportPeriod yearEarlier() {
    return new ReportPeriod(year - 1, half);
  }

  /** The as-of date a report uses unless told: today, or the period's end when it is over. */
  public LocalDate defaultAsOf(LocalDate today) {
    return today.isAfter(end()) ? end() : today;
  }

  /** As printed: 2026年上半年, 2026年下半年, 2026年度. */
  public String label() {
    return year + (half == 1 ? "年上半年" : half == 2 ? "年下半年" : "年度");
  }

  /** As written on the command line and stored: 2026H1 or 2026. */
  @Override
  public String toString() {
    return isYear() ? String.valueOf(year) : year + "H" + half;
  }
}

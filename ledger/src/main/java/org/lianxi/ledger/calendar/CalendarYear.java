package org.lianxi.ledger.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lianxi.ledger.Checksums;

/** One year of the official calendar (国务院办公厅 notice on public holidays). */
public record CalendarYear(int year, List<CalendarDay> days, String source) {

  public CalendarYear {
    days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    Set<LocalDate> seen = new HashSet<>();
    for (CalendarDay day : days) {
      // A notice may also arrange the last days of the previous year (the 2019 notice did).
      int dayYear = day.date().getYear();
      if (dayYear != year && dayYear != year - 1) {
        throw new IllegalArgumentException(day.date() + " is not in the year " + year);
      }
      if (!seen.add(day.date())) {
        throw new IllegalArgumentException(day.date() + " is listed twice in " + year);
      }
    }
  }

  /** SHA-256 of the year's content, independent of where it came from. */
  public String checksum() {
    StringBuilder text = new StringBuilder().append(year).append('\n');
    days.forEach(d -> text.append(d.date()).append(d.off() ? " off\n" : " work\n"));
    return Checksums.sha256(text.toString());
  }
}

package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.reports.Reports;
import org.lianxi.reports.meeting.Minutes;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reports {@code serve} writes by itself: for a routine meeting, its half year's briefing on
 * its topics deadline and its minutes draft after it ({@link #forMeetings}); on the first night
 * after a half year ends, its briefing unless its meeting's came already, and its accountability
 * list; on the first night after a year ends, its assessment. Each once: a report already in {@code
 * DATA/reports/} is not written again.
 */
@Component
public class PeriodReports {

  private static final Logger log = LoggerFactory.getLogger(PeriodReports.class);

  private final Reports reports;
  private final Minutes minutes;
  private final Meetings meetings;
  private final DataSource dataSource;
  private final Path markers;
  private final Periods periods;
  private final Path folder;

  public PeriodReports(
      CountyConfig county,
      DataSource dataSource,
      Periods periods,
      @Value("${lianxi.data:data}") String data) {
    this.reports = new Reports(county, dataSource);
    this.minutes = new Minutes(county, dataSource);
    this.meetings = new Meetings(dataSource);
    this.dataSource = dataSource;
    this.periods = periods;
    this.folder = Path.of(data).resolve("reports");
    this.markers = Path.of(data).resolve("work").resolve("meetings");
  }

  /**
   * What is due for the meetings on the night of {@code today}: on a routine meeting's topics
   * deadline (or the first night after it, up to the meeting), the briefing of the meeting's half
   * year as of that deadline; on the first night after a meeting, its minutes draft. Each once: a
   * marker in {@code DATA/work/meetings/} says it was written.
   */
  public List<Path> forMeetings(LocalDate today) {
    List<Path> written = new ArrayList<>();
    try {
      var calendar = new CalendarStore(dataSource).load();
      for (Meetings.Held meeting : meetings.all()) {
        LocalDate topicsDue = meeting.topicsDeadline(calendar);
        boolean briefingDue =
            meeting.routine() && !today.isBefore(topicsDue) && !today.isAfter(meeting.on());
        Path briefed = markers.resolve("briefing_" + Meetings.fileSafe(meeting.number()));
        if (briefingDue && !Files.exists(briefed)) {
          ReportPeriod half = ReportPeriod.half(meeting.on().getYear(), halfOf(meeting.on()));
          written.addAll(reports.printBriefing(half, Optional.of(topicsDue), today, folder));
          mark(briefed, today);
        }
        Path drafted = markers.resolve("minutes_" + Meetings.fileSafe(meeting.number()));
        // The night after the meeting (or the first serve runs within a month of it), unless the
        // minutes were issued already.
        boolean draftDue =
            today.isAfter(meeting.on())
                && !today.isAfter(meeting.on().plusMonths(1))
                && meeting.minutesOn().isEmpty();
        if (draftDue && !Files.exists(drafted)) {
          written.addAll(minutes.write(minutes.draft(meeting, today), folder));
          mark(drafted, today);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!written.isEmpty()) {
      log.info("Wrote {}", written);
    }
    return written;
  }

  /** Notes that a meeting's output was written: after it was, so that a crash writes it again. */
  private void mark(Path marker, LocalDate today) throws IOException {
    Files.createDirectories(markers);
    Files.writeString(marker, today.toString());
  }

  private static int halfOf(LocalDate day) {
    return day.getMonthValue() <= 6 ? 1 : 2;
  }

  /** Writes what is due after the night of {@code today}; returns the files written. */
  public List<Path> due(LocalDate today) {
    ReportPeriod half =
        today.getMonthValue() <= 6
            ? ReportPeriod.half(today.getYear() - 1, 2)
            : ReportPeriod.half(today.getYear(), 1);
    ReportPeriod year = ReportPeriod.year(today.getYear() - 1);
    List<Path> written = new ArrayList<>();
    periods.closeDue(today); // every night: a period closes itself freeze-after-days after its end
    try {
      if (!Files.exists(folder.resolve("简报_" + half + ".pdf"))) {
        written.addAll(reports.printBriefing(half, Optional.empty(), today, folder));
      }
      // beside the briefing, once: the half year's accountability list for the leading group
      if (!Files.exists(folder.resolve("问责线索清单_" + half + ".pdf"))) {
        written.addAll(reports.printAccountability(half, Optional.empty(), today, folder));
      }
      if (!Files.exists(folder.resolve("考核_" + year + ".pdf"))) {
        written.addAll(reports.printAssessment(year, Optional.empty(), today, folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!written.isEmpty()) {
      log.info("Wrote {}", written);
    }
    return written;
  }
}

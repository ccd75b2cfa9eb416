package org.lianxi.reports.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.Reports;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.ReportPrinter;
import org.lianxi.reports.workbook.TableWorkbook;

/**
 * A meeting's minutes draft, on request ({@code meeting minutes}) or the day after the meeting
 * ({@code serve}): the DOCX the office edits, the same as PDF to print, and the blank 议定事项 workbook
 * whose filled rows, sent back as the office's file, become the meeting's resolutions.
 */
public final class Minutes {

  private final CountyConfig county;
  private final DataSource dataSource;
  private final Reports reports;

  public Minutes(CountyConfig county, DataSource dataSource) {
    this.county = county;
    this.dataSource = dataSource;
    this.reports = new Reports(county, dataSource);
  }

  /** The file names of a meeting's draft, as written into a folder: DOCX, PDF, workbook. */
  public static List<String> fileNames(String meetingNo) {
    String safe = Meetings.fileSafe(meetingNo);
    return List.of(
        "会议纪要（草稿）_" + safe + ".docx", "会议纪要（草稿）_" + safe + ".pdf", "议定事项_" + safe + ".xlsx");
  }

  /**
   * The draft of a meeting, its figures from the briefing of the meeting's half year as of the
   * meeting day (or today, if earlier).
   */
  public MinutesDraft draft(Meetings.Held meeting, LocalDate today) {
    LocalDate on = meeting.on();
    ReportPeriod half = ReportPeriod.half(on.getYear(), on.getMonthValue() <= 6 ? 1 : 2);
    LocalDate asOf = on.isBefore(today) ? on : today;
    LocalDate topicsDue = meeting.topicsDeadline(new CalendarStore(dataSource).load());
    return MinutesDraft.of(
        county,
        meeting,
        new Meetings(dataSource).topics(meeting.number(), topicsDue),
        reports.briefing(half, Optional.of(asOf), today).figures(),
        today);
  }

  /** Writes the draft into a folder; returns the files written. */
  public List<Path> write(MinutesDraft draft, Path folder) throws IOException {
    List<String> names = fileNames(draft.meeting().number());
    Path docx = folder.resolve(names.get(0));
    Path pdf = folder.resolve(names.get(1));
    Path workbook = folder.resolve(names.get(2));
    MinutesDocument.write(draft, docx);
    new ReportPrinter().pdf(draft.printed(), pdf);
    TableWorkbook.write(
        List.of(
            new Table(RecordType.RESOLUTION.sheet(), MinutesDraft.resolutionHeaders(), List.of())),
        workbook);
    return List.of(docx, pdf, workbook);
  }
}

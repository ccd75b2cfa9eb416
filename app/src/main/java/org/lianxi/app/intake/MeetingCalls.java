package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.meeting.MeetingDesk;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields.Meeting;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.workbook.TableWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's side of the joint meeting's cycle (../shared/reports.md section 6): its 联席会议
 * records, written as its one-row sheet and taken in like any file (so each has its receipt and its
 * place in the ledger), and the call for topics (议题征集通知) the nightly exchange sends every member
 * unit for a routine meeting still to come, on its first night, so on or before the call deadline;
 * the day it went is recorded on the meeting, and {@code meeting.topics-call} is judged on it.
 */
@Component
public class MeetingCalls implements MeetingDesk {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Intake intake;
  private final CountyConfig county;
  private final DataSource dataSource;
  private final Path data;

  public MeetingCalls(
      Intake intake,
      CountyConfig county,
      DataSource dataSource,
      @Value("${lianxi.data:data}") String data) {
    this.intake = intake;
    this.county = county;
    this.dataSource = dataSource;
    this.data = Path.of(data);
  }

  /** The unit that holds the meeting, if the county has one. */
  public Optional<Unit> office() {
    return county.units().stream().filter(u -> u.type() == UnitType.OFFICE).findFirst();
  }

  @Override
  public Scheduled schedule(String number, boolean routine, LocalDate on, LocalDateTime now) {
    String no = number != null ? number.strip() : Meetings.defaultNumber(on, routine);
    WorkingCalendar calendar = new CalendarStore(dataSource).load();
    Meetings.Deadlines deadlines = Meetings.deadlines(county.profile(), calendar, on, routine);
    // Moved or confirmed: what the office recorded of it before (the call sent, the minutes) stays.
    Optional<Meetings.Held> before = new Meetings(dataSource).find(no);
    Intake.Outcome outcome =
        record(
            new Meetings.Held(
                no,
                routine,
                on,
                before.flatMap(Meetings.Held::calledOn),
                Optional.of(deadlines.topicsDue()),
                before.flatMap(Meetings.Held::minutesOn),
                before.flatMap(Meetings.Held::convenor),
                0),
            now);
    LocalDate today = now.toLocalDate();
    boolean late = deadlines.callDue().filter(due -> due.isBefore(today)).isPresent();
    boolean dueNow = deadlines.callDue().filter(due -> !due.isAfter(today)).isPresent();
    Scheduled scheduled =
        new Scheduled(no, outcome.receipt(), outcome.receiptFile(), deadlines, late, 0);
    if (scheduled.recorded() && dueNow && on.isAfter(today)) {
      // Too late for the nightly exchange to be in time: the call goes at once.
      scheduled =
          new Scheduled(
              no, outcome.receipt(), outcome.receiptFile(), deadlines, late, send(now).size());
    }
    return scheduled;
  }

  /** Records a meeting as the office's 联席会议 row, taken in as of {@code now}. */
  public Intake.Outcome record(Meetings.Held meeting, LocalDateTime now) {
    Unit office = office().orElseThrow(() -> new IllegalStateException("no OFFICE unit"));
    List<String> headers = new ArrayList<>();
    List<String> row = new ArrayList<>();
    cell(headers, row, Meeting.MEETING_NO, meeting.number());
    cell(headers, row, Meeting.KIND, meeting.routine() ? "例行" : "专题");
    cell(headers, row, Meeting.MEETING_ON, meeting.on().toString());
    meeting.calledOn().ifPresent(d -> cell(headers, row, Meeting.CALLED_ON, d.toString()));
    meeting.topicsDue().ifPresent(d -> cell(headers, row, Meeting.TOPICS_DUE_ON, d.toString()));
    meeting.minutesOn().ifPresent(d -> cell(headers, row, Meeting.MINUTES_ON, d.toString()));
    meeting.convenor().ifPresent(c -> cell(headers, row, Meeting.CONVENOR, c));
    Path sheet =
        write(
            "联席会议_" + Meetings.fileSafe(meeting.number()) + "_" + STAMP.format(now) + ".xlsx",
            List.of(new Table(RecordType.MEETING.sheet(), headers, List.of(row))));
    return intake
        .takeIn(
            List.of(
                new Arrival(
                    office.code(), Channel.HAND, sheet.getFileName().toString(), sheet, now)))
        .get(0);
  }

  /**
   * Sends the calls owed now: for every routine meeting still to come whose call has not gone, a
   * 议题征集通知 with a blank 会议议题 sheet into every member unit's {@code DATA/out/UNIT/}, and the meeting
   * recorded as called today.
   *
   * @return the calls written
   */
  public List<Path> send(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    if (office().isEmpty()) {
      return List.of();
    }
    List<Path> sent = new ArrayList<>();
    var calendar = new CalendarStore(dataSource).load();
    for (Meetings.Held meeting : new Meetings(dataSource).all()) {
      if (!meeting.routine() || meeting.calledOn().isPresent() || !meeting.on().isAfter(today)) {
        continue;
      }
      LocalDate topicsDue = meeting.topicsDeadline(calendar);
      for (Unit unit : county.units()) {
        if (unit.type() != UnitType.OFFICE) {
          sent.add(call(unit, meeting, topicsDue));
        }
      }
      record(meeting.called(today), now);
    }
    return sent;
  }

  private Path call(Unit unit, Meetings.Held meeting, LocalDate topicsDue) {
    String office = office().orElseThrow().name();
    List<List<String>> letter =
        List.of(
            List.of(unit.name() + "："),
            List.of(
                "定于"
                    + Chinese.date(meeting.on())
                    + "召开联席会议例行会议（会议编号"
                    + meeting.number()
                    + "），现征集会议议题。"),
            List.of(
                "请于"
                    + Chinese.date(topicsDue)
                    + "前在本表“会议议题”工作表填报议题（会议编号填"
                    + meeting.number()
                    + "），随本单位信息共享报送表一并报送；逾期报送的议题将标注逾期；无议题的不必报送。"),
            List.of(office));
    List<String> headers = RecordType.TOPIC.columns().stream().map(Column::header).toList();
    try {
      Path folder = Files.createDirectories(data.resolve("out").resolve(unit.code()));
      Path file = folder.resolve("议题征集通知_" + Meetings.fileSafe(meeting.number()) + ".xlsx");
      TableWorkbook.write(
          List.of(
              new Table("征集通知", List.of(), letter),
              new Table(RecordType.TOPIC.sheet(), headers, List.of())),
          file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, List<Table> tables) {
    try {
      Path folder = Files.createDirectories(data.resolve("work").resolve("meetings"));
      Path file = folder.resolve(name);
      TableWorkbook.write(tables, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the meeting's sheet", e);
    }
  }

  private static void cell(List<String> headers, List<String> row, Column column, String value) {
    headers.add(column.header());
    row.add(value);
  }
}

package org.lianxi.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.app.intake.Intake;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.Fields.Meeting;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Values;
import org.lianxi.reports.workbook.TableWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lianxi meeting schedule|list}: the joint meeting's own records (../shared/reports.md
 * section 6). A meeting the office schedules here is the 联席会议 record a workbook would bring: it is
 * written as the office's one-row sheet and taken in like any file, with its receipt and its place
 * in the ledger.
 */
@Command(
    name = "meeting",
    description = "Schedules a joint meeting (联席会议) and lists the meetings with their deadlines.",
    subcommands = {MeetingCommand.Schedule.class, MeetingCommand.List.class})
public final class MeetingCommand extends CommandGroup {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Command(
      name = "schedule",
      description = "Schedules a meeting; says when the call for topics and the topics are due.")
  static final class Schedule implements Callable<Integer> {
    @ParentCommand MeetingCommand parent;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day.")
    String date;

    @Option(
        names = "--type",
        paramLabel = "例行|专题",
        description = "例行 (routine, every half year; the default) or 专题 (special).")
    String type = "例行";

    @Option(
        names = "--number",
        paramLabel = "N",
        description =
            "会议编号 (default: LX-YEAR-1 or -2 for a routine meeting, ZT-DATE for a special).")
    String number;

    @Override
    public Integer call() {
      LocalDate on = day(date);
      boolean routine = routine(type);
      String no = number != null ? number.strip() : defaultNumber(on, routine);
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        Unit office =
            runtime.county().units().stream()
                .filter(u -> u.type() == UnitType.OFFICE)
                .findFirst()
                .orElseThrow(
                    () ->
                        new UsageException(
                            runtime.county().source()
                                + " names no OFFICE unit to hold the meeting"));
        WorkingCalendar calendar = new CalendarStore(runtime.database().dataSource()).load();
        Meetings.Deadlines deadlines =
            Meetings.deadlines(runtime.county().profile(), calendar, on, routine);
        LocalDateTime now = LocalDateTime.now();
        Path sheet = sheet(runtime, office, no, on, routine, deadlines, now);
        Intake.Outcome outcome =
            runtime
                .context()
                .getBean(Intake.class)
                .takeIn(
                    java.util.List.of(
                        new Arrival(
                            office.code(),
                            Channel.HAND,
                            sheet.getFileName().toString(),
                            sheet,
                            now)))
                .get(0);
        PrintWriter out = parent.spec.commandLine().getOut();
        if (outcome.receipt().rejected() || outcome.receipt().rowsRejected() > 0) {
          IngestCommand.print(out, outcome);
          out.flush();
          return ExitCode.ATTENTION;
        }
        out.printf(
            "Scheduled the %s meeting %s on %s (the office's 联席会议 record, receipt %s).%n",
            routine ? "routine" : "special", no, on, outcome.receiptFile().getFileName());
        deadlines
            .callDue()
            .ifPresentOrElse(
                due ->
                    out.printf(
                        "  call for topics due %s (meeting.topics-call: %s before)%n",
                        due, deadlines.callLimit().orElseThrow().text()),
                () ->
                    out.printf(
                        "  no call for topics is due (%s)%n",
                        routine ? "the profile sets no figure" : "a special meeting"));
        out.printf("  topics due %s%n", deadlines.topicsDue());
        boolean late =
            deadlines.callDue().filter(due -> due.isBefore(now.toLocalDate())).isPresent();
        if (late) {
          out.printf(
              "  The call for topics is late: it was due %s. Send it now.%n",
              deadlines.callDue().orElseThrow());
        }
        out.flush();
        return late ? ExitCode.ATTENTION : ExitCode.OK;
      }
    }

    /** The office's one-row 联席会议 sheet, kept beside the data as it was taken in. */
    private static Path sheet(
        LianxiRuntime runtime,
        Unit office,
        String no,
        LocalDate on,
        boolean routine,
        Meetings.Deadlines deadlines,
        LocalDateTime now) {
      java.util.List<String> headers =
          java.util.List.of(
              Meeting.MEETING_NO.header(),
              Meeting.KIND.header(),
              Meeting.MEETING_ON.header(),
              Meeting.TOPICS_DUE_ON.header());
      java.util.List<String> row =
          java.util.List.of(
              no, routine ? "例行" : "专题", on.toString(), deadlines.topicsDue().toString());
      try {
        Path folder = Files.createDirectories(runtime.data().resolve("work").resolve("meetings"));
        Path file = folder.resolve("联席会议_" + safe(no) + "_" + STAMP.format(now) + ".xlsx");
        TableWorkbook.write(
            java.util.List.of(
                new Table(RecordType.MEETING.sheet(), headers, java.util.List.of(row))),
            file);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the meeting's sheet", e);
      }
    }
  }

  @Command(name = "list", description = "Lists the meetings, their deadlines and topics so far.")
  static final class List implements Callable<Integer> {
    @ParentCommand MeetingCommand parent;

    @Override
    public Integer call() {
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        WorkingCalendar calendar = new CalendarStore(runtime.database().dataSource()).load();
        PlainTable table =
            new PlainTable("number", "type", "date", "call due", "called", "topics due", "topics");
        for (Meetings.Held m : new Meetings(runtime.database().dataSource()).all()) {
          Meetings.Deadlines d =
              Meetings.deadlines(runtime.county().profile(), calendar, m.on(), m.routine());
          table.row(
              m.number(),
              m.routine() ? "routine" : "special",
              m.on().toString(),
              d.callDue().map(LocalDate::toString).orElse("-"),
              text(m.calledOn()),
              m.topicsDue().orElse(d.topicsDue()).toString(),
              Integer.toString(m.topics()));
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        table.print(out);
        out.flush();
        return ExitCode.OK;
      }
    }
  }

  private static String text(Optional<LocalDate> day) {
    return day.map(LocalDate::toString).orElse("-");
  }

  private static LocalDate day(String text) {
    try {
      return Values.date(text);
    } catch (InvalidValueException e) {
      throw new UsageException("--date " + text + ": write a date, e.g. 2026-07-06");
    }
  }

  private static boolean routine(String type) {
    return switch (type.strip()) {
      case "例行", "routine" -> true;
      case "专题", "special" -> false;
      default -> throw new UsageException("--type " + type + ": 例行 or 专题");
    };
  }

  static String defaultNumber(LocalDate on, boolean routine) {
    return routine
        ? "LX-" + on.getYear() + "-" + (on.getMonthValue() <= 6 ? 1 : 2)
        : "ZT-" + on.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** A meeting number as part of a file name: letters, digits and dashes only. */
  private static String safe(String no) {
    return no.replaceAll("[^\\p{L}\\p{N}-]", "_");
  }
}

package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.app.intake.Intake;
import org.lianxi.app.intake.MeetingCalls;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.Values;
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
      String no = number != null ? number.strip() : Meetings.defaultNumber(on, routine);
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        MeetingCalls calls = runtime.context().getBean(MeetingCalls.class);
        if (calls.office().isEmpty()) {
          throw new UsageException(
              runtime.county().source() + " names no OFFICE unit to hold the meeting");
        }
        WorkingCalendar calendar = new CalendarStore(runtime.database().dataSource()).load();
        Meetings.Deadlines deadlines =
            Meetings.deadlines(runtime.county().profile(), calendar, on, routine);
        LocalDateTime now = LocalDateTime.now();
        // Moved or confirmed: what the office recorded of it before (the call sent, the minutes)
        // stays.
        Optional<Meetings.Held> before =
            new Meetings(runtime.database().dataSource())
                .all().stream().filter(m -> m.number().equals(no)).findFirst();
        Intake.Outcome outcome =
            calls.record(
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
              "  The call for topics is late: it was due %s.%s%n",
              deadlines.callDue().orElseThrow(),
              on.isAfter(now.toLocalDate()) ? " It goes with the next exchange." : "");
        } else if (routine) {
          out.println("  The next exchange sends the call to every member unit.");
        }
        out.flush();
        return late ? ExitCode.ATTENTION : ExitCode.OK;
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
}

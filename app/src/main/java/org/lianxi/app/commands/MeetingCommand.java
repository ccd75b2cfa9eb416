package org.lianxi.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.app.intake.Intake;
import org.lianxi.app.intake.MeetingCalls;
import org.lianxi.ledger.Masking;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.meeting.MeetingDesk;
import org.lianxi.ledger.meeting.Meetings;
import org.lianxi.ledger.standard.Fields.Topic;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.Values;
import org.lianxi.reports.meeting.Minutes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
    subcommands = {
      MeetingCommand.Schedule.class,
      MeetingCommand.List.class,
      MeetingCommand.MinutesDraft.class
    })
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
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        MeetingCalls calls = runtime.context().getBean(MeetingCalls.class);
        if (calls.office().isEmpty()) {
          throw new UsageException(
              runtime.county().source() + " names no OFFICE unit to hold the meeting");
        }
        LocalDateTime now = LocalDateTime.now();
        MeetingDesk.Scheduled scheduled = calls.schedule(number, routine, on, now);
        Meetings.Deadlines deadlines = scheduled.deadlines();
        PrintWriter out = parent.spec.commandLine().getOut();
        if (!scheduled.recorded()) {
          IngestCommand.print(
              out, new Intake.Outcome(scheduled.receipt(), scheduled.receiptFile()));
          out.flush();
          return ExitCode.ATTENTION;
        }
        out.printf(
            "Scheduled the %s meeting %s on %s (the office's 联席会议 record, receipt %s).%n",
            routine ? "routine" : "special",
            scheduled.number(),
            on,
            scheduled.receiptFile().getFileName());
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
        if (scheduled.callLate()) {
          out.printf(
              "  The call for topics is late: it was due %s.%n", deadlines.callDue().orElseThrow());
        }
        if (scheduled.callsSent() > 0) {
          out.printf(
              "  The call for topics went to %d member units now (DATA/out/UNIT/), recorded as sent"
                  + " %s.%n",
              scheduled.callsSent(), now.toLocalDate());
        } else if (routine && on.isAfter(now.toLocalDate())) {
          out.println("  The next exchange sends the call to every member unit.");
        }
        out.flush();
        return scheduled.callLate() ? ExitCode.ATTENTION : ExitCode.OK;
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
        Meetings meetings = new Meetings(runtime.database().dataSource());
        for (Meetings.Held m : meetings.all()) {
          Meetings.Deadlines d =
              Meetings.deadlines(runtime.county().profile(), calendar, m.on(), m.routine());
          table.row(
              m.number(),
              m.routine() ? "routine" : "special",
              m.on().toString(),
              d.callDue().map(LocalDate::toString).orElse("-"),
              text(m.calledOn()),
              m.topicsDeadline(calendar).toString(),
              Integer.toString(m.topics()));
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        table.print(out);
        for (Meetings.Held m : meetings.all()) {
          LocalDate due = m.topicsDeadline(calendar);
          var topics = meetings.topics(m.number(), due);
          if (topics.isEmpty()) {
            continue;
          }
          out.printf("%nTopics for %s (due %s):%n", m.number(), due);
          PlainTable listed =
              new PlainTable("topic", "proposed by", "title", "submitted", "arrived", "decision");
          for (Meetings.ProposedTopic t : topics) {
            listed.row(
                t.number(),
                runtime.county().unit(t.proposer()).map(Unit::name).orElse(t.proposer()),
                Masking.inText(t.title()),
                t.submittedOn().toString(),
                t.arrived().toLocalDate() + (t.late() ? " LATE" : ""),
                t.verdict().map(Topic.VERDICT::labelOf).orElse("-"));
          }
          listed.print(out);
        }
        out.flush();
        return ExitCode.OK;
      }
    }
  }

  @Command(
      name = "minutes",
      description =
          "Writes a meeting's minutes draft (会议纪要（草稿）: DOCX to edit, PDF to print) and the blank"
              + " 议定事项 workbook whose filled rows become its resolutions.")
  static final class MinutesDraft implements Callable<Integer> {
    @ParentCommand MeetingCommand parent;

    @Parameters(paramLabel = "NUMBER", description = "会议编号, as meeting list shows it.")
    String number;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Where to write (default DATA/reports).")
    Path folder;

    @Override
    public Integer call() throws IOException {
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        Meetings.Held meeting =
            new Meetings(runtime.database().dataSource())
                .find(number.strip())
                .orElseThrow(
                    () ->
                        new UsageException(
                            "no meeting " + number + " in the ledger (see meeting list)"));
        Minutes minutes = new Minutes(runtime.county(), runtime.database().dataSource());
        Path target =
            Files.createDirectories(folder != null ? folder : runtime.data().resolve("reports"));
        var files = minutes.write(minutes.draft(meeting, LocalDate.now()), target);
        PrintWriter out = parent.spec.commandLine().getOut();
        out.printf("Minutes draft of %s (%s):%n", meeting.number(), meeting.on());
        files.forEach(f -> out.println("  " + f));
        String office =
            runtime.context().getBean(MeetingCalls.class).office().map(Unit::code).orElse("OFFICE");
        out.printf(
            "Fill in %s and send it back as the office's file (ingest --from %s, or its drop"
                + " folder DATA/inbox/%s/): each row becomes a resolution.%n",
            files.get(2).getFileName(), office, office);
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

package org.lianxi.ledger.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.exchange.Duty;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Profile;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.Fields.Meeting;
import org.lianxi.ledger.standard.Fields.Resolution;
import org.lianxi.ledger.standard.Fields.Topic;
import org.lianxi.ledger.standard.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The joint meeting's own records (联席会议, exchange standard 4.13), as the office reported or
 * scheduled them, and the deadlines of their cycle (../shared/reports.md section 6): the call for
 * topics by the profile's {@code meeting.topics-call}, the topics some working days before.
 */
public final class Meetings {

  /** Topics are due this many working days before the meeting unless the county says otherwise. */
  public static final int TOPICS_DUE_BEFORE = 2;

  /** A meeting as the ledger holds it, with the topics proposed for it so far. */
  public record Held(
      String number,
      boolean routine,
      LocalDate on,
      Optional<LocalDate> calledOn,
      Optional<LocalDate> topicsDue,
      Optional<LocalDate> minutesOn,
      Optional<String> convenor,
      int topics) {

    /** The last day for topics: as the office recorded it, else the default before the meeting. */
    public LocalDate topicsDeadline(WorkingCalendar calendar) {
      return topicsDue.orElseGet(() -> calendar.minusWorkingDays(on, TOPICS_DUE_BEFORE).value());
    }

    /** The same meeting, its call for topics sent on this day. */
    public Held called(LocalDate day) {
      return new Held(
          number, routine, on, Optional.of(day), topicsDue, minutesOn, convenor, topics);
    }
  }

  /**
   * The deadlines of a meeting's cycle.
   *
   * @param callDue the last day the call for topics may go, empty where the profile sets no figure
   *     or the meeting is a special one
   * @param topicsDue the last day for topics
   */
  public record Deadlines(
      Optional<LocalDate> callDue, Optional<Limit> callLimit, LocalDate topicsDue) {}

  /**
   * A topic proposed for a meeting (会议议题), as its proposer reported it, with the office's decision
   * (审定结果) when it has one.
   *
   * @param arrived when the proposer's row first arrived, in whatever file
   * @param verdict TO_MEETING (提交会议), SETTLED (会前协调解决) or DECLINED (不予提交)
   * @param late it arrived after the meeting's topics deadline: marked, not refused
   */
  public record ProposedTopic(
      String number,
      String proposer,
      String title,
      List<String> unitsInvolved,
      LocalDate submittedOn,
      LocalDateTime arrived,
      Optional<String> verdict,
      boolean late) {}

  /**
   * A half year in which the profile asks for a routine meeting and none is dated ({@code
   * meeting.routine}).
   */
  public record MissingRoutine(int year, int half, LocalDate start, LocalDate end) {

    static MissingRoutine of(LocalDate day) {
      int half = day.getMonthValue() <= 6 ? 1 : 2;
      LocalDate start = LocalDate.of(day.getYear(), half == 1 ? 1 : 7, 1);
      return new MissingRoutine(day.getYear(), half, start, start.plusMonths(6).minusDays(1));
    }

    /** As users read it: 2026年上半年. */
    public String label() {
      return year + "年" + (half == 1 ? "上" : "下") + "半年";
    }

    MissingRoutine previous() {
      return of(start.minusDays(1));
    }

    boolean holds(Held meeting) {
      return meeting.routine() && !meeting.on().isBefore(start) && !meeting.on().isAfter(end);
    }
  }

  /** What {@code meeting.routine} asks of the office, as its chase list says it. */
  public static final String ROUTINE_DUTY = "召开联席会议例行会议（每半年一次）";

  private final JdbcClient jdbc;

  public Meetings(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The number a meeting is given unless the office names it: LX-2026-2, ZT-20261221. */
  public static String defaultNumber(LocalDate on, boolean routine) {
    return routine
        ? "LX-" + on.getYear() + "-" + (on.getMonthValue() <= 6 ? 1 : 2)
        : "ZT-" + on.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** A meeting number as part of a file name: letters, digits and dashes only (never a path). */
  public static String fileSafe(String number) {
    return number.replaceAll("[^\\p{L}\\p{N}-]", "_");
  }

  /** The deadlines of a meeting on this day, under the county's profile and the calendar. */
  public static Deadlines deadlines(
      Profile profile, WorkingCalendar calendar, LocalDate on, boolean routine) {
    Limit call = profile.limits(Rule.MEETING_TOPICS_CALL).limit();
    Optional<LocalDate> callDue =
        routine && call instanceof Limit.WorkingDays days
            ? Optional.of(calendar.minusWorkingDays(on, days.days()).value())
            : Optional.empty();
    return new Deadlines(
        callDue, callDue.map(d -> call), calendar.minusWorkingDays(on, TOPICS_DUE_BEFORE).value());
  }

  /** Every meeting of the ledger, by date. */
  public List<Held> all() {
    String sql =
        "SELECT m.%1$s, m.%2$s, m.%3$s, m.%4$s, m.%5$s, m.%6$s, m.%7$s,"
                .formatted(
                    Meeting.MEETING_NO.field(),
                    Meeting.KIND.field(),
                    Meeting.MEETING_ON.field(),
                    Meeting.CALLED_ON.field(),
                    Meeting.TOPICS_DUE_ON.field(),
                    Meeting.MINUTES_ON.field(),
                    Meeting.CONVENOR.field())
            + " (SELECT COUNT(DISTINCT t.record_key) FROM %s t WHERE t.is_current = 1 AND t.%s = m.%s) AS topics"
                .formatted(
                    RecordType.TOPIC.table(), Topic.MEETING_NO.field(), Meeting.MEETING_NO.field())
            + " FROM %s m WHERE m.is_current = 1 ORDER BY m.%s, m.%s"
                .formatted(
                    RecordType.MEETING.table(),
                    Meeting.MEETING_ON.field(),
                    Meeting.MEETING_NO.field());
    return jdbc.sql(sql)
        .query(
            (rs, n) ->
                new Held(
                    rs.getString(1),
                    "ROUTINE".equals(rs.getString(2)),
                    rs.getObject(3, LocalDate.class),
                    Optional.ofNullable(rs.getObject(4, LocalDate.class)),
                    Optional.ofNullable(rs.getObject(5, LocalDate.class)),
                    Optional.ofNullable(rs.getObject(6, LocalDate.class)),
                    Optional.ofNullable(rs.getString(7)),
                    rs.getInt("topics")))
        .list();
  }

  /** How many resolutions (议定事项) the ledger holds of a meeting on this day. */
  public int resolutions(LocalDate meetingOn) {
    return jdbc.sql(
            "SELECT COUNT(DISTINCT record_key) FROM %s WHERE is_current = 1 AND %s = ?"
                .formatted(RecordType.RESOLUTION.table(), Resolution.MEETING_ON.field()))
        .param(meetingOn)
        .query(Integer.class)
        .single();
  }

  /**
   * A resolution (议定事项) of a meeting and how far it got: as its 承办单位 last reported it, else as the
   * office recorded it, with {@code resolution.due} as the last reconcile judged it.
   *
   * @param progress DONE, IN_PROGRESS or NOT_STARTED (the sheet's 办理情况)
   * @param status the judgement of its deadline, empty when none is judged
   * @param lateBy working days past its deadline (late or overdue), empty otherwise
   */
  public record Resolved(
      String itemNo,
      String ownerUnit,
      String content,
      Optional<LocalDate> dueOn,
      String progress,
      Optional<LocalDate> closedOn,
      Optional<Judgement.Status> status,
      Optional<Integer> lateBy) {}

  /** The resolutions of the meeting on this day, by number. */
  public List<Resolved> resolutionsOf(LocalDate meetingOn) {
    // one row per record: the owner's current report first, else the latest other (the office's)
    String sql =
        ("SELECT r.%1$s, r.%2$s, r.%3$s, r.%4$s, r.%5$s, r.%6$s, j.status, j.late_by FROM %7$s r"
                + " LEFT JOIN judgement j ON j.record_type = ? AND j.record_key = r.record_key"
                + " AND j.rule_name = ?"
                + " WHERE r.is_current = 1 AND r.%8$s = ? AND r.id = (SELECT o.id FROM %7$s o"
                + " WHERE o.record_key = r.record_key AND o.is_current = 1"
                + " ORDER BY o.reporting_unit = o.%2$s DESC, o.loaded_at DESC, o.id DESC LIMIT 1)"
                + " ORDER BY r.%1$s")
            .formatted(
                Resolution.ITEM_NO.field(),
                Resolution.OWNER_UNIT.field(),
                Resolution.CONTENT.field(),
                Resolution.DUE_ON.field(),
                Resolution.PROGRESS.field(),
                Resolution.CLOSED_ON.field(),
                RecordType.RESOLUTION.table(),
                Resolution.MEETING_ON.field());
    return jdbc.sql(sql)
        .param(RecordType.RESOLUTION.key())
        .param(Rule.RESOLUTION_DUE.key())
        .param(meetingOn)
        .query(
            (rs, n) ->
                new Resolved(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Optional.ofNullable(rs.getObject(4, LocalDate.class)),
                    rs.getString(5),
                    Optional.ofNullable(rs.getObject(6, LocalDate.class)),
                    Optional.ofNullable(rs.getString(7)).map(Judgement.Status::valueOf),
                    Optional.ofNullable(rs.getObject(8, Integer.class))))
        .list();
  }

  /** The meeting with this number, if the ledger has it. */
  public Optional<Held> find(String number) {
    return all().stream().filter(m -> m.number().equals(number)).findFirst();
  }

  /**
   * The topics proposed for a meeting, by arrival; each marked late when it arrived after {@code
   * topicsDue} (the end of that day).
   */
  public List<ProposedTopic> topics(String meetingNo, LocalDate topicsDue) {
    String sql =
        ("SELECT p.%1$s, p.%2$s, p.%3$s, p.%4$s, p.%5$s, p.first_arrived,"
                + " (SELECT o.%6$s FROM %7$s o WHERE o.record_key = p.record_key AND o.is_current = 1"
                + " AND o.reporting_unit <> p.reporting_unit AND o.%6$s IS NOT NULL LIMIT 1) AS verdict"
                + " FROM %7$s p WHERE p.is_current = 1 AND p.reporting_unit = p.%2$s AND p.%8$s = ?"
                + " ORDER BY p.first_arrived, p.record_key")
            .formatted(
                Topic.TOPIC_NO.field(),
                Topic.PROPOSER_UNIT.field(),
                Topic.TITLE.field(),
                Topic.UNITS_INVOLVED.field(),
                Topic.SUBMITTED_ON.field(),
                Topic.VERDICT.field(),
                RecordType.TOPIC.table(),
                Topic.MEETING_NO.field());
    LocalDateTime deadline = topicsDue.plusDays(1).atStartOfDay();
    return jdbc.sql(sql)
        .param(meetingNo)
        .query(
            (rs, n) -> {
              LocalDateTime arrived = rs.getObject(6, LocalDateTime.class);
              String units = rs.getString(4);
              return new ProposedTopic(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  units == null || units.isBlank() ? List.of() : Arrays.asList(units.split(",")),
                  rs.getObject(5, LocalDate.class),
                  arrived,
                  Optional.ofNullable(rs.getString(7)),
                  !arrived.isBefore(deadline));
            })
        .list();
  }

  /**
   * The half years that lack the routine meeting the profile asks for ({@code meeting.routine}), as
   * of a day: the one before it, if it ended without one, and the current one, unless one is dated
   * in it. Counted from the half year the ledger's first file arrived in (an older half year is not
   * lianxi's to know); nothing where the profile does not ask for routine meetings.
   */
  public List<MissingRoutine> missingRoutine(Profile profile, LocalDate asOf) {
    if (profile.jointMeeting().isEmpty()) {
      return List.of();
    }
    Optional<LocalDate> first =
        jdbc.sql("SELECT MIN(received_at) FROM received_file")
            .query(LocalDateTime.class)
            .optional()
            .map(LocalDateTime::toLocalDate)
            .filter(d -> !d.isAfter(asOf));
    if (first.isEmpty()) {
      return List.of();
    }
    List<Held> meetings = all();
    MissingRoutine current = MissingRoutine.of(asOf);
    List<MissingRoutine> missing = new ArrayList<>();
    for (MissingRoutine half : List.of(current.previous(), current)) {
      if (!half.end().isBefore(first.get()) && meetings.stream().noneMatch(half::holds)) {
        missing.add(half);
      }
    }
    return missing;
  }

  /**
   * The office's duties under {@code meeting.routine}, for its chase list: a half year that ended
   * without a routine meeting (overdue), the current one while none is dated in it (due at its
   * end).
   */
  public List<Duty> routineDuties(Profile profile, WorkingCalendar calendar, LocalDate asOf) {
    List<Duty> duties = new ArrayList<>();
    for (MissingRoutine half : missingRoutine(profile, asOf)) {
      boolean overdue = half.end().isBefore(asOf);
      var late = overdue ? calendar.workingDaysAfter(half.end(), asOf) : null;
      duties.add(
          new Duty(
              ROUTINE_DUTY,
              half.label(),
              null,
              half.start().atStartOfDay(),
              org.lianxi.ledger.rules.Deadlines.endOf(half.end()),
              overdue,
              !overdue && !half.end().isAfter(calendar.plusWorkingDays(asOf, 1).value()),
              overdue ? Duties.lateBy(late.value(), Judgement.LateUnit.WORKING_DAYS.symbol()) : "",
              overdue && late.provisional()));
    }
    return duties;
  }
}

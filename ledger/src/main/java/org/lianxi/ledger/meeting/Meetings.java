package org.lianxi.ledger.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Profile;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.Fields.Meeting;
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
}

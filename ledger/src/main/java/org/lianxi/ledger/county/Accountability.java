package org.lianxi.ledger.county;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;

/**
 * What the accountability list (问责线索清单, ../shared/reports.md section 7) names: a duty overdue or
 * closed late by more than {@code threshold}, any lateness at all under the rules of {@code
 * anyLateness}, and a unit late {@code repeated} times or more on one rule in the period. County
 * configuration ({@code county.yaml accountability:}).
 *
 * @param threshold how late a duty may be before it is named: working days, days or hours
 * @param anyLateness rules whose every late or overdue duty is named, however little late
 * @param repeated how many late or overdue duties of one unit on one rule make a line of their own
 */
public record Accountability(Limit threshold, Set<Rule> anyLateness, int repeated) {

  public Accountability {
    anyLateness = Set.copyOf(anyLateness);
  }

  /** The defaults of reports.md: 5 working days; referrals sent and officers on site; 3 times. */
  public static Accountability defaults() {
    return new Accountability(
        new Limit.WorkingDays(5), Set.of(Rule.REFERRAL_SEND, Rule.URGENT_ARRIVAL), 3);
  }

  /**
   * Whether a duty judged late or overdue is named: under a rule of {@link #anyLateness} always,
   * else when it was done (or, still open, is judged at {@code asOf}) after the threshold counted
   * from its deadline, the way a deadline counts from its start (working days to the end of the
   * N-th working day after the deadline's day; an action on a day off counts to the next working
   * day).
   *
   * @param end when the duty was done; empty while it is open
   */
  public boolean names(
      Rule rule,
      Judgement judgement,
      Optional<LocalDateTime> end,
      LocalDateTime asOf,
      Deadlines deadlines) {
    Status status = judgement.status();
    if (status != Status.LATE && status != Status.OVERDUE || judgement.due().isEmpty()) {
      return false;
    }
    if (anyLateness.contains(rule)) {
      return true;
    }
    Status beyond = deadlines.judge(threshold, judgement.due().get(), end, asOf).status();
    return beyond == Status.LATE || beyond == Status.OVERDUE;
  }

  /**
   * A threshold as {@code county.yaml} writes it: a limit in working days, days or hours.
   *
   * @throws IllegalArgumentException for anything else ({@code none}, a date), saying what fits
   */
  public static Limit threshold(String text) {
    Limit limit = Limit.parse(text);
    if (!(limit instanceof Limit.WorkingDays
        || limit instanceof Limit.CalendarDays
        || limit instanceof Limit.Hours)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a threshold: write how late a duty may be, e.g. 5wd, 10d or 48h");
    }
    return limit;
  }
}

package org.lianxi.ledger.rules;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the deadline engine says of one rule on one record.
 *
 * @param status on time, late, open, overdue, or done (closed under a rule with no figure)
 * @param due the last moment that is on time (end of the deadline day for working-day rules); empty
 *     when the limit is {@code none}
 * @param lateBy how late (closed) or how far overdue (open): working days for working-day rules,
 *     hours for hour rules; 0 otherwise
 * @param dueSoon open, not yet overdue, and due within 1 working day of the as-of date
 * @param provisional the count reached a year without official calendar data
 */
public record Judgement(
    Status status,
    Limit limit,
    Optional<LocalDateTime> due,
    int lateBy,
    LateUnit lateUnit,
    boolean dueSoon,
    boolean provisional) {

  public enum Status {
    ON_TIME,
    LATE,
    OPEN,
    OVERDUE,
    /** closed, under a rule whose limit is {@code none}: tracked, not scored */
    DONE;

    public boolean closed() {
      return this == ON_TIME || this == LATE || this == DONE;
    }
  }

  /** What lateness is counted in, as stored ({@code symbol}) and as users read it. */
  public enum LateUnit {
    WORKING_DAYS("wd", "个工作日"),
    DAYS("d", "天"),
    HOURS("h", "小时");

    private final String symbol;
    private final String words;

    LateUnit(String symbol, String words) {
      this.symbol = symbol;
      this.words = words;
    }

    public String symbol() {
      return symbol;
    }

    /** How far late, as users read it: 3个工作日, 2天, 5小时. */
    public String late(int by) {
      return by + words;
    }

    /** The unit stored as {@code symbol}; working days for anything else (as before v2). */
    public static LateUnit bySymbol(String symbol) {
      return java.util.Arrays.stream(values())
          .filter(u -> u.symbol.equals(symbol))
          .findFirst()
          .orElse(WORKING_DAYS);
    }
  }

  /** Whether the rule has a figure, so the record counts on time or late. */
  public boolean scored() {
    return !(limit instanceof Limit.None);
  }
}

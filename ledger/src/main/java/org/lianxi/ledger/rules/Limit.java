package org.lianxi.ledger.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as counties write it: {@code Nwd} working days, {@code 0wd} the same day, {@code Nd}
 * calendar days (日), {@code Nh} calendar hours, {@code at-once} (立即, 24 hours), or {@code none}
 * (the rule is tracked, not scored).
 */
public sealed interface Limit {

  /** The limit as written in configuration. */
  String text();

  /** End of the N-th working day after the starting day (0: the same day). */
  record WorkingDays(int days) implements Limit {
    public String text() {
      return days + "wd";
    }
  }

  /** End of the N-th day after the starting day, counting every day (0: the same day). */
  record CalendarDays(int days) implements Limit {
    public String text() {
      return days + "d";
    }
  }

  /** Calendar hours from the starting date-time; {@code atOnce} for 立即. */
  record Hours(int hours, boolean atOnce) implements Limit {
    public String text() {
      return atOnce ? "at-once" : hours + "h";
    }
  }

  /** Due by the end of a fixed date (a 议定事项's own 办理时限); lateness in working days. */
  record ByDate(java.time.LocalDate date) implements Limit {
    public String text() {
      return "by " + date;
    }
  }

  /** The documents set no figure. */
  record None() implements Limit {
    public String text() {
      return "none";
    }
  }

  Pattern FORM = Pattern.compile("(\\d{1,3})\\s*(wd|d|h)");

  /**
   * Parses a limit.
   *
   * @throws IllegalArgumentException for anything else, saying what is accepted
   */
  static Limit parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("none")) {
      return new None();
    }
    if (t.equals("at-once")) {
      return new Hours(24, true);
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a limit: write Nwd (working days), 0wd, Nd (calendar days), Nh (hours),"
              + " at-once or none");
    }
    int n = Integer.parseInt(m.group(1));
    if (m.group(2).equals("h")) {
      if (n == 0) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' is not a limit: write 0wd for the same day (or Nwd, Nd, Nh, at-once, none)");
      }
      return new Hours(n, false);
    }
    return m.group(2).equals("d") ? new CalendarDays(n) : new WorkingDays(n);
  }
}

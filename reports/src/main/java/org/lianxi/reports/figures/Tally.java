package org.lianxi.reports.figures;

import java.util.Locale;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.reports.period.ReportPeriod;

/**
 * How the records of one rule (or one unit) that count in a period did (../shared/reports.md
 * section 5): a record belongs to the period its rule started in, and counts once its rule closed
 * or it is overdue as of the report's date; an open record not yet due does not count.
 */
public record Tally(int due, int onTime, int late, int overdue) {

  public static final Tally ZERO = new Tally(0, 0, 0, 0);

  /** Whether a judged rule counts in the period: scored, started in it, closed or overdue. */
  public static boolean counts(JudgedRule rule, ReportPeriod period) {
    Status status = rule.judgement().status();
    return rule.judgement().scored()
        && period.contains(rule.start().toLocalDate())
        && (status == Status.ON_TIME || status == Status.LATE || status == Status.OVERDUE);
  }

  public Tally plus(JudgedRule rule) {
    Status status = rule.judgement().status();
    return new Tally(
        due + 1,
        onTime + (status == Status.ON_TIME ? 1 : 0),
        late + (status == Status.LATE ? 1 : 0),
        overdue + (status == Status.OVERDUE ? 1 : 0));
  }

  public Tally plus(Tally other) {
    return new Tally(
        due + other.due, onTime + other.onTime, late + other.late, overdue + other.overdue);
  }

  /** On time ÷ due, or NaN when nothing is due. */
  public double rate() {
    return due == 0 ? Double.NaN : (double) onTime / due;
  }

  /** The rate as printed: 93.5%, or 不适用 when nothing is due. */
  public String rateText() {
    return percent(rate());
  }

  public static String percent(double rate) {
    return Double.isNaN(rate) ? "不适用" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }
}

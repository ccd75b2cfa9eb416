package org.lianxi.reports.period;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.reports.Reports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing and reopening periods (a half year's briefing, a year's assessment): the decisions of the
 * commands and of {@code serve}'s nights. The figures are computed by the reports (as of the
 * period's last day) and frozen by the ledger; the reports themselves only read what is frozen.
 * Here, not in the app, so that the console closes and reopens with the same decisions; the app
 * registers it as a bean of the context every command (and the console's parent) runs in.
 */
public class Periods {

  private static final Logger log = LoggerFactory.getLogger(Periods.class);

  /** The reason recorded when {@code period close} is given none. */
  public static final String CLOSED_BY_COMMAND = "closed by the office";

  private final CountyConfig county;
  private final Reports reports;
  private final FrozenPeriods frozen;

  public Periods(CountyConfig county, DataSource dataSource) {
    this.county = county;
    this.reports = new Reports(county, dataSource);
    this.frozen = new FrozenPeriods(dataSource);
  }

  /**
   * Closes the period by itself once it ended {@code schedule.freeze-after-days} ago, unless it is
   * closed already or the office ever reopened it (then only the office closes it again).
   */
  public void closeIfDue(ReportPeriod period, LocalDate today) {
    int days = county.schedule().freezeAfterDays();
    boolean due = today.isAfter(period.end().plusDays(days));
    String key = period.toString();
    if (due && !frozen.isFrozen(key) && !frozen.everReopened(key)) {
      frozen.freeze(
          key,
          period.end(),
          reports.figuresAtEnd(period, today),
          true,
          days + " days after the end of the period");
      log.info("Closed {} by itself, {} days after its end", period, days);
    }
  }

  /** The periods {@code serve} closes by itself after the night of {@code today}. */
  public void closeDue(LocalDate today) {
    closeIfDue(ReportPeriod.half(today.getYear(), 1), today);
    closeIfDue(ReportPeriod.half(today.getYear() - 1, 2), today);
    closeIfDue(ReportPeriod.year(today.getYear() - 1), today);
  }

  /**
   * Closes a period that is over, as the office asked: its figures, as of its end, no longer
   * change.
   */
  public void close(ReportPeriod period, LocalDate today, String reason) {
    if (!today.isAfter(period.end())) {
      throw new IllegalArgumentException(
          period + " is not over yet (it ends " + period.end() + ")");
    }
    frozen.freeze(
        period.toString(), period.end(), reports.figuresAtEnd(period, today), false, reason);
  }

  /** Reopens a closed period, deliberately: its figures are computed anew until closed again. */
  public boolean reopen(ReportPeriod period, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("say why the period is reopened (--reason)");
    }
    return frozen.reopen(period.toString(), reason);
  }

  /** Whether the period is closed now. */
  public boolean closed(ReportPeriod period) {
    return frozen.isFrozen(period.toString());
  }

  public List<FrozenPeriods.Event> events() {
    return frozen.events();
  }
}

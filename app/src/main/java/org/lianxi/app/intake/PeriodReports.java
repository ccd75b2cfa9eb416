package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.reports.Reports;
import org.lianxi.reports.period.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reports {@code serve} writes by itself: on the first night after a half year ends, its
 * briefing (ready for the joint meeting that follows) and its accountability list; on the first
 * night after a year ends, its assessment. Each once: a report already in {@code DATA/reports/} is
 * not written again.
 */
@Component
public class PeriodReports {

  private static final Logger log = LoggerFactory.getLogger(PeriodReports.class);

  private final Reports reports;
  private final Periods periods;
  private final Path folder;

  public PeriodReports(
      CountyConfig county,
      DataSource dataSource,
      Periods periods,
      @Value("${lianxi.data:data}") String data) {
    this.reports = new Reports(county, dataSource);
    this.periods = periods;
    this.folder = Path.of(data).resolve("reports");
  }

  /** Writes what is due after the night of {@code today}; returns the files written. */
  public List<Path> due(LocalDate today) {
    ReportPeriod half =
        today.getMonthValue() <= 6
            ? ReportPeriod.half(today.getYear() - 1, 2)
            : ReportPeriod.half(today.getYear(), 1);
    ReportPeriod year = ReportPeriod.year(today.getYear() - 1);
    List<Path> written = new ArrayList<>();
    periods.closeDue(today); // every night: a period closes itself freeze-after-days after its end
    try {
      if (!Files.exists(folder.resolve("简报_" + half + ".pdf"))) {
        written.addAll(reports.printBriefing(half, Optional.empty(), today, folder));
      }
      // beside the briefing, once: the half year's accountability list for the leading group
      if (!Files.exists(folder.resolve("问责线索清单_" + half + ".pdf"))) {
        written.addAll(reports.printAccountability(half, Optional.empty(), today, folder));
      }
      if (!Files.exists(folder.resolve("考核_" + year + ".pdf"))) {
        written.addAll(reports.printAssessment(year, Optional.empty(), today, folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!written.isEmpty()) {
      log.info("Wrote {}", written);
    }
    return written;
  }
}

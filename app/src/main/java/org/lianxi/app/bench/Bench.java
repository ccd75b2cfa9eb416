package org.lianxi.app.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.app.GlobalOptions;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.bench.BenchFiles.BenchFile;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.reconcile.Reconciling;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.LedgerSnapshot;
import org.lianxi.ledger.reconcile.ReconcileSummary;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.Reports;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;

/**
 * The province-scale benchmark: a fresh data folder and embedded database, a generated year of
 * every unit's weekly files, then each step timed against a reference measured in the same run on
 * the same data: parsing (fastexcel-reader), loading ({@code LOAD DATA LOCAL INFILE}), reconciling
 * and reporting (one read of the whole ledger). The last day's files are held back from the load:
 * they are the night that the nightly reconcile is measured on.
 */
public final class Bench {

  /** The fewest units the generator can make a year of. */
  public static final int MIN_UNITS = BenchCounty.MIN_UNITS;

  /** What to run: units, rows in total, and the folder to work in. */
  public record Options(int units, long rows, Path folder) {}

  /**
   * The figures, by the keys scripts read.
   *
   * @param failed a step failed (its figure is NaN)
   */
  public record Figures(Map<String, Double> values, boolean failed) {}

  private final PrintWriter out;
  private final HeapMeter heap = new HeapMeter();
  private final Map<String, Long> heapPeaks = new LinkedHashMap<>();
  private final Map<String, Long> poolPeaks = new LinkedHashMap<>();
  private boolean failed;

  public Bench(PrintWriter out) {
    this.out = out;
  }

  public Figures run(Options options) throws Exception {
    Path folder = Files.createDirectories(options.folder().toAbsolutePath().normalize());
    Path config = folder.resolve("county.yaml");
    Files.writeString(config, BenchCounty.yaml(options.units()), StandardCharsets.UTF_8);
    say(
        "lianxi bench: %,d units, %,d rows asked, in %s (heap max %,d MB)",
        options.units(), options.rows(), folder, HeapMeter.maxMb());
    try (LianxiRuntime runtime =
        LianxiRuntime.open(GlobalOptions.ownFolder(config, folder.resolve("data")))) {
      return run(options, runtime, folder);
    }
  }

  private Figures run(Options options, LianxiRuntime runtime, Path folder) throws Exception {
    DataSource db = runtime.database().dataSource();
    long started = System.nanoTime();
    List<BenchFile> files =
        BenchFiles.generate(
            runtime.county(),
            new CalendarStore(db).load(),
            options.rows(),
            folder.resolve("files"));
    LocalDate lastDay = files.get(files.size() - 1).arrival().toLocalDate();
    List<BenchFile> year =
        files.stream().filter(f -> f.arrival().toLocalDate().isBefore(lastDay)).toList();
    List<BenchFile> night =
        files.stream().filter(f -> f.arrival().toLocalDate().equals(lastDay)).toList();
    say(
        "generated   %,d files, %,d rows, in %.1f s (the last day's %,d files held back for the nightly run)",
        files.size(), rows(files), seconds(started), night.size());

    Map<String, Double> figures = new LinkedHashMap<>();
    heap.start();
    ParseRace.Result parse = ParseRace.run(files);
    heapPeaks.put("parse", heap.afterCollectionMb());
    poolPeaks.put("parse", heap.poolPeaksMb());
    say(
        "parse       lianxi %,.0f rows/s; fastexcel-reader %,.0f rows/s (reference, same %,d files);"
            + " ratio %.3f  [goal >= 1.0]",
        parse.lianxi().rowsPerSecond(),
        parse.fastexcel().rowsPerSecond(),
        files.size(),
        parse.ratio());
    figures.put("parse.ratio", parse.ratio());

    Ingester ingester = runtime.context().getBean(Ingester.class);
    double loadRate = rows(year) / timed("load", () -> ingest(ingester, year));
    LoadDataReference.Result reference =
        LoadDataReference.run(runtime.database(), folder.resolve("load-data"));
    double loadRatio = loadRate / reference.rowsPerSecond();
    say(
        "load        lianxi %,.0f rows/s (ingest job, %,d files, %,d rows); LOAD DATA LOCAL INFILE"
            + " %,.0f rows/s (reference, %,d ledger rows into identical tables); ratio %.3f  [goal >= 0.5]",
        loadRate, year.size(), rows(year), reference.rowsPerSecond(), reference.rows(), loadRatio);
    figures.put("load.ratio", loadRatio);

    Reconciling reconciling = runtime.context().getBean(Reconciling.class);
    double scan = ledgerScanSeconds(db);
    double paged = pagedReadSeconds(db);
    String references =
        "one read of the whole ledger: the database's plain streamed scan %.1f s, lianxi's paged"
                .formatted(scan)
            + " read (the reconcile's and the reports' reader) %.1f s (references)"
                .formatted(paged);
    LocalDate yearEnd = lastDay.minusDays(1);
    double yearSeconds = timed("reconcile", () -> reconciling.reconcile(yearEnd, true));
    ingest(ingester, night);
    double nightSeconds = timed("reconcile", () -> reconciling.reconcile(lastDay, false));
    long summaryStarted = System.nanoTime();
    ReconcileSummary summary = reconciling.summary(lastDay);
    double summarySeconds = seconds(summaryStarted);
    say(
        "reconcile   whole year %s (%s) (%,d records, %,d judgements); nightly %s after %,d new"
            + " files (then %.1f s to count the whole ledger's results for its summary); %s"
            + "  [goals <= 20 s, <= 2 s]",
        shown(yearSeconds),
        against(yearSeconds, scan, paged),
        summary.records(),
        summary.judgements(),
        shown(nightSeconds),
        night.size(),
        summarySeconds,
        references);
    figures.put("reconcile.year.s", yearSeconds);
    figures.put("reconcile.night.s", nightSeconds);

    Reports reports = new Reports(runtime.county(), db);
    Path printed = runtime.data().resolve("reports");
    LocalDate today = lastDay.plusDays(3);
    ReportPeriod half = ReportPeriod.half(lastDay.getYear(), 2);
    ReportPeriod wholeYear = ReportPeriod.year(lastDay.getYear());
    Periods periods = runtime.context().getBean(Periods.class);
    double briefing =
        timed(
            "briefing",
            () -> {
              periods.closeIfDue(half, today);
              reports.printBriefing(half, Optional.of(lastDay), today, printed);
            });
    double assessment =
        timed(
            "assessment",
            () -> {
              periods.closeIfDue(wholeYear, today);
              reports.printAssessment(wholeYear, Optional.of(lastDay), today, printed);
            });
    say(
        "reports     briefing %s (%s), assessment %s (%s), for %,d units; %s  [goal <= 10 s each]",
        shown(briefing),
        against(briefing, scan, paged),
        shown(assessment),
        against(assessment, scan, paged),
        options.units(),
        references);
    figures.put("briefing.s", briefing);
    figures.put("assessment.s", assessment);

    ConsoleProbe.Timing[] pages = new ConsoleProbe.Timing[2];
    timed(
        "console",
        () -> {
          try (ConsoleProbe console = ConsoleProbe.signedIn(runtime, BenchCounty.OFFICE)) {
            pages[0] = console.millis("/");
            // 台账 as the office opens it: the referrals of every unit, newest first, 50 a page
            pages[1] = console.millis("/ledger");
          }
        });
    say(
        "console     the office's dashboard %s (the first after the night %s), the ledger's first"
            + " page %s (first %s), for %,d units: over HTTP, the median of %d after the first"
            + "  [goal <= 500 ms each]",
        millis(pages[0], ConsoleProbe.Timing::median),
        millis(pages[0], ConsoleProbe.Timing::first),
        millis(pages[1], ConsoleProbe.Timing::median),
        millis(pages[1], ConsoleProbe.Timing::first),
        options.units(),
        ConsoleProbe.TIMES);
    figures.put("console.dashboard.ms", pages[0] == null ? Double.NaN : pages[0].median());
    figures.put("console.ledger.ms", pages[1] == null ? Double.NaN : pages[1].median());

    long peak = heapPeaks.values().stream().mapToLong(Long::longValue).max().orElse(0);
    say(
        "heap        peak %,d MB after a collection %s, of %,d MB the JVM may use; every pool's"
            + " own peak added up (an upper bound, garbage included) %s  [goal <= 512 MB]",
        peak, heapPeaks, HeapMeter.maxMb(), poolPeaks);
    figures.put("heap.peak.mb", (double) peak);
    figures.forEach(
        (key, value) ->
            say(
                "%s %s",
                key,
                value.isNaN()
                    ? "NaN"
                    : value % 1 == 0 ? "%.0f".formatted(value) : "%.3f".formatted(value)));
    return new Figures(figures, failed);
  }

  /** A measured step: what it does. */
  private interface Work {
    void run() throws Exception;
  }

  /**
   * Seconds a step took, its heap peak kept under its name; a step that fails (out of heap above
   * all) is reported, counts as NaN, and the benchmark goes on with the next.
   */
  private double timed(String step, Work work) {
    heap.start();
    long started = System.nanoTime();
    try {
      work.run();
      return seconds(started);
    } catch (Exception | OutOfMemoryError e) {
      failed = true;
      say(
          "%-11s failed: %s",
          step,
          e instanceof OutOfMemoryError
              ? "out of heap (" + HeapMeter.maxMb() + " MB)"
              : String.valueOf(e.getMessage()));
      return Double.NaN;
    } finally {
      heapPeaks.merge(step, heap.afterCollectionMb(), Math::max);
      poolPeaks.merge(step, heap.poolPeaksMb(), Math::max);
    }
  }

  private static String millis(
      ConsoleProbe.Timing timing, java.util.function.ToDoubleFunction<ConsoleProbe.Timing> which) {
    return timing == null ? "failed" : "%.0f ms".formatted(which.applyAsDouble(timing));
  }

  private static String shown(double seconds) {
    return Double.isNaN(seconds) ? "failed" : "%.1f s".formatted(seconds);
  }

  private static void ingest(Ingester ingester, List<BenchFile> files) {
    ingester.ingestAll(
        files.stream()
            .map(f -> new Arrival(f.unit(), Channel.DROP, f.name(), f.path(), f.arrival()))
            .toList());
  }

  /** Rows of the files the ingest job reads (a resent file is recognised and not read again). */
  private static long rows(List<BenchFile> files) {
    return files.stream().filter(f -> !f.duplicate()).mapToLong(BenchFile::rows).sum();
  }

  /** The reference for reconcile and reports: every current row of the ledger, read once. */
  private static double ledgerScanSeconds(DataSource db) throws SQLException {
    long started = System.nanoTime();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(Integer.MIN_VALUE);
      for (RecordType type : RecordType.values()) {
        try (ResultSet rs =
            s.executeQuery("SELECT * FROM " + type.table() + " WHERE is_current = 1")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              rs.getString(i);
            }
          }
        }
      }
    }
    return seconds(started);
  }

  /**
   * The other reference: every current report read as the reconcile and the reports read them, a
   * page of whole records at a time, the next page read ahead while this one is used.
   */
  private static double pagedReadSeconds(DataSource db) {
    long started = System.nanoTime();
    long[] reports = {0};
    new LedgerSnapshot(db).inPages(JudgedLedger.REPORTS_A_PAGE, page -> reports[0] += page.size());
    return seconds(started);
  }

  /** A step's time as a multiple of each reference's. */
  private static String against(double seconds, double scan, double paged) {
    return Double.isNaN(seconds)
        ? "-"
        : "%.1f x the scan, %.1f x the paged read".formatted(seconds / scan, seconds / paged);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private void say(String format, Object... args) {
    out.println(args.length == 0 ? format : format.formatted(args));
    out.flush();
  }
}

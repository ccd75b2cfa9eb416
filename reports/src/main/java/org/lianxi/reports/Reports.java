package org.lianxi.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.sf.jasperreports.engine.JasperPrint;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.reports.accountability.AccountabilityBuilder;
import org.lianxi.reports.accountability.AccountabilityList;
import org.lianxi.reports.accountability.AccountabilityReport;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.assessment.AssessmentCalculator;
import org.lianxi.reports.assessment.AssessmentReport;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.briefing.BriefingBuilder;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.ReportPrinter;
import org.lianxi.reports.workbook.AssessmentWorkbook;
import org.lianxi.reports.workbook.TableWorkbook;

/**
 * The briefing, the assessment and the accountability list, as the commands and the schedules ask
 * for them: computed from the ledger judged as of a day, or printed from the frozen figures of a
 * closed period. A period closes by command, or by itself {@code schedule.freeze-after-days} after
 * its end (unless the office once reopened it: then only the office closes it again).
 */
public final class Reports {

  /** The formats a report is written in. */
  public enum Format {
    PDF,
    DOCX,
    XLSX
  }

  private final CountyConfig county;
  private final DataSource dataSource;
  private final FrozenPeriods frozen; // read only: which periods are closed, with their figures

  public Reports(CountyConfig county, DataSource dataSource) {
    this.county = county;
    this.dataSource = dataSource;
    this.frozen = new FrozenPeriods(dataSource);
  }

  /** A report's figures and, for a closed period, when they were frozen. */
  public record Outcome<T>(T figures, Optional<LocalDateTime> frozenAt) {}

  public Outcome<Briefing> briefing(ReportPeriod half, Optional<LocalDate> asOf, LocalDate today) {
    requireHalf(half);
    var stored = frozen.find(half.toString(), Briefing.class);
    if (stored.isPresent()) {
      return new Outcome<>(stored.get().figures(), Optional.of(stored.get().frozenAt()));
    }
    return new Outcome<>(
        computeBriefing(half, asOf.orElse(half.defaultAsOf(today)), today), Optional.empty());
  }

  public Outcome<Assessment> assessment(
      ReportPeriod year, Optional<LocalDate> asOf, LocalDate today) {
    requireYear(year);
    var stored = frozen.find(year.toString(), Assessment.class);
    if (stored.isPresent()) {
      return new Outcome<>(stored.get().figures(), Optional.of(stored.get().frozenAt()));
    }
    return new Outcome<>(
        computeAssessment(year, asOf.orElse(year.defaultAsOf(today))), Optional.empty());
  }

  /**
   * The accountability list (问责线索清单) of a half year or a year. It is not frozen with its period: it
   * names facts, and a late duty reported after the period closed is one all the same. A closed
   * period's list is judged as of the day its frozen figures were (the period's end), so an open
   * duty is judged as the frozen briefing or assessment judged it; the printed note says both.
   */
  public Outcome<AccountabilityList> accountability(
      ReportPeriod period, Optional<LocalDate> asOf, LocalDate today) {
    var stored = frozen.find(period.toString(), Object.class);
    LocalDate day =
        stored
            .map(FrozenPeriods.Frozen::asOf)
            .orElseGet(() -> asOf.orElse(period.defaultAsOf(today)));
    return new Outcome<>(
        AccountabilityBuilder.build(county, JudgedLedger.judge(county, dataSource, day), period),
        stored.map(FrozenPeriods.Frozen::frozenAt));
  }

  private Briefing computeBriefing(ReportPeriod half, LocalDate asOf, LocalDate issuedOn) {
    return BriefingBuilder.build(
        county, JudgedLedger.judge(county, dataSource, asOf), half, issuedOn);
  }

  private Assessment computeAssessment(ReportPeriod year, LocalDate asOf) {
    return AssessmentCalculator.compute(county, JudgedLedger.judge(county, dataSource, asOf), year);
  }

  /**
   * The figures a period is frozen with: its report as of its last day (the assessment of a year,
   * the briefing of a half year issued {@code today}). Computed only; freezing them is the ledger's
   * ({@code FrozenPeriods}), decided by the command or schedule that closes the period.
   */
  public Object figuresAtEnd(ReportPeriod period, LocalDate today) {
    LocalDate asOf = period.end();
    return period.isYear() ? computeAssessment(period, asOf) : computeBriefing(period, asOf, today);
  }

  /** Writes a briefing in the asked formats into a folder; returns the files written. */
  public List<Path> write(Outcome<Briefing> briefing, Set<Format> formats, Path folder)
      throws IOException {
    Briefing b = briefing.figures();
    PrintedReport printed = b.printed().withNote(note(b.printed().note(), briefing.frozenAt()));
    String base = "简报_" + b.period();
    List<Path> written = new ArrayList<>();
    ReportPrinter printer = new ReportPrinter();
    JasperPrint filled =
        formats.contains(Format.PDF) || formats.contains(Format.DOCX)
            ? printer.fill(printed)
            : null;
    if (formats.contains(Format.PDF)) {
      written.add(folder.resolve(base + ".pdf"));
      printer.pdf(filled, written.get(written.size() - 1));
    }
    if (formats.contains(Format.DOCX)) {
      written.add(folder.resolve(base + ".docx"));
      printer.docx(filled, written.get(written.size() - 1));
    }
    if (formats.contains(Format.XLSX)) {
      written.add(folder.resolve("简报附表_" + b.period() + ".xlsx"));
      TableWorkbook.write(b.appendix(), written.get(written.size() - 1));
    }
    return written;
  }

  /** Writes an assessment (PDF, XLSX) into a folder; returns the files written. */
  public List<Path> writeAssessment(
      Outcome<Assessment> assessment, Set<Format> formats, Path folder, LocalDate issuedOn)
      throws IOException {
    Assessment a = assessment.figures();
    return pdfAndWorkbook(
        formats,
        folder.resolve("考核_" + a.year()),
        () -> {
          PrintedReport printed =
              AssessmentReport.printed(a, county.countyName(), Chinese.office(county), issuedOn);
          return printed.withNote(note(printed.note(), assessment.frozenAt()));
        },
        target -> AssessmentWorkbook.write(a, target));
  }

  /** Writes an accountability list (PDF, XLSX) into a folder; returns the files written. */
  public List<Path> writeAccountability(
      Outcome<AccountabilityList> list, Set<Format> formats, Path folder, LocalDate issuedOn)
      throws IOException {
    AccountabilityList l = list.figures();
    return pdfAndWorkbook(
        formats,
        folder.resolve("问责线索清单_" + l.period()),
        () -> {
          PrintedReport printed = AccountabilityReport.printed(l, county, issuedOn);
          return printed.withNote(
              printed.note()
                  + list.frozenAt()
                      .map(
                          at ->
                              "本期数据已于"
                                  + Chinese.date(at.toLocalDate())
                                  + "冻结；本清单仍按账内现有记录列出，以期末为判定日，冻结后补报的记录一并列入。")
                      .orElse(""));
        },
        target -> TableWorkbook.write(AccountabilityReport.tables(l, county), target));
  }

  /** Writes a workbook to a file. */
  private interface WorkbookWriter {
    void write(Path target) throws IOException;
  }

  /** The PDF ({@code base.pdf}) and the workbook ({@code base.xlsx}) asked for, in that order. */
  private static List<Path> pdfAndWorkbook(
      Set<Format> formats,
      Path base,
      java.util.function.Supplier<PrintedReport> printed,
      WorkbookWriter workbook)
      throws IOException {
    List<Path> written = new ArrayList<>();
    if (formats.contains(Format.PDF)) {
      written.add(base.resolveSibling(base.getFileName() + ".pdf"));
      new ReportPrinter().pdf(printed.get(), written.get(written.size() - 1));
    }
    if (formats.contains(Format.XLSX)) {
      written.add(base.resolveSibling(base.getFileName() + ".xlsx"));
      workbook.write(written.get(written.size() - 1));
    }
    return written;
  }

  /** The accountability list of a period in both formats (PDF, XLSX). */
  public List<Path> printAccountability(
      ReportPeriod period, Optional<LocalDate> asOf, LocalDate today, Path folder)
      throws IOException {
    return writeAccountability(
        accountability(period, asOf, today), EnumSet.of(Format.PDF, Format.XLSX), folder, today);
  }

  /** The briefing of a half year in every format (PDF, DOCX, XLSX appendix). */
  public List<Path> printBriefing(
      ReportPeriod half, Optional<LocalDate> asOf, LocalDate today, Path folder)
      throws IOException {
    return write(briefing(half, asOf, today), EnumSet.allOf(Format.class), folder);
  }

  /** The assessment of a year in every format (PDF, XLSX). */
  public List<Path> printAssessment(
      ReportPeriod year, Optional<LocalDate> asOf, LocalDate today, Path folder)
      throws IOException {
    return writeAssessment(
        assessment(year, asOf, today), EnumSet.of(Format.PDF, Format.XLSX), folder, today);
  }

  private static String note(String note, Optional<LocalDateTime> frozenAt) {
    return frozenAt
        .map(at -> note + "本期数据已于" + Chinese.date(at.toLocalDate()) + "冻结，此后到达的数据不改变本期数字。")
        .orElse(note + "本期尚未冻结，数字可能随补报数据变化。");
  }

  private static void requireHalf(ReportPeriod period) {
    if (period.isYear()) {
      throw new IllegalArgumentException("the briefing is for a half year: 2026H1 or 2026H2");
    }
  }

  private static void requireYear(ReportPeriod period) {
    if (!period.isYear()) {
      throw new IllegalArgumentException("the assessment is for a year, e.g. 2026");
    }
  }
}

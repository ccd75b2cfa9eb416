package org.lianxi.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.reports.Reports;
import org.lianxi.reports.accountability.AccountabilityList;
import org.lianxi.reports.period.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lianxi accountability --half 2026H1 | --year 2026}: the accountability list (问责线索清单). Like
 * the briefing it exits 0 when written, whatever it names: naming late duties is its purpose. It
 * closes no period (it is not frozen with one; see {@code Reports.accountability}).
 */
@Command(
    name = "accountability",
    description =
        "The accountability list of a half year or a year: PDF and XLSX, every duty late beyond"
            + " the county's threshold and every unit late again and again on one rule.")
public final class AccountabilityCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;
  @Mixin private ReportOptions options;

  @Option(names = "--half", paramLabel = "2026H1", description = "The half year.")
  private String half;

  @Option(names = "--year", paramLabel = "2026", description = "The year.")
  private String year;

  @Mixin private PdfAndXlsx format;

  @Override
  public Integer call() throws IOException {
    ReportPeriod period = period();
    var formats = format.formats();
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      Reports reports = new Reports(runtime.county(), runtime.database().dataSource());
      Reports.Outcome<AccountabilityList> list =
          reports.accountability(period, options.asOf(), LocalDate.now());
      List<Path> files =
          reports.writeAccountability(list, formats, options.out(runtime.data()), LocalDate.now());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Accountability list %s (as of %s%s): %d duties late beyond the thresholds, %d units"
              + " late repeatedly on one rule%n",
          period,
          list.figures().asOf(),
          list.frozenAt().map(at -> ", period frozen " + at.toLocalDate()).orElse(""),
          list.figures().lines().size(),
          list.figures().repeats().size());
      files.forEach(f -> out.println("  " + f));
      out.flush();
      return ExitCode.OK;
    }
  }

  /** Exactly one of --half and --year, each in its own form. */
  private ReportPeriod period() {
    if ((half == null) == (year == null)) {
      throw new UsageException("give the period: --half 2026H1 or --year 2026 (one of them)");
    }
    ReportPeriod period =
        half != null ? ReportOptions.period("--half", half) : ReportOptions.period("--year", year);
    if (half != null && period.isYear()) {
      throw new UsageException("--half " + half + ": write the half year as 2026H1 or 2026H2");
    }
    if (year != null && !period.isYear()) {
      throw new UsageException("--year " + year + ": write the year as 2026");
    }
    return period;
  }
}

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
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi assessment --year 2026}: the year-end target assessment. */
@Command(
    name = "assessment",
    description = "The year-end target assessment: PDF, and XLSX with 考核明细 and 考核汇总.")
public final class AssessmentCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;
  @Mixin private ReportOptions options;

  @Option(names = "--year", required = true, paramLabel = "2026", description = "The year.")
  private String year;

  @Mixin private PdfAndXlsx format;

  @Override
  public Integer call() throws IOException {
    ReportPeriod period = ReportOptions.period("--year", year);
    if (!period.isYear()) {
      throw new UsageException("--year " + year + ": write the year as 2026");
    }
    var formats = format.formats();
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      Reports reports = new Reports(runtime.county(), runtime.database().dataSource());
      runtime.context().getBean(Periods.class).closeIfDue(period, LocalDate.now());
      Reports.Outcome<Assessment> assessment =
          reports.assessment(period, options.asOf(), LocalDate.now());
      List<Path> files =
          reports.writeAssessment(
              assessment, formats, options.out(runtime.data()), LocalDate.now());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Assessment %s (as of %s%s): %d units scored%n",
          period,
          assessment.figures().asOf(),
          assessment.frozenAt().map(at -> ", frozen " + at.toLocalDate()).orElse(""),
          assessment.figures().totals().size());
      files.forEach(f -> out.println("  " + f));
      out.flush();
      return ExitCode.OK;
    }
  }
}

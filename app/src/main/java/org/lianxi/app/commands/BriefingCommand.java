package org.lianxi.app.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.reports.Reports;
import org.lianxi.reports.Reports.Format;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi briefing --half 2026H1}: the semi-annual joint-meeting briefing. */
@Command(
    name = "briefing",
    description = "The semi-annual joint-meeting briefing: PDF, editable DOCX, XLSX appendix.")
public final class BriefingCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;
  @Mixin private ReportOptions options;

  @Option(names = "--half", required = true, paramLabel = "2026H1", description = "The half year.")
  private String half;

  @Option(
      names = "--format",
      paramLabel = "pdf,docx,xlsx",
      defaultValue = "pdf,docx,xlsx",
      description = "Which files to write (default: all three).")
  private String format;

  @Override
  public Integer call() throws IOException {
    ReportPeriod period = ReportOptions.period("--half", half);
    if (period.isYear()) {
      throw new UsageException("--half " + half + ": write the half year as 2026H1 or 2026H2");
    }
    var formats = ReportOptions.formats(format, EnumSet.allOf(Format.class));
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      Reports reports = new Reports(runtime.county(), runtime.database().dataSource());
      runtime.context().getBean(Periods.class).closeIfDue(period, LocalDate.now());
      Reports.Outcome<Briefing> briefing =
          reports.briefing(period, options.asOf(), LocalDate.now());
      List<Path> files = reports.write(briefing, formats, options.out(runtime.data()));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Briefing %s (as of %s%s):%n",
          period,
          briefing.figures().asOf(),
          briefing.frozenAt().map(at -> ", frozen " + at.toLocalDate()).orElse(""));
      files.forEach(f -> out.println("  " + f));
      out.flush();
      return ExitCode.OK;
    }
  }
}

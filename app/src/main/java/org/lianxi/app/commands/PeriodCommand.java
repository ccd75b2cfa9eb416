package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.reports.period.Periods;
import org.lianxi.reports.period.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lianxi period close|reopen|list}: closing a half year or year freezes its briefing or
 * assessment; reopening is deliberate, with a reason, and recorded.
 */
@Command(
    name = "period",
    description = "Closes (freezes) or reopens a half year or year; lists every close and reopen.",
    subcommands = {PeriodCommand.Close.class, PeriodCommand.Reopen.class, PeriodCommand.List.class})
public final class PeriodCommand extends CommandGroup {

  static ReportPeriod period(String text) {
    return ReportOptions.period("PERIOD", text);
  }

  @Command(
      name = "close",
      description = "Freezes the figures of a period that is over (as of its end).")
  static final class Close implements Callable<Integer> {
    @ParentCommand PeriodCommand parent;

    @Parameters(paramLabel = "PERIOD", description = "2026H1, 2026H2 or 2026")
    String period;

    @Option(names = "--reason", description = "Why (recorded).")
    String reason;

    @Override
    public Integer call() {
      ReportPeriod p = period(period);
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        runtime
            .context()
            .getBean(Periods.class)
            .close(p, LocalDate.now(), reason == null ? Periods.CLOSED_BY_COMMAND : reason);
        parent.spec.commandLine().getOut().printf("%s is closed; its figures are frozen.%n", p);
        parent.spec.commandLine().getOut().flush();
        return ExitCode.OK;
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  @Command(name = "reopen", description = "Reopens a closed period: its figures are computed anew.")
  static final class Reopen implements Callable<Integer> {
    @ParentCommand PeriodCommand parent;

    @Parameters(paramLabel = "PERIOD", description = "2026H1, 2026H2 or 2026")
    String period;

    @Option(names = "--reason", required = true, description = "Why it is reopened (recorded).")
    String reason;

    @Override
    public Integer call() {
      ReportPeriod p = period(period);
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        boolean reopened = runtime.context().getBean(Periods.class).reopen(p, reason);
        parent
            .spec
            .commandLine()
            .getOut()
            .printf(reopened ? "%s is reopened.%n" : "%s was not closed; nothing changed.%n", p);
        parent.spec.commandLine().getOut().flush();
        return ExitCode.OK;
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  @Command(name = "list", description = "Every close and reopen, oldest first.")
  static final class List implements Callable<Integer> {
    @ParentCommand PeriodCommand parent;

    @Override
    public Integer call() {
      try (LianxiRuntime runtime = LianxiRuntime.open(parent.global)) {
        PrintWriter out = parent.spec.commandLine().getOut();
        var events = runtime.context().getBean(Periods.class).events();
        if (events.isEmpty()) {
          out.println("No period has been closed.");
        }
        for (var e : events) {
          out.printf(
              "%s  %-7s %-6s %s%s%n",
              e.at(),
              e.period(),
              e.action().toLowerCase(java.util.Locale.ROOT),
              e.automatic() ? "(automatic) " : "",
              e.reason() == null ? "" : e.reason());
        }
        out.flush();
        return ExitCode.OK;
      }
    }
  }
}

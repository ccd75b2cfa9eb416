package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.app.intake.Exchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lianxi reconcile [--as-of DATE] [--full]}: match, judge, write chase lists and digests.
 */
@Command(
    name = "reconcile",
    description =
        "Matches both sides, judges every deadline as of DATE, writes chase lists and digests.")
public final class ReconcileCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Judge open records at the end of this day (default: today).")
  private String asOf;

  @Option(
      names = "--full",
      description =
          "Judge every record again, not only what changed since the last reconcile (a new"
              + " calendar or profile does this by itself).")
  private boolean full;

  @Override
  public Integer call() {
    LocalDate day;
    try {
      day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of " + asOf + ": write a date as 2026-06-30");
    }
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      Exchange.Result result = runtime.context().getBean(Exchange.class).run(day, full);
      var s = result.summary();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Reconciled as of %s:%n", day);
      out.printf(
          "  %d two-sided records, %d one-sided, %d discrepancies%n",
          s.records(), s.oneSided(), s.discrepancies());
      out.printf(
          "  %d deadlines judged: %d late, %d open (%d due soon), %d overdue%s%n",
          s.judgements(),
          s.late(),
          s.open(),
          s.dueSoon(),
          s.overdue(),
          s.provisional() > 0
              ? ", " + s.provisional() + " provisional (calendar not yet published)"
              : "");
      out.printf("  %d missed submission periods%n", s.missedPeriods());
      out.printf(
          "  %d chase lists and %d shared digests in %s%n",
          result.chaseLists().size(), result.digests().size(), runtime.data().resolve("out"));
      out.flush();
      return s.overdue() > 0 ? ExitCode.ATTENTION : ExitCode.OK;
    }
  }
}

package org.lianxi.app.commands;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.ledger.county.UnitStore;
import org.lianxi.ledger.reconcile.ReconcileStore;
import org.lianxi.ledger.reconcile.UnitOverview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi status}: units, their last submission, what is open, due soon and overdue. */
@Command(
    name = "status",
    description = "Units, their last submission, what is open and overdue, in a plain table.")
public final class StatusCommand implements Callable<Integer> {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      var out = spec.commandLine().getOut();
      out.println(
          runtime.county().countyName()
              + " - profile "
              + runtime.county().profile().name()
              + " - "
              + runtime.database().description());
      PlainTable table =
          new PlainTable("code", "unit", "type", "last submission", "open", "due soon", "overdue");
      int overdue = 0;
      for (UnitOverview.Line line : UnitOverview.of(runtime.database().dataSource())) {
        UnitStore.UnitStatus unit = line.unit();
        ReconcileStore.UnitDuties counts = line.duties();
        overdue += counts.overdue();
        table.row(
            unit.code(),
            unit.name(),
            unit.type().name().toLowerCase(java.util.Locale.ROOT),
            unit.lastSubmission() == null ? "never" : WHEN.format(unit.lastSubmission()),
            counts.open(),
            counts.dueSoon(),
            counts.overdue());
      }
      table.print(out);
      return overdue > 0 ? ExitCode.ATTENTION : ExitCode.OK;
    }
  }
}

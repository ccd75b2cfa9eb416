package org.lianxi.app.commands;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.ledger.county.UnitStore;
import org.springframework.jdbc.core.simple.JdbcClient;
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
      Map<String, int[]> duties = duties(runtime);
      PlainTable table =
          new PlainTable("code", "unit", "type", "last submission", "open", "due soon", "overdue");
      int overdue = 0;
      for (UnitStore.UnitStatus unit : new UnitStore(runtime.database().dataSource()).status()) {
        int[] counts = duties.getOrDefault(unit.code(), new int[3]);
        overdue += counts[2];
        table.row(
            unit.code(),
            unit.name(),
            unit.type().name().toLowerCase(java.util.Locale.ROOT),
            unit.lastSubmission() == null ? "never" : WHEN.format(unit.lastSubmission()),
            counts[0],
            counts[1],
            counts[2]);
      }
      table.print(out);
      return overdue > 0 ? ExitCode.ATTENTION : ExitCode.OK;
    }
  }

  /** Per owing unit: open, due soon, overdue, from the last reconcile's judgements. */
  private static Map<String, int[]> duties(LianxiRuntime runtime) {
    Map<String, int[]> duties = new HashMap<>();
    JdbcClient.create(runtime.database().dataSource())
        .sql(
            """
            SELECT owing_unit,
                   SUM(status = 'OPEN') AS open_count,
                   SUM(status = 'OPEN' AND due_soon = 1) AS soon_count,
                   SUM(status = 'OVERDUE') AS overdue_count
            FROM judgement GROUP BY owing_unit""")
        .query(
            rs -> {
              duties.put(
                  rs.getString("owing_unit"),
                  new int[] {
                    rs.getInt("open_count"), rs.getInt("soon_count"), rs.getInt("overdue_count")
                  });
            });
    return duties;
  }
}

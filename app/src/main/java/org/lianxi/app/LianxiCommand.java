package org.lianxi.app;

import java.nio.file.Path;
import java.util.Optional;
import org.lianxi.app.commands.AccountabilityCommand;
import org.lianxi.app.commands.AssessmentCommand;
import org.lianxi.app.commands.BenchCommand;
import org.lianxi.app.commands.BriefingCommand;
import org.lianxi.app.commands.CalendarCommand;
import org.lianxi.app.commands.CollectCommand;
import org.lianxi.app.commands.DemoCommand;
import org.lianxi.app.commands.IngestCommand;
import org.lianxi.app.commands.LedgerCommand;
import org.lianxi.app.commands.MeetingCommand;
import org.lianxi.app.commands.PeriodCommand;
import org.lianxi.app.commands.ReconcileCommand;
import org.lianxi.app.commands.ServeCommand;
import org.lianxi.app.commands.StatusCommand;
import org.lianxi.app.commands.TemplateCommand;
import org.lianxi.app.commands.UserCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top command: global options, then one command. */
@Command(
    name = "lianxi",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "lianxi (联席): data exchange, deadline ledger (台账) and reports for a county's joint"
          + " meeting (联席会议) on township administrative enforcement.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      CollectCommand.class,
      IngestCommand.class,
      ReconcileCommand.class,
      BriefingCommand.class,
      AssessmentCommand.class,
      AccountabilityCommand.class,
      PeriodCommand.class,
      LedgerCommand.class,
      MeetingCommand.class,
      TemplateCommand.class,
      CalendarCommand.class,
      StatusCommand.class,
      UserCommand.class,
      BenchCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 done; 1 done, but something was rejected or is overdue;",
      "2 bad command line or configuration (nothing changed); 3 failure (a rerun continues).",
      "Database user and password for --db: LIANXI_DB_USER, LIANXI_DB_PASSWORD."
    })
public final class LianxiCommand implements GlobalOptions {

  @Option(
      names = "--config",
      paramLabel = "county.yaml",
      description =
          "The county configuration (default: ./county.yaml, else the bundled example county).")
  private Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "data",
      description = "The data folder (default: ./data).")
  private Path data;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "A MySQL JDBC URL; without it the embedded database keeps its files in DATA/db.")
  private String db;

  @Override
  public Optional<Path> config() {
    return Optional.ofNullable(config);
  }

  @Override
  public Path data() {
    return data;
  }

  @Override
  public Optional<String> db() {
    return Optional.ofNullable(db);
  }
}

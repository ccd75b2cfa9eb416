package org.lianxi.app.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.calendar.CalendarYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi calendar import FILE.json}: adds or replaces a year of the official calendar. */
@Command(
    name = "calendar",
    description = "The official working-day calendar.",
    subcommands = CalendarCommand.Import.class)
public final class CalendarCommand extends CommandGroup {

  @Command(
      name = "import",
      description = {
        "Adds or replaces a year of the official calendar, from a JSON file in the form of",
        "the public holiday-cn data (year, papers, days[] with date, name, isOffDay)."
      })
  static final class Import implements Callable<Integer> {

    @ParentCommand CalendarCommand calendar;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "One year of the official calendar.")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new UsageException(file + ": no such file");
      }
      CalendarYear year;
      try (InputStream in = Files.newInputStream(file)) {
        year = CalendarFiles.readJson(in, file.getFileName().toString());
      }
      try (LianxiRuntime runtime = LianxiRuntime.open(calendar.global)) {
        CalendarStore store = new CalendarStore(runtime.database().dataSource());
        boolean replacing = store.load().covers(year.year());
        store.importYear(year);
        long holidays = year.days().stream().filter(d -> d.off()).count();
        spec.commandLine()
            .getOut()
            .printf(
                "%s the calendar of %d: %d holidays, %d make-up working days (calendar version %s).%n"
                    + "Run 'lianxi reconcile' to judge deadlines by it.%n",
                replacing ? "Replaced" : "Added",
                year.year(),
                holidays,
                year.days().size() - holidays,
                store.load().version());
      }
      return ExitCode.OK;
    }
  }
}

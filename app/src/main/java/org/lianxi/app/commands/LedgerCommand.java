package org.lianxi.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.workbook.TableWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi ledger export [--type referral,...] --out FILE.xlsx}. */
@Command(
    name = "ledger",
    description = "The ledger (台账).",
    subcommands = LedgerCommand.Export.class)
public final class LedgerCommand extends CommandGroup {

  @Command(
      name = "export",
      description =
          "The ledger, one sheet per record type, with status and deadline columns, personal data masked.")
  static final class Export implements Callable<Integer> {

    private static final org.slf4j.Logger log =
        org.slf4j.LoggerFactory.getLogger(LedgerCommand.class);

    @ParentCommand LedgerCommand ledger;
    @Spec CommandSpec spec;

    @Option(
        names = "--type",
        split = ",",
        paramLabel = "TYPE",
        description =
            "Record types (referral, complaint, assistance, decision, criminal, dispute, joint, notice, resolution); default all.")
    List<String> types;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.xlsx",
        description = "Where to write it.")
    Path out;

    @Option(
        names = "--unmasked",
        description =
            "Personal data (names, phone and ID numbers) in full, for the office's own use; logged.")
    boolean unmasked;

    @Override
    public Integer call() throws IOException {
      List<RecordType> chosen = new ArrayList<>();
      for (String key : types == null ? List.<String>of() : types) {
        chosen.add(
            RecordType.byName(key)
                .orElseThrow(() -> new UsageException("--type " + key + ": no such record type")));
      }
      if (chosen.isEmpty()) {
        chosen = List.of(RecordType.values());
      }
      try (LianxiRuntime runtime = LianxiRuntime.open(ledger.global)) {
        Map<String, String> names =
            runtime.county().units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        if (unmasked) {
          log.warn(
              "Ledger export with personal data unmasked to {}, asked for by {}",
              out.toAbsolutePath(),
              System.getProperty("user.name"));
        }
        LedgerExport export =
            new LedgerExport(
                runtime.database().dataSource(),
                names,
                runtime.county().profile().catalogue(),
                unmasked);
        List<Table> tables = chosen.stream().map(export::table).toList();
        TableWorkbook.write(tables, out);
        var printer = spec.commandLine().getOut();
        tables.forEach(t -> printer.printf("  %s: %d rows%n", t.name(), t.rows().size()));
        printer.println("Wrote the ledger to " + out.toAbsolutePath());
        printer.flush();
      }
      return ExitCode.OK;
    }
  }
}

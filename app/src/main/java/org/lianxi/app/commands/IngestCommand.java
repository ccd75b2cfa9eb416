package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.app.intake.Intake;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.standard.InvalidValueException;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.Values;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi ingest --from UNIT [--received DATE-TIME] FILE...}: files received by hand. */
@Command(
    name = "ingest",
    description =
        "Loads files the office received by hand as a unit's submissions; one receipt each.")
public final class IngestCommand implements Callable<Integer> {

  /** Problems printed per file; the receipt holds them all. */
  private static final int SHOWN = 20;

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "UNIT",
      description = "The sending unit (code, name or alias).")
  private String from;

  @Option(
      names = "--received",
      paramLabel = "DATE-TIME",
      description = "When the files arrived, e.g. 2026-03-20T09:00 (default: now).")
  private String received;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Workbooks (.xlsx, .xls) or CSV files.")
  private List<Path> files;

  @Override
  public Integer call() {
    LocalDateTime receivedAt = receivedAt();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException(file + ": no such file");
      }
    }
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      String unit =
          runtime
              .units()
              .resolve(from)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "--from " + from + ": no such unit in " + runtime.county().source()))
              .code();
      Intake intake = runtime.context().getBean(Intake.class);
      PrintWriter out = spec.commandLine().getOut();
      boolean attention = false;
      List<Arrival> arrivals =
          files.stream()
              .map(
                  file ->
                      new Arrival(
                          unit, Channel.HAND, file.getFileName().toString(), file, receivedAt))
              .toList();
      for (Intake.Outcome outcome : intake.takeIn(arrivals)) {
        print(out, outcome);
        attention |= outcome.receipt().needsAttention();
      }
      return attention ? ExitCode.ATTENTION : ExitCode.OK;
    }
  }

  private LocalDateTime receivedAt() {
    if (received == null) {
      return LocalDateTime.now();
    }
    try {
      return Values.dateTime(received.replace('T', ' '));
    } catch (InvalidValueException e) {
      throw new UsageException(
          "--received " + received + ": write a date and time, e.g. 2026-03-20T09:00");
    }
  }

  static void print(PrintWriter out, Intake.Outcome outcome) {
    Receipt r = outcome.receipt();
    String name = r.file().originalName();
    if (r.duplicate()) {
      out.printf(
          "%s: already received on %s (file %d); not loaded again%n",
          name, r.file().receivedAt(), r.file().id());
    } else if (r.rejected()) {
      out.printf("%s: REJECTED: %s%n", name, r.reason());
    } else {
      out.printf(
          "%s: %d rows accepted, %d rejected%s%n",
          name, r.rowsAccepted(), r.rowsRejected(), r.zeroReport() ? " (zero report)" : "");
      for (Receipt.SheetCounts s : r.sheets()) {
        out.printf(
            "  %s: %d new, %d replaced, %d unchanged, %d rejected%n",
            s.sheet(), s.loaded(), s.replaced(), s.unchanged(), s.rejected());
      }
      if (!r.ignoredSheets().isEmpty()) {
        out.printf("  ignored sheets: %s%n", String.join(", ", r.ignoredSheets()));
      }
      List<Problem> problems = r.problems();
      problems.stream()
          .limit(SHOWN)
          .forEach(
              p ->
                  out.printf(
                      "  %s%s%s: %s%n",
                      p.sheet() == null ? "" : p.sheet(),
                      p.row() == null ? "" : " row " + p.row(),
                      p.column() == null ? "" : " " + p.column(),
                      p.reason()));
      if (problems.size() > SHOWN) {
        out.printf("  ... and %d more problems (see the receipt)%n", problems.size() - SHOWN);
      }
    }
    out.printf("  receipt: %s%n", outcome.receiptFile());
    out.flush();
  }
}

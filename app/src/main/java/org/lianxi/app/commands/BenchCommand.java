package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.UsageException;
import org.lianxi.app.bench.Bench;
import org.lianxi.app.bench.BenchHeap;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lianxi bench [--units N] [--rows N]}: the province-scale benchmark. */
@Command(
    name = "bench",
    description =
        "Measures parse, load, reconcile, reports and heap on a generated province-year, each"
            + " against a reference measured in the same run; ends with KEY VALUE lines.")
public final class BenchCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;

  @Option(
      names = "--units",
      defaultValue = "2000",
      description = "Townships and departments (default: ${DEFAULT-VALUE}).")
  private int units;

  @Option(
      names = "--rows",
      defaultValue = "1000000",
      description = "Rows in the year's files, about (default: ${DEFAULT-VALUE}).")
  private long rows;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to work; must not exist yet (default: a new DATA/bench-TIME folder; the"
              + " embedded database refuses the system's temporary folder).")
  private Path out;

  @Option(names = "--keep", description = "Keep the folder (files, database, reports) afterwards.")
  private boolean keep;

  @Override
  public Integer call() throws Exception {
    if (units < Bench.MIN_UNITS) {
      throw new UsageException("--units " + units + ": the benchmark needs at least 8 units");
    }
    if (rows < 1000) {
      throw new UsageException("--rows " + rows + ": the benchmark needs at least 1000 rows");
    }
    if (global.db().isPresent() || global.config().isPresent()) {
      throw new UsageException(
          "bench makes its own county and embedded database; --db and --config do not apply");
    }
    if (out != null && Files.exists(out)) {
      throw new UsageException("--out " + out + ": already exists; the benchmark starts fresh");
    }
    PrintWriter printer = spec.commandLine().getOut();
    if (BenchHeap.tooLarge()) {
      return BenchHeap.runWithin(
          spec.root().commandLine().getParseResult().originalArgs(), printer);
    }
    Path folder =
        out != null
            ? out
            : global
                .data()
                .resolve(
                    "bench-"
                        + LocalDateTime.now()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString()
                            .replace(":", ""));
    try {
      Bench.Figures figures = new Bench(printer).run(new Bench.Options(units, rows, folder));
      return figures.failed() ? ExitCode.ATTENTION : ExitCode.OK;
    } finally {
      if (!keep) {
        FileSystemUtils.deleteRecursively(folder);
      }
    }
  }
}

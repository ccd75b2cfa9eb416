package org.lianxi.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.reports.workbook.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lianxi template --out FILE.xlsx}: the blank exchange workbook for units. */
@Command(
    name = "template",
    description = "Writes the blank exchange workbook for units, generated from the standard.")
public final class TemplateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.xlsx",
      description = "Where to write it.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    TemplateWorkbook.write(out);
    spec.commandLine().getOut().println("Wrote the exchange template to " + out.toAbsolutePath());
    return ExitCode.OK;
  }
}

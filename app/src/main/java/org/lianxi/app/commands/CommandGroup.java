package org.lianxi.app.commands;

import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code ledger}, {@code calendar}, {@code period}): given
 * none, it prints its usage. Its subcommands reach the global options through it.
 */
abstract class CommandGroup implements Callable<Integer> {

  @ParentCommand LianxiCommand global;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}

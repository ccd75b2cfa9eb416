package org.lianxi.app.commands;

import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiCommand;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.routes.Collector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lianxi collect}: polls every channel once, loads what arrived, sends what waits; exit 3
 * when a channel could not be polled (named, with the reason), after the others were.
 */
@Command(
    name = "collect",
    description =
        "Polls every channel once (SFTP folders, the mailbox, the drop folder DATA/inbox/UNIT/), loads what arrived, sends what waits in the outboxes.")
public final class CollectCommand implements Callable<Integer> {

  @ParentCommand private LianxiCommand global;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    try (LianxiRuntime runtime = LianxiRuntime.open(global);
        Collector collector = runtime.collector()) {
      Collector.Collected collected = collector.collectOnce();
      int sent = collector.sendOnce();
      var out = spec.commandLine().getOut();
      out.printf(
          "Collected %d files; sent %d files (receipts, chase lists, digests).%n",
          collected.taken(), sent);
      out.printf("Receipts and anything not yet sent are in %s%n", runtime.data().resolve("out"));
      out.flush();
      if (!collected.failures().isEmpty()) {
        // A cron job must see that a channel was not polled: the files there wait unanswered.
        var err = spec.commandLine().getErr();
        collected.failures().forEach(f -> err.println("lianxi: could not poll " + f));
        err.flush();
        return ExitCode.FAILURE;
      }
      return ExitCode.OK;
    }
  }
}

package org.lianxi.app.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The commands of ../shared/interfaces.md that later work fills in. Until then each one says so and
 * exits with code 2, changing nothing.
 */
public final class NotYetCommands {

  private NotYetCommands() {}

  abstract static class NotYet implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Unmatched List<String> ignored;

    @Override
    public Integer call() {
      spec.commandLine()
          .getErr()
          .println(
              "lianxi "
                  + spec.name()
                  + ": not available yet in this version; nothing was changed.");
      return ExitCode.USAGE;
    }
  }

  @Command(
      name = "demo",
      description = "A complete night and a half year on a generated county (not available yet).")
  public static final class Demo extends NotYet {}

  @Command(
      name = "briefing",
      description = "The semi-annual joint-meeting briefing (not available yet).")
  public static final class Briefing extends NotYet {}

  @Command(name = "assessment", description = "The year-end target assessment (not available yet).")
  public static final class Assessment extends NotYet {}
}

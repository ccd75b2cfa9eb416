package org.lianxi.app;

import picocli.CommandLine;

/** {@code ./lianxi}: the command line of the application. */
public final class Lianxi {

  private Lianxi() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCode}). */
  public static int run(String... args) {
    XmlFactories.pin();
    CommandLine cli = new CommandLine(new LianxiCommand());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          e.getCommandLine().getErr().println("lianxi: " + e.getMessage());
          e.getCommandLine().getErr().println("Try './lianxi --help'.");
          return ExitCode.USAGE;
        });
    return cli.execute(args);
  }
}

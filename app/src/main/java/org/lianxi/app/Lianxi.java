package org.lianxi.app;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
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
    return withinHeap(() -> cli.execute(args), cli.getErr());
  }

  /**
   * Runs a command; when it runs out of heap (the JVM's error, which the command line's handler
   * never sees), says so and how to give it more, instead of a stack trace.
   */
  static int withinHeap(IntSupplier command, PrintWriter err) {
    try {
      return command.getAsInt();
    } catch (OutOfMemoryError e) {
      err.printf(
          "lianxi: failed: out of heap (%,d MB); give it more with LIANXI_JAVA_OPTS=-Xmx...%n",
          Runtime.getRuntime().maxMemory() >> 20);
      err.flush();
      return ExitCode.FAILURE;
    }
  }
}

package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.UsageException;
import org.lianxi.app.demo.Demo;
import org.lianxi.ledger.rules.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lianxi demo}: a complete half year of a generated county on local servers. */
@Command(
    name = "demo",
    description =
        "A complete night and a half year on a generated county: local SFTP and mail servers,"
            + " collect, reconcile, receipts and chase lists sent back, the briefing and the"
            + " assessment; leaves a data folder to explore.")
public final class DemoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--profile",
      defaultValue = "guxian",
      description = "The county's rule profile (default: ${DEFAULT-VALUE}).")
  private String profile;

  @Option(
      names = "--units",
      defaultValue = "0",
      description =
          "Townships and departments to keep, at least 4 (default: all 16 of the example).")
  private int units;

  @Option(
      names = "--out",
      defaultValue = "demo",
      description = "The demo's folder: county.yaml, data/, sftp/ (default: ./${DEFAULT-VALUE}).")
  private Path out;

  @Option(
      names = "--weeks",
      defaultValue = "25",
      description = "How many weeks from 5 January 2026 (default: ${DEFAULT-VALUE}, a half year).")
  private int weeks;

  @Override
  public Integer call() throws Exception {
    if (units != 0 && units < 4) {
      throw new UsageException("--units " + units + ": the demo needs at least 4 units");
    }
    if (weeks < 4 || weeks > 26) {
      throw new UsageException("--weeks " + weeks + ": choose 4 to 26 weeks");
    }
    try {
      Profiles.load(profile);
    } catch (RuntimeException e) {
      throw new UsageException("--profile " + profile + ": " + e.getMessage());
    }
    // The demo prints its own progress; a log line per file taken would drown it. (A property,
    // not a logger call: Spring Boot sets the levels again when the application starts.)
    System.setProperty("logging.level.org.lianxi", "WARN");
    PrintWriter print = spec.commandLine().getOut();
    Demo.Summary s =
        new Demo(print, System.console() != null).run(new Demo.Options(profile, units, out, weeks));
    print.printf("%nDone. The county's half year in figures:%n");
    print.printf(
        "  %d files collected (%d sent twice, answered as duplicates), %d rejected whole%n",
        s.files(), s.duplicates(), s.rejectedFiles());
    print.printf(
        "  %d rows loaded, %d rows rejected (each named in its receipt)%n",
        s.rows(), s.rejectedRows());
    print.printf(
        "  %d duties overdue (in the chase lists), %d mails quarantined%n",
        s.overdue(), s.quarantined());
    print.printf("The joint meeting's cycle:%n");
    s.meeting().forEach(line -> print.println("  " + line));
    print.printf("Where everything is:%n");
    s.reports().forEach(f -> print.println("  " + f));
    print.printf(
        "  receipts, chase lists, digests sent: %s/<unit>/outbox and the units' mailboxes%n",
        s.sftpRoot());
    print.printf("  everything as it was sent: %s%n", s.data().resolve("out"));
    print.printf("  quarantined mail: %s%n", s.data().resolve("quarantine"));
    print.printf("Explore it: ./lianxi --config %s --data %s status%n", s.config(), s.data());
    print.printf(
        "Open the console (联席工作台) on it: ./lianxi --config %s --data %s serve, then"
            + " http://127.0.0.1:8080/ and sign in (each one-time password is changed at the first"
            + " sign-in):%n",
        s.config().resolveSibling(Demo.CONSOLE_CONFIG), s.data());
    for (var made : s.accounts()) {
      print.printf(
          "  %s %s (%s): %s%n",
          made.account().role().label(),
          made.account().name(),
          made.account().unit(),
          made.oneTimePassword());
    }
    print.flush();
    return ExitCode.OK;
  }
}

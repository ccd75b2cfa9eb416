package org.lianxi.app.commands;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lianxi.app.ExitCode;
import org.lianxi.app.LianxiRuntime;
import org.lianxi.app.UsageException;
import org.lianxi.console.accounts.AccountAdmin;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.county.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lianxi user add|list|lock|reset}: the console's accounts (console.md). A new or reset
 * account gets a one-time password, printed here once and kept only hashed; it is changed at the
 * next sign-in. Every change is in the console's audit log.
 */
@Command(
    name = "user",
    description = "Adds, lists, locks and resets the console's accounts (联席工作台).",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.List.class,
      UserCommand.Lock.class,
      UserCommand.Reset.class
    })
public final class UserCommand extends CommandGroup {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** What a subcommand does with the ledger's accounts, printing to the command's output. */
  interface Work {
    void run(LianxiRuntime runtime, AccountAdmin admin, PrintWriter out);
  }

  /** Opens the runtime, does the work (changes audited as the system's user), exits 0. */
  int run(Work work) {
    try (LianxiRuntime runtime = LianxiRuntime.open(global)) {
      PrintWriter out = spec.commandLine().getOut();
      work.run(
          runtime,
          new AccountAdmin(runtime.database().dataSource(), System.getProperty("user.name", "?")),
          out);
      out.flush();
      return ExitCode.OK;
    }
  }

  static void printPassword(PrintWriter out, String password) {
    out.println("One-time password (shown only now; it must be changed at the first sign-in):");
    out.println("  " + password);
  }

  static UsageException noAccount(String name) {
    return new UsageException("no account named " + name + " (see user list)");
  }

  @Command(
      name = "add",
      description = "Adds an account of a unit in a role; prints its one-time password.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Option(
        names = "--unit",
        required = true,
        paramLabel = "UNIT",
        description = "The account's unit: its code, name or alias in county.yaml.")
    String unit;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "联络员|办公室|审计",
        description = "联络员 (a unit's liaison), 办公室 (the office) or 审计 (the auditor).")
    String role;

    @Parameters(paramLabel = "NAME", description = "The name to sign in with.")
    String name;

    @Override
    public Integer call() {
      Role r =
          Role.byName(role)
              .orElseThrow(() -> new UsageException("--role " + role + ": 联络员, 办公室 or 审计"));
      if (!AccountAdmin.validName(name)) {
        throw new UsageException(name + ": a name is 1-64 characters without spaces");
      }
      return parent.run(
          (runtime, admin, out) -> {
            Unit u =
                runtime
                    .units()
                    .resolve(unit)
                    .orElseThrow(
                        () ->
                            new UsageException(
                                "--unit "
                                    + unit
                                    + ": no such unit in "
                                    + runtime.county().source()));
            AccountAdmin.Made made;
            try {
              made = admin.add(name, u.code(), r);
            } catch (Accounts.NameTakenException e) {
              throw new UsageException(e.getMessage());
            }
            out.printf("Added the account %s: %s (%s), %s.%n", name, u.name(), u.code(), r.label());
            printPassword(out, made.oneTimePassword());
          });
    }
  }

  @Command(name = "list", description = "Lists the accounts (never a password or its hash).")
  static final class List implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Override
    public Integer call() {
      return parent.run(
          (runtime, admin, out) -> {
            java.util.List<Account> accounts = admin.list();
            if (accounts.isEmpty()) {
              out.println("No account exists; add one with user add.");
            } else {
              Map<String, Unit> units = runtime.county().unitsByCode();
              LocalDateTime now = LocalDateTime.now();
              PlainTable table =
                  new PlainTable("name", "unit", "role", "locked", "must change", "created");
              for (Account a : accounts) {
                table.row(
                    a.name(),
                    a.unit()
                        + " "
                        + (units.containsKey(a.unit()) ? units.get(a.unit()).name() : ""),
                    a.role().label(),
                    a.locked()
                        ? "yes, until reset"
                        : a.lockedAt(now) ? "until " + WHEN.format(a.lockedUntil()) : "no",
                    a.mustChange() ? "yes" : "no",
                    WHEN.format(a.createdAt()));
              }
              table.print(out);
            }
          });
    }
  }

  /** A subcommand about one account, named on the command line. */
  abstract static class OnAccount implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Parameters(paramLabel = "NAME", description = "The account's name.")
    String name;
  }

  @Command(name = "lock", description = "Locks an account (signed out at once) until it is reset.")
  static final class Lock extends OnAccount {
    @Override
    public Integer call() {
      return parent.run(
          (runtime, admin, out) -> {
            if (!admin.lock(name)) {
              throw noAccount(name);
            }
            out.printf("Locked the account %s until it is reset (user reset %s).%n", name, name);
          });
    }
  }

  @Command(
      name = "reset",
      description =
          "Gives an account a new one-time password, and unlocks it; prints the password.")
  static final class Reset extends OnAccount {
    @Override
    public Integer call() {
      return parent.run(
          (runtime, admin, out) -> {
            String password = admin.reset(name).orElseThrow(() -> noAccount(name));
            out.printf("Reset the account %s; it is unlocked.%n", name);
            printPassword(out, password);
          });
    }
  }
}

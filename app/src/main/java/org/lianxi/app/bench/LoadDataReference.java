package org.lianxi.app.bench;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.db.LocalFileGuard;
import org.lianxi.ledger.standard.RecordType;

/**
 * The database's own bulk path, for reference: the ledger's rows, exported to tab-separated files,
 * loaded with {@code LOAD DATA LOCAL INFILE} into tables made by the ledger tables' own {@code SHOW
 * CREATE TABLE} (same columns, indexes and foreign keys), in the same database, and dropped
 * afterwards.
 */
final class LoadDataReference {

  /** Rows loaded and nanoseconds taken by the loads alone. */
  record Result(long rows, long nanos) {
    double rowsPerSecond() {
      return rows * 1e9 / Math.max(1, nanos);
    }
  }

  private LoadDataReference() {}

  /**
   * @param database the embedded database, whose connections take local loads
   */
  static Result run(org.lianxi.ledger.db.Database database, Path folder)
      throws IOException, SQLException {
    try (Connection c =
        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
      List<Path> exports = new ArrayList<>();
      for (RecordType type : RecordType.values()) {
        exports.add(export(c, type.table(), Files.createDirectories(folder)));
        createLike(c, type.table());
      }
      try (Statement s = c.createStatement()) {
        long rows = 0;
        long started = System.nanoTime();
        for (int i = 0; i < exports.size(); i++) {
          // sent as the loader sends its rows: a stream set on the statement, never a file the
          // server names (the connections' guard sends nothing for those)
          try (InputStream rowsOf = Files.newInputStream(exports.get(i))) {
            s.unwrap(JdbcStatement.class).setLocalInfileInputStream(rowsOf);
            rows +=
                s.executeUpdate(
                    "LOAD DATA LOCAL INFILE 'rows' INTO TABLE bench_"
                        + RecordType.values()[i].table()
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY 0x09 ESCAPED BY 0x5C"
                        + " LINES TERMINATED BY 0x0A");
          } finally {
            s.unwrap(JdbcStatement.class).setLocalInfileInputStream(LocalFileGuard.NOTHING);
          }
        }
        return new Result(rows, System.nanoTime() - started);
      } finally {
        try (Statement s = c.createStatement()) {
          for (RecordType type : RecordType.values()) {
            s.execute("DROP TABLE IF EXISTS bench_" + type.table());
          }
        }
      }
    }
  }

  private static void createLike(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_" + table);
      String ddl;
      try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table)) {
        rs.next();
        ddl = rs.getString(2);
      }
      s.execute(
          ddl.replace("CREATE TABLE `" + table + "`", "CREATE TABLE `bench_" + table + "`")
              .replace("CONSTRAINT `" + table, "CONSTRAINT `bench_" + table));
    }
  }

  /** Every row of a table, in the text form LOAD DATA reads by default. */
  private static Path export(Connection c, String table, Path folder)
      throws SQLException, IOException {
    Path file = folder.resolve(table + ".tsv");
    try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      s.setFetchSize(Integer.MIN_VALUE); // Connector/J streams row by row
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            if (i > 1) {
              out.write('\t');
            }
            String value = rs.getString(i);
            out.write(value == null ? "\\N" : escape(value));
          }
          out.write('\n');
        }
      }
    }
    return file;
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\0", "\\0");
  }
}

package org.lianxi.ledger.store;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lianxi.ledger.db.LocalFileGuard;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows inserted the way the database loads files: {@code LOAD DATA LOCAL INFILE} fed from the rows
 * written out in memory, in the caller's transaction. The server only ever receives this stream:
 * whatever file name it asks for, the driver sends the stream set on the statement, and an empty
 * one once it is sent. With LOCAL the server turns a duplicate key or a bad value into a warning
 * and goes on; a load that did not insert every row, or warned, fails and the transaction rolls
 * back.
 */
final class StreamedRows {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private StreamedRows() {}

  /** Whether this connection allows local loads and its server takes them. */
  static boolean available(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)
        || !connection
            .unwrap(JdbcConnection.class)
            .getPropertySet()
            .getBooleanProperty(PropertyKey.allowLoadLocalInfile)
            .getValue()) {
      return false;
    }
    try (Statement s = connection.createStatement();
        ResultSet server = s.executeQuery("SELECT @@GLOBAL.local_infile")) {
      return server.next() && server.getBoolean(1);
    }
  }

  /**
   * The statement for a table and its columns, in the order of each row's values. The tab, the
   * backslash and the newline are given as hex literals, which mean the same whether or not the
   * server's sql_mode has NO_BACKSLASH_ESCAPES (where {@code '\t'} is two characters).
   */
  static String statement(String table, List<String> columns) {
    return "LOAD DATA LOCAL INFILE 'rows' INTO TABLE "
        + table
        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY 0x09 ENCLOSED BY '' ESCAPED BY 0x5C"
        + " LINES TERMINATED BY 0x0A ("
        + String.join(", ", columns)
        + ")";
  }

  /** Inserts the rows on the connection of the caller's transaction. */
  static void insert(JdbcTemplate jdbc, String statement, List<Object[]> rows) {
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              insert(connection, statement, rows);
              return null;
            });
  }

  /** Inserts the rows on this connection, in whatever transaction it is in. */
  static void insert(Connection connection, String statement, List<Object[]> rows)
      throws SQLException {
    byte[] text = text(rows);
    try (Statement s = connection.createStatement()) {
      JdbcStatement load = s.unwrap(JdbcStatement.class);
      load.setLocalInfileInputStream(new ByteArrayInputStream(text));
      long inserted;
      SQLWarning warning;
      try {
        inserted = s.executeLargeUpdate(statement);
        warning = s.getWarnings();
      } finally {
        load.setLocalInfileInputStream(LocalFileGuard.NOTHING);
      }
      if (inserted != rows.size() || warning != null) {
        throw new DataIntegrityViolationException(
            "LOAD DATA inserted "
                + inserted
                + " of "
                + rows.size()
                + " rows"
                + (warning == null ? "" : ": " + warning.getMessage()));
      }
    }
  }

  /** The rows in LOAD DATA's default text form: tab between fields, \N for NULL. */
  private static byte[] text(List<Object[]> rows) {
    StringBuilder out = new StringBuilder(rows.size() * 256);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append('\t');
        }
        field(out, row[i]);
      }
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One value as LOAD DATA reads it; a type the ledger does not write is refused, not guessed. */
  private static void field(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof String text) {
      escaped(out, text);
    } else if (value instanceof Timestamp t) {
      moment(out, t.toLocalDateTime());
    } else if (value instanceof LocalDateTime t) {
      moment(out, t);
    } else if (value instanceof LocalDate d) {
      date(out, d);
    } else if (value instanceof Boolean b) {
      out.append(b ? '1' : '0');
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof Integer number) {
      out.append(number.intValue());
    } else if (value instanceof Long number) {
      out.append(number.longValue());
    } else if (value instanceof Short number) {
      out.append(number.shortValue());
    } else {
      throw new IllegalArgumentException(
          "no text form for LOAD DATA of a " + value.getClass().getName());
    }
  }

  /**
   * {@code yyyy-MM-dd HH:mm:ss.SSS} written digit by digit: {@code DateTimeFormatter} took more
   * than half of the time of laying out a province's judgements, four moments a row (a flight
   * recording of the full reconcile, docs/benchmarks.md).
   */
  private static void moment(StringBuilder out, LocalDateTime t) {
    if (t.getYear() < 1000 || t.getYear() > 9999) {
      out.append(MOMENT.format(t));
      return;
    }
    date(out, t.toLocalDate());
    out.append(' ');
    digits(out, t.getHour(), 2).append(':');
    digits(out, t.getMinute(), 2).append(':');
    digits(out, t.getSecond(), 2).append('.');
    digits(out, t.getNano() / 1_000_000, 3);
  }

  private static void date(StringBuilder out, LocalDate d) {
    if (d.getYear() < 1000 || d.getYear() > 9999) {
      out.append(d);
      return;
    }
    digits(out, d.getYear(), 4).append('-');
    digits(out, d.getMonthValue(), 2).append('-');
    digits(out, d.getDayOfMonth(), 2);
  }

  /** A number of at most {@code width} digits, zero-padded to that width. */
  private static StringBuilder digits(StringBuilder out, int value, int width) {
    int unit = 1;
    for (int i = 1; i < width; i++) {
      unit *= 10;
    }
    for (; unit > 0; unit /= 10) {
      out.append((char) ('0' + value / unit % 10));
    }
    return out;
  }

  private static void escaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\0' -> out.append("\\0");
        default -> out.append(c);
      }
    }
  }
}

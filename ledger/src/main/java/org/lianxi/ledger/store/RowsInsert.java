package org.lianxi.ledger.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * Inserts many rows into one table with multi-row {@code INSERT} statements of up to {@value #ROWS}
 * rows, each value bound once by its type's own setter. A JDBC batch that Connector/J rewrites into
 * the same statements copies every row's parameters and encodes every value an extra time to size
 * the statement: most of the client's time writing a province's million judgements.
 */
public final class RowsInsert {

  /** Rows a statement. */
  static final int ROWS = 500;

  private final String head;
  private final String tuple;
  private final int columns;

  public RowsInsert(String table, List<String> columns) {
    this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
    this.tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    this.columns = columns.size();
  }

  /** Inserts the rows, each its values in the columns' order; in the caller's transaction. */
  public void insert(JdbcTemplate jdbc, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS) {
      List<Object[]> some = rows.subList(from, Math.min(rows.size(), from + ROWS));
      jdbc.execute(
          head + String.join(", ", Collections.nCopies(some.size(), tuple)),
          (PreparedStatementCallback<Integer>)
              ps -> {
                int index = 1;
                for (Object[] row : some) {
                  if (row.length != columns) {
                    throw new IllegalArgumentException(
                        row.length + " values for " + columns + " columns: " + head);
                  }
                  for (Object value : row) {
                    bind(ps, index++, value);
                  }
                }
                return ps.executeUpdate();
              });
    }
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof String text) {
      ps.setString(index, text);
    } else if (value instanceof Integer number) {
      ps.setInt(index, number);
    } else if (value instanceof Long number) {
      ps.setLong(index, number);
    } else if (value instanceof Boolean flag) {
      ps.setBoolean(index, flag);
    } else if (value instanceof Timestamp time) {
      ps.setTimestamp(index, time);
    } else {
      ps.setObject(index, value); // dates and times: the driver maps java.time itself
    }
  }
}

package org.lianxi.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.lianxi.ledger.standard.Column;

/** Reads a report table's column back as the value type its kind normalises to. */
public final class LedgerColumns {

  private LedgerColumns() {}

  public static Object read(Column column, ResultSet rs) throws SQLException {
    return read(column, rs, rs.findColumn(column.field()));
  }

  /**
   * The same, from the column at {@code index}: a reader of every row of a table finds each
   * column's place once, not by its name for every value (the name lookups were a fifth of the
   * reconcile's reading thread).
   */
  public static Object read(Column column, ResultSet rs, int index) throws SQLException {
    return switch (column.kind()) {
      case DATE -> rs.getObject(index, LocalDate.class);
      case DATE_TIME -> rs.getObject(index, LocalDateTime.class);
      case YES_NO -> rs.getObject(index) == null ? null : rs.getBoolean(index);
      case AMOUNT -> rs.getBigDecimal(index);
      case WHOLE -> rs.getObject(index, Integer.class);
      default -> rs.getString(index);
    };
  }
}

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
    String name = column.field();
    return switch (column.kind()) {
      case DATE -> rs.getObject(name, LocalDate.class);
      case DATE_TIME -> rs.getObject(name, LocalDateTime.class);
      case YES_NO -> rs.getObject(name) == null ? null : rs.getBoolean(name);
      case AMOUNT -> rs.getBigDecimal(name);
      case WHOLE -> rs.getObject(name, Integer.class);
      default -> rs.getString(name);
    };
  }
}

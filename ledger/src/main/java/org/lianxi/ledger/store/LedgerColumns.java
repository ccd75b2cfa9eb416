package org.lianxi.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

/**
 * A report table's columns: which hold a type's fields, and each read back as the value type its
 * kind normalises to.
 */
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

  /** The columns of a type's fields, in the standard's order: each field, and *_raw for a 文号. */
  public static List<String> fieldColumns(RecordType type) {
    List<String> columns = new ArrayList<>();
    for (Column column : type.columns()) {
      columns.add(column.field());
      if (column.kind() == CellKind.DOC_NO) {
        columns.add(rawColumn(column));
      }
    }
    return columns;
  }

  /** The column that keeps a 文号 as it was written, beside its normalised form. */
  public static String rawColumn(Column column) {
    return column.field() + "_raw";
  }
}

package org.lianxi.ledger.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.lianxi.ledger.standard.RecordType;

/**
 * The current version of one side's report of a record, as the ledger holds it.
 *
 * @param values ledger column to value (dates as LocalDate, date-times as LocalDateTime)
 * @param firstArrived when the record first arrived from this side, in whatever file
 * @param source the file, sheet and row this version came from
 */
public record CurrentReport(
    long id,
    RecordType type,
    String key,
    String unit,
    Map<String, Object> values,
    LocalDateTime firstArrived,
    Source source) {

  /**
   * Where a version of a report came from: the received file (its id), the sheet and the row as the
   * spreadsheet shows it.
   */
  public record Source(long fileId, String sheet, int row) {

    /** A report not read from the ledger (made in memory): no file to name. */
    public static final Source UNKNOWN = new Source(0, "", 0);

    public boolean known() {
      return fileId != 0;
    }
  }

  /** The value of a field of the standard, or null when the row leaves it empty. */
  public Object value(org.lianxi.ledger.standard.Column column) {
    return value(column.field());
  }

  public Object value(String field) {
    return values.get(field);
  }

  public String text(String field) {
    Object value = values.get(field);
    return value == null ? null : value.toString();
  }

  public Optional<LocalDateTime> moment(String field) {
    Object value = values.get(field);
    if (value instanceof LocalDateTime dateTime) {
      return Optional.of(dateTime);
    }
    if (value instanceof LocalDate date) {
      return Optional.of(date.atStartOfDay());
    }
    return Optional.empty();
  }
}

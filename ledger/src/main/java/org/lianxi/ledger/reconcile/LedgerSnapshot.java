package org.lianxi.ledger.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.lianxi.ledger.ReadAhead;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.store.LedgerColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the current version of every side's report, with when each first arrived. */
public final class LedgerSnapshot {

  private static final int KEYS_A_QUERY = 500;
  private static final String BY_ID = "ORDER BY id";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  public LedgerSnapshot(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    readOnly.setReadOnly(true);
    readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /** The current reports of the given records only: what a nightly reconcile judges again. */
  public List<CurrentReport> currentReports(Map<RecordType, ? extends Collection<String>> keys) {
    List<CurrentReport> reports = new ArrayList<>();
    for (var entry : keys.entrySet()) {
      List<String> all = List.copyOf(entry.getValue());
      for (int from = 0; from < all.size(); from += KEYS_A_QUERY) {
        List<String> some = all.subList(from, Math.min(all.size(), from + KEYS_A_QUERY));
        query(
            entry.getKey(),
            "record_key IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")",
            BY_ID,
            some,
            reports);
      }
    }
    return reports;
  }

  /**
   * Every current report, handed over a page of whole records at a time (a record's reports are
   * never split between pages), about {@code reportsAPage} reports a page: the heap holds the page
   * being used and the next, not the ledger. The next page is read on a thread of its own while the
   * caller works on this one (the database and the judging each keep a core busy), in one read-only
   * transaction: every page sees the ledger as it was when the first was read.
   */
  public void inPages(int reportsAPage, Consumer<List<CurrentReport>> page) {
    if (reportsAPage < 1) {
      throw new IllegalArgumentException("a page holds at least one report: " + reportsAPage);
    }
    try (ReadAhead<List<CurrentReport>> pages =
        ReadAhead.start(
            "ledger-pages",
            1,
            sink -> readOnly.executeWithoutResult(status -> readPages(reportsAPage, sink)))) {
      for (List<CurrentReport> next = pages.next(); next != null; next = pages.next()) {
        page.accept(next);
      }
    }
  }

  /**
   * One statement a page: the next {@code reportsAPage + 1} current rows in the order of the key
   * index. The record of the last row read may go on past it, so its rows are left for the next
   * page (the tables compare keys byte for byte, utf8mb4_bin, as {@code equals} does); a record
   * alone larger than a page is read by itself. Two statements a page, the next keys and then their
   * rows, read the bench's referrals a tenth slower.
   */
  private void readPages(int reportsAPage, Consumer<List<CurrentReport>> page) {
    for (RecordType type : RecordType.values()) {
      String after = "";
      while (true) {
        List<CurrentReport> reports = new ArrayList<>();
        query(
            type,
            "record_key > ?",
            "ORDER BY record_key LIMIT " + ((long) reportsAPage + 1),
            List.of(after),
            reports);
        if (reports.isEmpty()) {
          break;
        }
        boolean more = reports.size() > reportsAPage;
        if (more) {
          String unfinished = reports.get(reportsAPage).key();
          reports.removeIf(report -> report.key().equals(unfinished));
          if (reports.isEmpty()) {
            query(type, "record_key = ?", BY_ID, List.of(unfinished), reports);
          }
        }
        after = reports.get(reports.size() - 1).key();
        reports.sort(Comparator.comparingLong(CurrentReport::id));
        page.accept(reports);
        if (!more) {
          break;
        }
      }
    }
  }

  /** Every current decision that names the referral it closes (see {@link Reconciler}). */
  public List<CurrentReport> linkedDecisions() {
    List<CurrentReport> reports = new ArrayList<>();
    query(
        RecordType.DECISION,
        "record_key IN (SELECT d.record_key FROM "
            + RecordType.DECISION.table()
            + " d WHERE d.is_current = 1 AND d."
            + Fields.Decision.REFERRAL_NO.field()
            + " IS NOT NULL)",
        BY_ID,
        List.of(),
        reports);
    return reports;
  }

  /**
   * Reads the current reports of a type: {@code records} is a condition on {@code record_key} that
   * picks the records, its parameters {@code args}; {@code order} orders (and may limit) the rows.
   * By {@code <type>_report_current_uk (record_key, …)}, named, because the optimizer, with the
   * statistics of tables a large intake has just filled, took the primary key or the list's index
   * instead and read the whole table for every page (300 units: a million rows examined for the
   * 64,000 referrals read).
   */
  private void query(
      RecordType type, String records, String order, List<String> args, List<CurrentReport> out) {
    jdbc.query(
        "SELECT "
            + SELECTED.get(type)
            + " FROM "
            + type.table()
            + " FORCE INDEX ("
            + type.table()
            + "_current_uk) WHERE is_current = 1 AND "
            + records
            + " "
            + order,
        (ResultSetExtractor<Void>)
            rs -> {
              Places places = Places.of(type, rs);
              while (rs.next()) {
                out.add(read(type, rs, places));
              }
              return null;
            },
        args.toArray());
  }

  /**
   * The columns a report is read with, by type: the standard's fields (a 文号 with its raw text) and
   * what identifies the report, not the version's bookkeeping (its hash, version number and load
   * times): a sixth of a referral's bytes, read for nothing on every page.
   */
  private static final Map<RecordType, String> SELECTED = new EnumMap<>(RecordType.class);

  static {
    for (RecordType type : RecordType.values()) {
      List<String> names =
          new ArrayList<>(
              List.of(
                  "id",
                  "record_key",
                  "reporting_unit",
                  "first_arrived",
                  "file_id",
                  "sheet_name",
                  "row_no"));
      names.addAll(LedgerColumns.fieldColumns(type));
      SELECTED.put(type, String.join(", ", names));
    }
  }

  /**
   * A column of a type's table and where it is in a result set; a 文号's raw text beside it ({@code
   * raw} 0 for the other kinds).
   */
  private record Place(Column column, int value, String rawField, int raw) {}

  /** Where a type's columns are in a result set of its table, found once a query. */
  private record Places(
      List<Place> columns,
      int id,
      int key,
      int unit,
      int firstArrived,
      int fileId,
      int sheet,
      int row) {

    static Places of(RecordType type, ResultSet rs) throws SQLException {
      List<Place> columns = new ArrayList<>();
      for (Column column : type.columns()) {
        String rawField = column.kind() == CellKind.DOC_NO ? LedgerColumns.rawColumn(column) : null;
        columns.add(
            new Place(
                column,
                rs.findColumn(column.field()),
                rawField,
                rawField == null ? 0 : rs.findColumn(rawField)));
      }
      return new Places(
          columns,
          rs.findColumn("id"),
          rs.findColumn("record_key"),
          rs.findColumn("reporting_unit"),
          rs.findColumn("first_arrived"),
          rs.findColumn("file_id"),
          rs.findColumn("sheet_name"),
          rs.findColumn("row_no"));
    }
  }

  /**
   * Every file loaded (not rejected as a whole), with its row totals (kept on the file when it was
   * loaded) and the day it arrived.
   */
  public List<SubmissionCadence.FileFact> loadedFiles() {
    return jdbc.query(
        "SELECT sender_unit, DATE(received_at), zero_report, rows_submitted, rows_rejected"
            + " FROM received_file WHERE status = 'loaded' ORDER BY id",
        (rs, n) ->
            new SubmissionCadence.FileFact(
                rs.getString(1),
                rs.getObject(2, LocalDate.class),
                rs.getBoolean(3),
                rs.getInt(4),
                rs.getInt(5)));
  }

  private static CurrentReport read(RecordType type, ResultSet rs, Places at) throws SQLException {
    Map<String, Object> values = new HashMap<>(2 * at.columns().size());
    for (Place place : at.columns()) {
      Object value = LedgerColumns.read(place.column(), rs, place.value());
      if (value != null) {
        values.put(place.column().field(), value);
      }
      String raw = place.raw() == 0 ? null : rs.getString(place.raw());
      if (raw != null) {
        values.put(place.rawField(), raw);
      }
    }
    return new CurrentReport(
        rs.getLong(at.id()),
        type,
        rs.getString(at.key()),
        rs.getString(at.unit()),
        values,
        rs.getObject(at.firstArrived(), LocalDateTime.class),
        new CurrentReport.Source(
            rs.getLong(at.fileId()), rs.getString(at.sheet()), rs.getInt(at.row())));
  }

  /**
   * The names the files with these ids arrived under (a name from outside: shown, never a path).
   */
  public Map<Long, String> fileNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += KEYS_A_QUERY) {
      List<Long> some = all.subList(from, Math.min(all.size(), from + KEYS_A_QUERY));
      jdbc.query(
          "SELECT id, original_name FROM received_file WHERE id IN ("
              + String.join(", ", Collections.nCopies(some.size(), "?"))
              + ")",
          (RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2)),
          some.toArray());
    }
    return names;
  }
}

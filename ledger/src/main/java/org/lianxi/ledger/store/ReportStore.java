package org.lianxi.ledger.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.DocumentNumber;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.ReportRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes accepted rows into the ledger, a chunk at a time, inside the caller's transaction. A row
 * whose record (key and reporting side) is new is loaded as version 1; a row that changes the
 * current version supersedes it with the next version (the old one kept, with its file and row); a
 * row equal to the current version changes nothing. Every version keeps when its side's record
 * first arrived, so that reading the current versions never needs the versions before them.
 */
public final class ReportStore {

  private static final Logger log = LoggerFactory.getLogger(ReportStore.class);

  /** What a row did to the ledger, for the receipt. */
  public enum Change {
    LOADED,
    REPLACED,
    UNCHANGED
  }

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Map<RecordType, String> inserts = new EnumMap<>(RecordType.class);
  private final Map<RecordType, String> streamed = new EnumMap<>(RecordType.class);

  /**
   * Whether rows go by LOAD DATA from a stream; asked at the first write on its connection, as
   * {@link RowsInsert} asks on each writer's, and again after a load failed.
   */
  private volatile Boolean streams;

  public ReportStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    for (RecordType type : RecordType.values()) {
      List<String> columns = new ArrayList<>(COMMON);
      columns.addAll(LedgerColumns.fieldColumns(type));
      inserts.put(type, insertSql(type.table(), columns));
      streamed.put(type, StreamedRows.statement(type.table(), columns));
    }
  }

  /**
   * Whether the new versions are sent as the database's bulk path takes them ({@link
   * StreamedRows}): where both the connection and the server allow local loads (the embedded
   * database does; MySQL 8 does not unless its {@code local_infile} is set and the URL asks for
   * it), else as multi-row inserts. The same rows, checks and transaction either way.
   */
  public boolean streams() {
    Boolean known = streams;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) StreamedRows::available);
      streams = known;
      log.info(
          known
              ? "The ledger's rows are loaded by LOAD DATA LOCAL from the loader's own stream"
              : "The ledger's rows are loaded by multi-row INSERT (the connection or the server"
                  + " does not allow LOAD DATA LOCAL)");
    }
    return known;
  }

  /** A row to write, the file it came in, and when that file arrived. */
  public record Filed(long fileId, LocalDateTime arrived, ReportRow row) {}

  /**
   * Writes rows of several files, the older file's first and each file's in its order (a later row
   * of the same record supersedes an earlier one); returns what each row did, in the same order.
   */
  public List<Change> write(List<Filed> rows) {
    List<Change> changes = new ArrayList<>(Collections.nCopies(rows.size(), Change.UNCHANGED));
    Map<RecordType, List<Integer>> byType = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byType.computeIfAbsent(rows.get(i).row().type(), t -> new ArrayList<>()).add(i);
    }
    LocalDateTime now = LocalDateTime.now();
    byType.forEach((type, indexes) -> writeType(type, indexes, rows, changes, now));
    return changes;
  }

  /** A record as one unit reports it. */
  private record Side(String key, String unit) {
    static Side of(ReportRow row) {
      return new Side(row.recordKey(), row.reportingUnit());
    }
  }

  /** The current version of a record and side, as known in this chunk. */
  private static final class Current {
    final Long id; // null: inserted by this chunk
    final int version;
    final String hash;
    final LocalDateTime firstArrived;
    Object[] pendingInsert; // this chunk's insert, whose is_current falls when superseded here

    Current(Long id, int version, String hash, LocalDateTime firstArrived) {
      this.id = id;
      this.version = version;
      this.hash = hash;
      this.firstArrived = firstArrived;
    }
  }

  private void writeType(
      RecordType type,
      List<Integer> indexes,
      List<Filed> rows,
      List<Change> changes,
      LocalDateTime now) {
    Map<Side, Current> current =
        currentVersions(type, indexes.stream().map(i -> rows.get(i).row()).toList());
    List<Long> superseded = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    for (int index : indexes) {
      ReportRow row = rows.get(index).row();
      Side side = Side.of(row);
      Current before = current.get(side);
      if (before != null && before.hash.equals(row.contentHash())) {
        changes.set(index, Change.UNCHANGED);
        continue;
      }
      if (before != null && before.id != null) {
        superseded.add(before.id);
      } else if (before != null) {
        before.pendingInsert[IS_CURRENT] = null;
        before.pendingInsert[SUPERSEDED_AT] = Timestamp.valueOf(now);
      }
      Filed filed = rows.get(index);
      int version = before == null ? 1 : before.version + 1;
      LocalDateTime firstArrived =
          before == null || filed.arrived().isBefore(before.firstArrived)
              ? filed.arrived()
              : before.firstArrived;
      Object[] values = insertValues(filed.fileId(), row, version, firstArrived, now);
      inserts.add(values);
      Current after = new Current(null, version, row.contentHash(), firstArrived);
      after.pendingInsert = values;
      current.put(side, after);
      changes.set(index, before == null ? Change.LOADED : Change.REPLACED);
    }
    if (!superseded.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE " + type.table() + " SET is_current = NULL, superseded_at = ? WHERE id = ?",
          superseded.stream().map(id -> new Object[] {Timestamp.valueOf(now), id}).toList());
    }
    if (!inserts.isEmpty() && streams()) {
      try {
        StreamedRows.insert(jdbc, streamed.get(type), inserts);
      } catch (RuntimeException e) {
        // asked again at the next write: the server may have stopped taking local loads (its
        // local_infile turned off under a running serve), and the next pass then inserts
        streams = null;
        throw e;
      }
    } else if (!inserts.isEmpty()) {
      jdbc.batchUpdate(this.inserts.get(type), inserts);
    }
  }

  /**
   * The current versions of the rows' records and sides, locked for this transaction. By {@code
   * <type>_report_current_uk} always: while a large intake fills the tables their statistics lag,
   * and the optimizer took the list's index ({@code current_start_ix}, led by {@code is_current})
   * instead, reading and locking every current row of the type for each chunk (the load at 300
   * units: 4,304 rows/s so, 7,869 with the index named).
   */
  private Map<Side, Current> currentVersions(RecordType type, List<ReportRow> rows) {
    Map<Side, Current> current = new HashMap<>();
    List<Side> sides = rows.stream().map(Side::of).distinct().toList();
    for (int from = 0; from < sides.size(); from += LOOKUP) {
      List<Side> page = sides.subList(from, Math.min(from + LOOKUP, sides.size()));
      List<Object> params = new ArrayList<>();
      for (Side side : page) {
        params.add(side.key());
        params.add(side.unit());
      }
      jdbc.query(
          "SELECT id, record_key, reporting_unit, version_no, content_hash, first_arrived FROM "
              + type.table()
              + " FORCE INDEX ("
              + type.table()
              + "_current_uk) WHERE is_current = 1 AND (record_key, reporting_unit) IN ("
              + String.join(",", Collections.nCopies(page.size(), "(?, ?)"))
              + ") FOR UPDATE",
          rs -> {
            current.put(
                new Side(rs.getString("record_key"), rs.getString("reporting_unit")),
                new Current(
                    rs.getLong("id"),
                    rs.getInt("version_no"),
                    rs.getString("content_hash"),
                    rs.getObject("first_arrived", LocalDateTime.class)));
          },
          params.toArray());
    }
    return current;
  }

  /** Records and sides looked up in one statement. */
  private static final int LOOKUP = 500;

  /** The columns every report table starts with, in insert order. */
  private static final List<String> COMMON =
      List.of(
          "record_key",
          "reporting_unit",
          "version_no",
          "file_id",
          "is_current",
          "sheet_name",
          "row_no",
          "content_hash",
          "loaded_at",
          "superseded_at",
          "first_arrived");

  private static final int IS_CURRENT = COMMON.indexOf("is_current");
  private static final int SUPERSEDED_AT = COMMON.indexOf("superseded_at");

  private static String insertSql(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?"))
        + ")";
  }

  private static Object[] insertValues(
      long fileId, ReportRow row, int version, LocalDateTime firstArrived, LocalDateTime now) {
    List<Object> values = new ArrayList<>();
    values.add(row.recordKey());
    values.add(row.reportingUnit());
    values.add(version);
    values.add(fileId);
    values.add(1); // is_current
    values.add(row.sheet());
    values.add(row.row());
    values.add(row.contentHash());
    values.add(Timestamp.valueOf(now));
    values.add(null); // superseded_at
    values.add(Timestamp.valueOf(firstArrived));
    for (Column column : row.type().columns()) {
      Object value = row.values().get(column.field());
      if (value instanceof DocumentNumber doc) {
        values.add(doc.canonical());
        values.add(doc.typed());
      } else if (column.kind() == CellKind.DOC_NO) {
        values.add(null);
        values.add(null);
      } else if (value instanceof List<?> list) {
        values.add(list.stream().map(Object::toString).collect(Collectors.joining(",")));
      } else {
        values.add(value);
      }
    }
    return values.toArray();
  }
}

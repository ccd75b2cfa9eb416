package org.lianxi.ledger.files;

import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.Problem;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What loading did with each file, for its receipt: per sheet the rows new, replaced, unchanged and
 * rejected ({@code received_sheet}), and every problem ({@code file_problem}). The one writer of
 * both tables; written in the transaction of the chunk that loaded the file.
 */
public final class FileResults {

  /** One sheet of a file; {@code recordType} null for a sheet the standard does not name. */
  public record SheetResult(
      long fileId,
      String sheet,
      String recordType,
      int loaded,
      int replaced,
      int unchanged,
      int rejected) {}

  /** One problem of a file. */
  public record FileProblem(long fileId, Problem problem) {}

  /** Quoted cell values are cut to the column's length. */
  private static final int VALUE_LENGTH = 500;

  private final JdbcTemplate jdbc;

  public FileResults(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public void writeSheets(List<SheetResult> sheets) {
    if (sheets.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO received_sheet (file_id, sheet_name, record_type, rows_loaded,"
            + " rows_replaced, rows_unchanged, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)",
        sheets.stream()
            .map(
                s ->
                    new Object[] {
                      s.fileId(),
                      s.sheet(),
                      s.recordType(),
                      s.loaded(),
                      s.replaced(),
                      s.unchanged(),
                      s.rejected()
                    })
            .toList());
  }

  public void writeProblems(List<FileProblem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO file_problem (file_id, sheet_name, row_no, column_name, cell_value, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        problems.stream()
            .map(
                f -> {
                  Problem p = f.problem();
                  return new Object[] {
                    f.fileId(), p.sheet(), p.row(), p.column(), cut(p.value()), p.reason()
                  };
                })
            .toList());
  }

  /** What the ledger has taken in so far: files, files rejected whole, rows taken and rejected. */
  public record Totals(int files, int rejectedFiles, long rows, long rejectedRows) {}

  public Totals totals() {
    return jdbc.queryForObject(
        """
        SELECT (SELECT COUNT(*) FROM received_file) AS files,
               (SELECT COUNT(*) FROM received_file WHERE status = 'rejected') AS rejected_files,
               (SELECT COALESCE(SUM(rows_loaded + rows_replaced + rows_unchanged), 0)
                  FROM received_sheet) AS rows_taken,
               (SELECT COALESCE(SUM(rows_rejected), 0) FROM received_sheet) AS rows_rejected""",
        (rs, n) ->
            new Totals(
                rs.getInt("files"),
                rs.getInt("rejected_files"),
                rs.getLong("rows_taken"),
                rs.getLong("rows_rejected")));
  }

  private static String cut(String value) {
    return value == null || value.length() <= VALUE_LENGTH
        ? value
        : value.substring(0, VALUE_LENGTH);
  }
}

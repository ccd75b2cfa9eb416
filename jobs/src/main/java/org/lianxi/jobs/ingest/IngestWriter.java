package org.lianxi.jobs.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianxi.ledger.standard.Problem;
import org.lianxi.ledger.standard.ReportRow;
import org.lianxi.ledger.store.ReportStore;
import org.lianxi.ledger.store.ReportStore.Change;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk in the chunk's transaction: accepted rows into the ledger (versioned), rejected
 * rows as problems, and the per-sheet counts the receipt reports.
 */
class IngestWriter implements ItemWriter<IngestItem> {

  private final long fileId;
  private final ReportStore reports;
  private final JdbcTemplate jdbc;

  IngestWriter(long fileId, ReportStore reports, JdbcTemplate jdbc) {
    this.fileId = fileId;
    this.reports = reports;
    this.jdbc = jdbc;
  }

  @Override
  public void write(Chunk<? extends IngestItem> chunk) {
    List<ReportRow> accepted = new ArrayList<>();
    List<Object[]> problems = new ArrayList<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // loaded, replaced, unchanged, rejected
    Map<String, String> types = new LinkedHashMap<>();
    for (IngestItem item : chunk) {
      types.put(item.source().sheet(), item.source().type().key());
      if (item.accepted()) {
        accepted.add(item.report());
      } else {
        counts.computeIfAbsent(item.source().sheet(), s -> new int[4])[3]++;
        for (Problem p : item.problems()) {
          problems.add(
              new Object[] {
                fileId, p.sheet(), p.row(), p.column(), truncate(p.value()), p.reason()
              });
        }
      }
    }
    List<Change> changes = reports.write(fileId, accepted);
    for (int i = 0; i < accepted.size(); i++) {
      counts.computeIfAbsent(accepted.get(i).sheet(), s -> new int[4])[changes.get(i).ordinal()]++;
    }
    if (!problems.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO file_problem (file_id, sheet_name, row_no, column_name, cell_value, reason)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          problems);
    }
    counts.forEach(
        (sheet, c) ->
            jdbc.update(
                """
                INSERT INTO received_sheet (file_id, sheet_name, record_type, rows_loaded, rows_replaced,
                    rows_unchanged, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE rows_loaded = rows_loaded + VALUES(rows_loaded),
                    rows_replaced = rows_replaced + VALUES(rows_replaced),
                    rows_unchanged = rows_unchanged + VALUES(rows_unchanged),
                    rows_rejected = rows_rejected + VALUES(rows_rejected)""",
                fileId,
                sheet,
                types.get(sheet),
                c[0],
                c[1],
                c[2],
                c[3]));
  }

  private static String truncate(String value) {
    return value == null || value.length() <= 500 ? value : value.substring(0, 500);
  }
}

package org.lianxi.ledger.files;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.standard.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what a file's receipt says from the ledger. */
public final class Receipts {

  private final JdbcClient jdbc;
  private final ReceivedFiles files;

  public Receipts(DataSource dataSource, ReceivedFiles files) {
    this.jdbc = JdbcClient.create(dataSource);
    this.files = files;
  }

  public Receipt of(long fileId, boolean duplicate) {
    ReceivedFile file = files.get(fileId);
    String senderName =
        jdbc.sql("SELECT name FROM unit WHERE code = ?")
            .param(file.sender())
            .query(String.class)
            .single();
    var header =
        jdbc.sql("SELECT reason, zero_report FROM received_file WHERE id = ?")
            .param(fileId)
            .query((rs, n) -> new Object[] {rs.getString("reason"), rs.getBoolean("zero_report")})
            .single();
    List<Receipt.SheetCounts> sheets = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    jdbc.sql(
            """
            SELECT sheet_name, record_type, rows_loaded, rows_replaced, rows_unchanged, rows_rejected
            FROM received_sheet WHERE file_id = ? ORDER BY record_type IS NULL, sheet_name""")
        .param(fileId)
        .query(
            rs -> {
              if (rs.getString("record_type") == null) {
                ignored.add(rs.getString("sheet_name"));
              } else {
                sheets.add(
                    new Receipt.SheetCounts(
                        rs.getString("sheet_name"),
                        rs.getInt("rows_loaded"),
                        rs.getInt("rows_replaced"),
                        rs.getInt("rows_unchanged"),
                        rs.getInt("rows_rejected")));
              }
            });
    List<Problem> problems =
        jdbc.sql(
                """
                SELECT sheet_name, row_no, column_name, cell_value, reason FROM file_problem
                WHERE file_id = ? ORDER BY sheet_name IS NOT NULL, sheet_name, row_no IS NOT NULL, row_no, id""")
            .param(fileId)
            .query(
                (rs, n) ->
                    new Problem(
                        rs.getString("sheet_name"),
                        rs.getObject("row_no", Integer.class),
                        rs.getString("column_name"),
                        rs.getString("cell_value"),
                        rs.getString("reason")))
            .list();
    return new Receipt(
        file,
        senderName,
        duplicate,
        (String) header[0],
        (Boolean) header[1],
        sheets,
        ignored,
        problems);
  }
}

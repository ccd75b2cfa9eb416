package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lianxi.ledger.exchange.Table;

/** Tables of text as a workbook, one sheet each, streamed (any number of rows). */
public final class TableWorkbook {

  private TableWorkbook() {}

  public static void write(List<Table> tables, Path target) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      for (Table table : tables) {
        Sheet sheet = workbook.createSheet(table.name());
        if (!table.headers().isEmpty()) {
          WorkbookFiles.row(sheet, 0, bold, table.headers().toArray());
        }
        int r = table.headers().isEmpty() ? 0 : 1;
        for (List<String> cells : table.rows()) {
          WorkbookFiles.row(sheet, r++, null, cells.toArray());
        }
        for (int c = 0; c < Math.max(table.headers().size(), 1); c++) {
          sheet.setColumnWidth(c, 16 * 256);
        }
      }
      WorkbookFiles.save(workbook, target);
    }
  }
}

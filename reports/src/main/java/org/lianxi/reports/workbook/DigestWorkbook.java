package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lianxi.ledger.exchange.Digests;

/**
 * A unit's shared digest (共享信息): what other units shared with it since its last digest, one sheet
 * per record type with the exchange template's columns plus the reporting unit and arrival time.
 * Values are already masked and labelled by {@link org.lianxi.ledger.exchange.Display}.
 */
public final class DigestWorkbook {

  private DigestWorkbook() {}

  public static void write(String unitName, LocalDate asOf, List<Digests.Sheet> sheets, Path target)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      Sheet about = workbook.createSheet("说明");
      WorkbookFiles.row(about, 0, bold, unitName + " 共享信息（截至 " + asOf + "）");
      WorkbookFiles.row(about, 1, null, "其他成员单位报送的、与本单位有关的信息，自上次推送以来新增或更正的内容。");
      int r = 3;
      for (Digests.Sheet sheet : sheets) {
        WorkbookFiles.row(about, r++, null, sheet.type().sheet(), sheet.rows().size() + " 条");
      }
      about.setColumnWidth(0, 40 * 256);
      for (Digests.Sheet sheet : sheets) {
        Sheet out = workbook.createSheet(sheet.type().sheet());
        WorkbookFiles.row(out, 0, bold, sheet.headers().toArray());
        int row = 1;
        for (List<String> cells : sheet.rows()) {
          WorkbookFiles.row(out, row++, null, cells.toArray());
        }
        for (int c = 0; c < sheet.headers().size(); c++) {
          out.setColumnWidth(c, 16 * 256);
        }
      }
      WorkbookFiles.save(workbook, target);
    }
  }
}

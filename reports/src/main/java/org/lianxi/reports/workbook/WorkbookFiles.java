package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.lianxi.ledger.files.WholeFiles;

/**
 * Writing workbooks: whole or not at all (a temporary file moved into place), and text cells only:
 * user text is never written as a formula.
 */
final class WorkbookFiles {

  private WorkbookFiles() {}

  static void save(Workbook workbook, Path target) throws IOException {
    WholeFiles.write(target, workbook::write);
  }

  /** Writes a row of text cells (null: no cell); a string cell is never a formula. */
  static Row row(Sheet sheet, int index, CellStyle style, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (values[i] instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(values[i].toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
    return row;
  }

  static CellStyle bold(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }
}

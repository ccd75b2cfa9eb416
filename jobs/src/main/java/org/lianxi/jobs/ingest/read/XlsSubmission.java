package org.lianxi.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A legacy {@code .xls} workbook (BIFF8, at most 65,536 rows a sheet, so reading it whole is
 * bounded). An OLE2 file holding an encrypted {@code .xlsx} is refused as encrypted.
 */
final class XlsSubmission implements Submission {

  private final POIFSFileSystem fs;
  private final HSSFWorkbook workbook;
  private int nextSheet;

  XlsSubmission(Path file) throws IOException, UnreadableFileException {
    try {
      this.fs = new POIFSFileSystem(file.toFile(), true);
    } catch (IOException | RuntimeException e) {
      throw Unreadable.from(e);
    }
    try {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        throw new UnreadableFileException("文件已加密，请去除密码后重新报送");
      }
      this.workbook = new HSSFWorkbook(fs.getRoot(), false);
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw Unreadable.from(e);
    } catch (UnreadableFileException e) {
      fs.close();
      throw e;
    }
  }

  @Override
  public Optional<SheetCursor> nextSheet() {
    if (nextSheet >= workbook.getNumberOfSheets()) {
      return Optional.empty();
    }
    Sheet sheet = workbook.getSheetAt(nextSheet++);
    Iterator<Row> rows = sheet.rowIterator();
    return Optional.of(
        new SheetCursor() {
          public String name() {
            return sheet.getSheetName();
          }

          public Optional<RawRow> next() {
            if (!rows.hasNext()) {
              return Optional.empty();
            }
            Row row = rows.next();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
              cells.add(text(row.getCell(c)));
            }
            return Optional.of(new RawRow(row.getRowNum() + 1, cells));
          }
        });
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell) // POI applies the workbook's 1904 windowing
              ? CellText.date(cell.getLocalDateTimeCellValue())
              : CellText.number(Double.toString(cell.getNumericCellValue()), false, false);
      case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
      case ERROR -> "#ERROR";
      default -> null;
    };
  }

  @Override
  public void close() throws IOException {
    workbook.close();
    fs.close();
  }
}

package org.lianxi.testkit.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The benchmark's reference reader: {@code org.dhatim:fastexcel-reader} reading a workbook's every
 * sheet, each cell asked for its text (lianxi's reader gives every cell as text too).
 */
public final class FastexcelRows {

  private FastexcelRows() {}

  /** The rows of every sheet of the workbook. */
  public static long count(Path workbook) {
    long rows = 0;
    try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile())) {
      for (Sheet sheet : book.getSheets().toList()) {
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            rows++;
            for (Cell cell : row) {
              if (cell != null) {
                cell.getText();
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(workbook + ": " + e.getMessage(), e);
    }
    return rows;
  }
}

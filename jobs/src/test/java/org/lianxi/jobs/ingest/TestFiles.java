package org.lianxi.jobs.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes real submission files for tests: workbooks (.xlsx, .xls) whose sheets are lists of rows,
 * CSV in a given encoding. A cell value that is a {@link LocalDateTime} becomes an Excel date cell;
 * a string starting with {@code =} becomes a formula whose cached value is given after {@code |}.
 */
public final class TestFiles {

  private TestFiles() {}

  public record SheetData(String name, List<List<Object>> rows) {}

  /** The header row of the standard's 案件移送 sheet. */
  public static final List<Object> REFERRAL_HEADERS =
      List.of("移送文号", "移送方向", "移送单位", "接收单位", "当事人", "违法事项", "发现日期", "移送时间");

  public static SheetData sheet(String name, List<List<Object>> rows) {
    return new SheetData(name, rows);
  }

  public static Path xlsx(Path file, SheetData... sheets) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      return write(workbook, file, sheets);
    }
  }

  public static Path xls(Path file, SheetData... sheets) throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      return write(workbook, file, sheets);
    }
  }

  private static Path write(Workbook workbook, Path file, SheetData... sheets) throws IOException {
    CellStyle dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(
        workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
    for (SheetData data : sheets) {
      Sheet sheet = workbook.createSheet(data.name());
      int r = 0;
      for (List<Object> values : data.rows()) {
        Row row = sheet.createRow(r++);
        if (values == null) {
          continue; // a blank row
        }
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(dateStyle);
          } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value.toString().startsWith("=")) {
            String[] formula = value.toString().substring(1).split("\\|", 2);
            cell.setCellFormula(formula[0]);
            cell.setCellValue(formula[1]);
          } else {
            cell.setCellValue(value.toString());
          }
        }
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  public static Path csv(Path file, Charset charset, boolean bom, String... lines)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.write((String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }
    return file;
  }

  /** A zip with the given entries (name, content), for hand-made bad workbooks. */
  public static Path zip(Path file, String... namesAndContents) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}

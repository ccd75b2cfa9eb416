package org.lianxi.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.standard.RecordType;

/**
 * A workbook of hundreds of thousands of rows is read in a JVM whose heap is a small fraction of
 * the file's unpacked size: memory does not grow with the number of rows.
 */
class LargeWorkbookTest {

  static final int ROWS = 250_000;
  static final String HEAP = "-Xmx64m";

  @TempDir Path dir;

  @Test
  void aQuarterMillionRowsReadInASixtyFourMegabyteHeap() throws Exception {
    Path file = dir.resolve("large.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet("案件移送");
      Row header = sheet.createRow(0);
      var columns = RecordType.REFERRAL.columns();
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).header());
      }
      for (int r = 1; r <= ROWS; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("古市监移〔2026〕" + r + "号");
        row.createCell(1).setCellValue("移出");
        row.createCell(2).setCellValue("县市场监管局");
        row.createCell(3).setCellValue("岳阳镇");
        row.createCell(4).setCellValue("某某商贸有限公司第" + r + "分店");
        row.createCell(6).setCellValue("未取得营业执照从事经营活动，涉嫌违反《无证无照经营查处办法》第" + (r % 20) + "条");
        row.createCell(8).setCellValue("2026-03-0" + (1 + r % 9));
        row.createCell(9).setCellValue("2026-03-10 10:00");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                CountRows.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("rows=" + ROWS + " last=" + (ROWS + 1) + " maxHeapMb=");
    assertThat(Files.size(file)).isGreaterThan(5L << 20);
  }
}

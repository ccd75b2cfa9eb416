package org.lianxi.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.standard.Problem;

class ReceiptWorkbookTest {

  @TempDir Path dir;

  private static Receipt receipt(int loaded, int rejected, Problem problem) {
    ReceivedFile file =
        new ReceivedFile(
            7,
            "D02",
            Channel.MAIL,
            "报送表.xlsx",
            "ab".repeat(32),
            100,
            LocalDateTime.of(2026, 3, 4, 10, 0),
            "loaded",
            false);
    return new Receipt(
        file,
        "古县市场监督管理局",
        false,
        null,
        false,
        List.of(new Receipt.SheetCounts("案件移送", loaded, 0, 0, rejected)),
        List.of(),
        List.of(problem));
  }

  private static String readBack(Path file, String sheet, String label) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
      Sheet s = workbook.getSheet(sheet);
      for (Row row : s) {
        if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
          return row.getCell(1).toString();
        }
      }
      return null;
    }
  }

  @Test
  void aReceiptWhoseEveryRowWasRejectedSaysNothingWasLoadedAndMasksTheQuotedValue()
      throws Exception {
    Problem problem = new Problem("案件移送", 2, "当事人", "张三 410928199001011234", "不能代其他单位报送");
    Path none = dir.resolve("none.xlsx");
    ReceiptWorkbook.write(receipt(0, 1, problem), none);
    assertThat(readBack(none, "回执", "处理结果")).isEqualTo("已接收，但各行均未通过校验（见问题明细），没有导入任何一行");
    try (XSSFWorkbook workbook = new XSSFWorkbook(none.toFile())) {
      assertThat(workbook.getSheet("问题明细").getRow(1).getCell(3).toString())
          .isEqualTo("张三 4109**********1234");
    }

    Path some = dir.resolve("some.xlsx");
    ReceiptWorkbook.write(receipt(3, 1, problem), some);
    assertThat(readBack(some, "回执", "处理结果")).isEqualTo("已接收，部分行未通过校验（见问题明细），其余各行已导入");
  }
}

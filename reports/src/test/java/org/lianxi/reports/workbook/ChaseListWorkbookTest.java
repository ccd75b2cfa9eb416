package org.lianxi.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.exchange.Duty;

class ChaseListWorkbookTest {

  @TempDir Path dir;

  @Test
  void overdueDutiesAreRedAndDutiesDueSoonYellow() throws Exception {
    List<Duty> duties =
        List.of(
            new Duty(
                "协助复函",
                "岳阳协〔2026〕1号",
                "古县岳阳镇人民政府",
                LocalDateTime.parse("2026-04-01T00:00"),
                LocalDateTime.parse("2026-04-03T23:59:59"),
                true,
                false,
                "3个工作日",
                false),
            new Duty(
                "告知受理情况",
                "古市监移〔2026〕5号",
                "古县市场监督管理局",
                LocalDateTime.parse("2026-04-07T00:00"),
                LocalDateTime.parse("2026-04-09T23:59:59"),
                false,
                true,
                "",
                false),
            new Duty(
                "报送移入情况（回执）",
                "古市监移〔2026〕9号",
                "古县市场监督管理局",
                LocalDateTime.parse("2026-12-29T10:00"),
                LocalDateTime.parse("2027-01-05T23:59:59"),
                false,
                false,
                "",
                true),
            new Duty(
                "补报案件移送（移出）", "古市监移〔2026〕11号", "古县岳阳镇人民政府", null, null, false, false, "", false));
    Path file = dir.resolve("催办单.xlsx");
    ChaseListWorkbook.write("古县自然资源局", LocalDate.parse("2026-04-08"), duties, file);
    try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
      var sheet = workbook.getSheet("催办单");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("古县自然资源局 催办单（截至 2026-04-08）");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("共 4 项，其中已超期 1 项、即将到期 1 项。");
      var overdue = sheet.getRow(4);
      assertThat(overdue.getCell(1).getStringCellValue()).isEqualTo("协助复函");
      assertThat(overdue.getCell(5).getStringCellValue()).isEqualTo("2026-04-03");
      assertThat(overdue.getCell(6).getStringCellValue()).isEqualTo("已超期");
      assertThat(overdue.getCell(7).getStringCellValue()).isEqualTo("3个工作日");
      assertThat(overdue.getCell(1).getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.ROSE.getIndex());
      var soon = sheet.getRow(5);
      assertThat(soon.getCell(6).getStringCellValue()).isEqualTo("即将到期");
      assertThat(soon.getCell(1).getCellStyle().getFillForegroundColor())
          .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
      var provisional = sheet.getRow(6);
      assertThat(provisional.getCell(4).getStringCellValue()).isEqualTo("2026-12-29 10:00");
      assertThat(provisional.getCell(8).getStringCellValue()).contains("暂按周一至周五计算");
      // A side only the other unit reported: to report, with no rule's start or deadline.
      var unreported = sheet.getRow(7);
      assertThat(unreported.getCell(1).getStringCellValue()).isEqualTo("补报案件移送（移出）");
      assertThat(unreported.getCell(4).getStringCellValue()).isEmpty();
      assertThat(unreported.getCell(5).getStringCellValue()).isEqualTo("无时限要求");
      assertThat(unreported.getCell(6).getStringCellValue()).isEqualTo("办理中");
    }
  }
}

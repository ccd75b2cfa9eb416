package org.lianxi.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.assessment.AssessmentReport;

class AssessmentWorkbookTest {

  @TempDir Path dir;

  /**
   * A province: far more rows than the streaming sheet keeps in memory (200), so the header row has
   * been flushed long before the last unit is written; its notes are still there.
   */
  @Test
  void aProvincesAssessmentKeepsItsHeadersNotesAndEveryRow() throws Exception {
    int units = 2_000;
    List<Assessment.Score> scores = new ArrayList<>();
    List<Assessment.Total> totals = new ArrayList<>();
    for (int u = 1; u <= units; u++) {
      String code = "T%04d".formatted(u);
      scores.add(new Assessment.Score(code, "乡镇" + u, "乡镇", "按时移送率", 9, 10, 0.9, 20, 18.0));
      scores.add(new Assessment.Score(code, "乡镇" + u, "乡镇", "按时回复率", 1, 2, 0.5, 20, 10.0));
      totals.add(new Assessment.Total(code, "乡镇" + u, "乡镇", 28.0, u));
    }
    Assessment assessment =
        new Assessment(
            "2026",
            "2026-12-31",
            Map.of("按时移送率", 20, "按时回复率", 20),
            scores,
            totals,
            Map.of("按时移送率", List.of("referral.send"), "按时回复率", List.of("assistance.answer")));
    Path xlsx = dir.resolve("考核.xlsx");

    AssessmentWorkbook.write(assessment, xlsx);

    try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
      var details = workbook.getSheet("考核明细");
      var summary = workbook.getSheet("考核汇总");
      assertThat(details.getLastRowNum()).isEqualTo(2 * units);
      assertThat(summary.getLastRowNum()).isEqualTo(units);
      assertThat(details.getRow(0).getCell(8).getCellComment().getString().getString())
          .isEqualTo(AssessmentReport.ROUNDING);
      assertThat(summary.getRow(0).getCell(3).getCellComment().getString().getString())
          .isEqualTo(AssessmentReport.ROUNDING);
      assertThat(summary.getRow(units).getCell(0).getStringCellValue()).isEqualTo("T2000");
    }
  }
}

package org.lianxi.reports.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.ledger.testing.TestDatabase;
import org.lianxi.reports.Reports;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.assessment.AssessmentReport;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year frozen before v2 (eight indicators, points rounded per indicator and added up, so one
 * township shows 100.01) prints after v2 exactly as it did: its figures are the frozen ones, not
 * the new indicator list's. The fixture is the JSON the v1 code froze and what v1 printed of it.
 */
class FrozenAssessmentTest {

  private static final String FIXTURES = "/org/lianxi/reports/freeze/";

  private final DataSource dataSource = TestDatabase.fresh();

  @TempDir Path dir;

  private static String fixture(String name) throws IOException {
    try (InputStream in = FrozenAssessmentTest.class.getResourceAsStream(FIXTURES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each section's heading and text, then its table's rows, as the v1 fixture lists them. */
  private static List<String> lines(PrintedReport printed) {
    List<String> lines = new ArrayList<>();
    for (Section s : printed.sections()) {
      lines.add(s.heading() + "|" + s.text());
      if (s.table() != null) {
        s.table().rows().forEach(row -> lines.add(String.join("|", row)));
      }
    }
    return lines;
  }

  @Test
  void aYearFrozenBeforeV2PrintsTheFiguresItWasFrozenWith() throws Exception {
    JsonNode v1 = JsonMapper.builder().build().readTree(fixture("assessment-2025-v1.json"));
    new FrozenPeriods(dataSource)
        .freeze("2025", LocalDate.of(2025, 12, 31), v1, true, "30 days after the end");
    CountyConfig county = CountyConfigLoader.example(); // v2: nine indicators, weights of 110
    assertThat(county.weights()).containsKey("其他协作事项及时率");
    Reports reports = new Reports(county, dataSource);

    Reports.Outcome<Assessment> outcome =
        reports.assessment(ReportPeriod.year(2025), Optional.empty(), LocalDate.of(2026, 2, 2));

    assertThat(outcome.frozenAt()).isPresent();
    Assessment frozen = outcome.figures();
    assertThat(frozen.beforeV2()).isTrue();
    assertThat(frozen.weights()).hasSize(8).doesNotContainKey("其他协作事项及时率");
    PrintedReport printed =
        AssessmentReport.printed(frozen, "古县", "古县司法局（联席会议办公室）", LocalDate.of(2026, 2, 2));
    assertThat(lines(printed))
        .containsExactlyElementsOf(fixture("assessment-2025-v1-printed.txt").lines().toList());

    List<Path> files =
        reports.writeAssessment(
            outcome,
            EnumSet.of(Reports.Format.PDF, Reports.Format.XLSX),
            dir,
            LocalDate.of(2026, 2, 2));
    try (PDDocument pdf = Loader.loadPDF(files.get(0).toFile())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("100.01", "44.44", "本期数据已于")
          .doesNotContain("其他协作事项及时率", AssessmentReport.ROUNDING);
    }
    try (Workbook workbook = WorkbookFactory.create(files.get(1).toFile())) {
      DataFormatter format = new DataFormatter();
      var totals = workbook.getSheet("考核汇总");
      assertThat(format.formatCellValue(totals.getRow(1).getCell(3))).isEqualTo("100.01");
      assertThat(format.formatCellValue(totals.getRow(2).getCell(3))).isEqualTo("44.44");
      assertThat(workbook.getSheet("考核明细").getLastRowNum()).isEqualTo(16);
      assertThat(workbook.getSheet("说明")).isNull(); // no v2 rounding rule beside v1 figures
    }
  }
}

package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.assessment.Assessment.Score;
import org.lianxi.reports.assessment.Assessment.Total;
import org.lianxi.reports.assessment.AssessmentReport;

/**
 * The assessment as a workbook any tool can pivot (../shared/reports.md section 2): {@code 考核明细},
 * one row per unit and indicator, and {@code 考核汇总}, each unit's total and rank. Figures are
 * numbers; 比率 is empty where the indicator is 不适用. Points and totals are stored unrounded (so a
 * pivot of 得分 adds up to 总分) and shown to two decimals, with the rounding rule beside them (a
 * comment on the 得分 and 总分 headers) and in a sheet {@code 说明}, with what each indicator counts.
 */
public final class AssessmentWorkbook {

  private AssessmentWorkbook() {}

  public static void write(Assessment assessment, Path target) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      CellStyle twoDecimals = workbook.createCellStyle();
      twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      Sheet details = workbook.createSheet("考核明细");
      WorkbookFiles.row(
          details, 0, bold, "单位编码", "单位名称", "单位类型", "指标", "分子", "分母", "比率", "权重", "得分");
      // the header's note now: a streaming sheet flushes its first rows once the window is full,
      // and a province's 2,000 units fill it many times over
      if (!assessment.beforeV2()) {
        note(details, 8);
      }
      int r = 1;
      for (Score s : assessment.scores()) {
        Row row =
            WorkbookFiles.row(
                details,
                r++,
                null,
                s.unitCode(),
                s.unitName(),
                s.unitType(),
                s.indicator(),
                s.numerator(),
                s.denominator(),
                s.rate(),
                s.weight(),
                s.points());
        row.getCell(8).setCellStyle(twoDecimals);
      }
      Sheet totals = workbook.createSheet("考核汇总");
      WorkbookFiles.row(totals, 0, bold, "单位编码", "单位名称", "单位类型", "总分", "排名");
      if (!assessment.beforeV2()) {
        note(totals, 3);
      }
      r = 1;
      for (Total t : assessment.totals()) {
        WorkbookFiles.row(
                totals, r++, null, t.unitCode(), t.unitName(), t.unitType(), t.total(), t.rank())
            .getCell(3)
            .setCellStyle(twoDecimals);
      }
      if (!assessment.beforeV2()) {
        Sheet notes = workbook.createSheet("说明");
        WorkbookFiles.row(notes, 0, bold, "说明");
        WorkbookFiles.row(notes, 1, null, AssessmentReport.ROUNDING);
        r = 2;
        for (var e : assessment.indicators().entrySet()) {
          WorkbookFiles.row(notes, r++, null, e.getKey() + "：" + String.join("、", e.getValue()));
        }
        notes.setColumnWidth(0, 120 * 256);
      }
      for (Sheet sheet : new Sheet[] {details, totals}) {
        for (int c = 0; c < 9; c++) {
          sheet.setColumnWidth(c, (c == 1 ? 28 : 12) * 256);
        }
      }
      WorkbookFiles.save(workbook, target);
    }
  }

  /** The rounding rule beside a column of points: a comment on its header (the table unchanged). */
  private static void note(Sheet sheet, int column) {
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
    anchor.setCol1(column);
    anchor.setCol2(column + 4);
    anchor.setRow1(0);
    anchor.setRow2(4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(
        sheet.getWorkbook().getCreationHelper().createRichTextString(AssessmentReport.ROUNDING));
    sheet.getRow(0).getCell(column).setCellComment(comment);
  }
}

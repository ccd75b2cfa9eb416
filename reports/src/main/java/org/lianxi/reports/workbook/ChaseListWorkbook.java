package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lianxi.ledger.exchange.Duty;

/**
 * A unit's chase list (催办单, ../shared/reports.md section 4): only its own duties, each with its
 * deadline, overdue ones in red and those due within one working day in yellow.
 */
public final class ChaseListWorkbook {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ChaseListWorkbook() {}

  public static void write(String unitName, LocalDate asOf, List<Duty> duties, Path target)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      CellStyle red = fill(workbook, IndexedColors.ROSE);
      CellStyle yellow = fill(workbook, IndexedColors.LIGHT_YELLOW);
      Sheet sheet = workbook.createSheet("催办单");
      WorkbookFiles.row(sheet, 0, bold, unitName + " 催办单（截至 " + DAY.format(asOf) + "）");
      WorkbookFiles.row(
          sheet,
          1,
          null,
          "共 "
              + duties.size()
              + " 项，其中已超期 "
              + duties.stream().filter(Duty::overdue).count()
              + " 项、即将到期 "
              + duties.stream().filter(Duty::dueSoon).count()
              + " 项。");
      WorkbookFiles.row(
          sheet, 3, bold, "序号", "应办事项", "文号/编号", "对方单位", "起算时间", "办理期限", "状态", "超期", "备注");
      int r = 4;
      for (Duty d : duties) {
        Row row =
            WorkbookFiles.row(
                sheet,
                r,
                d.overdue() ? red : d.dueSoon() ? yellow : null,
                r - 3,
                d.what(),
                d.number(),
                d.counterparty() == null ? "" : d.counterparty(),
                d.start() == null ? "" : when(d.start()), // a side to report: no rule started
                d.due() == null ? "无时限要求" : when(d.due()),
                d.overdue() ? "已超期" : d.dueSoon() ? "即将到期" : "办理中",
                d.lateBy(),
                d.provisional() ? "期限跨入尚无节假日安排的年份，暂按周一至周五计算" : "");
        row.setHeight((short) -1);
        r++;
      }
      if (duties.isEmpty()) {
        WorkbookFiles.row(sheet, r, null, "", "暂无待办事项");
      }
      int[] widths = {6, 22, 26, 26, 18, 18, 10, 12, 40};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      WorkbookFiles.save(workbook, target);
    }
  }

  private static String when(LocalDateTime moment) {
    return moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            || moment.toLocalTime().getSecond() == 59
        ? DAY.format(moment)
        : MINUTE.format(moment);
  }

  private static CellStyle fill(XSSFWorkbook workbook, IndexedColors color) {
    CellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(color.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }
}

package org.lianxi.reports.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.RecordType;

/**
 * The blank exchange workbook units fill in, generated from the same column definitions the reader
 * uses: a sheet of instructions, then one sheet per record type with its header row (required
 * columns starred), every column formatted as text, and drop-down lists where the standard allows
 * only certain values. Saved as it is, it is a valid zero report (零报告).
 */
public final class TemplateWorkbook {

  /** Rows that get drop-down lists. */
  private static final int ROWS = 2000;

  private TemplateWorkbook() {}

  public static void write(Path target) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = WorkbookFiles.bold(workbook);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      instructions(workbook.createSheet("填表说明"), bold);
      for (RecordType type : RecordType.values()) {
        Sheet sheet = workbook.createSheet(type.sheet());
        List<Column> columns = type.columns();
        Object[] headers =
            columns.stream().map(c -> (c.required() ? "*" : "") + c.header()).toArray();
        WorkbookFiles.row(sheet, 0, bold, headers);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
          sheet.setDefaultColumnStyle(c, text);
          sheet.setColumnWidth(c, Math.max(12, columns.get(c).header().length() * 3 + 4) * 256);
          if (columns.get(c).kind() == CellKind.CHOICE) {
            DataValidation list =
                validations.createValidation(
                    validations.createExplicitListConstraint(
                        columns.get(c).choices().keySet().toArray(String[]::new)),
                    new CellRangeAddressList(1, ROWS, c, c));
            list.setShowErrorBox(true);
            sheet.addValidationData(list);
          }
        }
        sheet.createFreezePane(0, 1);
      }
      WorkbookFiles.save(workbook, target);
    }
  }

  private static void instructions(Sheet sheet, CellStyle bold) {
    String[] lines = {
      "信息共享报送表 填表说明（信息共享报送标准 v1）",
      "",
      "1. 每类信息填写在对应名称的工作表中；工作表名称不得修改，本说明页及其他工作表不会被读取。",
      "2. 第一行为表头，带“*”的列为必填列；列的顺序可以调整，可增加备注列（不读取）。",
      "3. 日期可写作 2026-03-05、2026/3/5、2026.3.5、2026年3月5日 或 20260305；时间写作 2026-03-05 14:30。年份须为四位。",
      "4. 日期不得晚于报送当天；“是/否”列可填 是、否（或 Y/N、1/0）。",
      "5. 文号须含方括号年份，如 古市监移〔2026〕12号；〔〕、[]、（）、【】均可，“第”和序号前的 0 可有可无。",
      "6. 单位可填全称、登记的简称或单位编码。多个单位用顿号、逗号或分号分隔；共享对象可填“全体”。",
      "7. 统一社会信用代码或身份证号须为18位且校验位正确。投诉人、联系电话等个人信息仅用于办理，不会完整显示在任何报表中。",
      "8. 只能报送本单位的信息：移出的案件由移送单位报送，移入的案件由接收单位报送，依此类推。",
      "9. 本期没有需要报送的事项时，不填任何数据行直接报送本表，即为“零报告”。",
      "10. 同一记录（如同一移送文号）再次报送即为更正，以最新报送为准，历次版本均留存。",
      "11. 每份报送都会收到回执：列明接收结果、各工作表导入行数，以及未通过校验的行、列和原因。"
    };
    for (int i = 0; i < lines.length; i++) {
      WorkbookFiles.row(sheet, i, i == 0 ? bold : null, lines[i]);
    }
    sheet.setColumnWidth(0, 120 * 256);
  }
}

package org.lianxi.reports.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.Reconciler;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.TestCounties;
import org.lianxi.reports.accountability.AccountabilityList.Line;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.ReportPrinter;
import org.lianxi.reports.workbook.TableWorkbook;

/**
 * The accountability list of a guxian county worked out by hand on the 2026 calendar (清明 4–6 April;
 * 劳动节 1–5 May with Saturday 9 May worked; 中秋 25–27 September; 国庆 1–7 October with Sunday 20
 * September and Saturday 10 October worked; 26 April is an ordinary Sunday), with the default
 * thresholds: referral.send and urgent.arrival at any lateness, every other rule beyond 5 working
 * days, a unit late 3 times on one rule.
 */
class AccountabilityListTest {

  private static final CountyConfig COUNTY = TestCounties.county("guxian", "");
  private static final WorkingCalendar CALENDAR = WorkingCalendar.of(CalendarFiles.bundled());

  /** A name a file arrived under, from outside: in the workbook it stays text, never a formula. */
  private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"案件移送\").xlsx";

  private static final Map<Long, String> FILES =
      Map.of(
          1L, "T01_信息共享报送_20260412.xlsx",
          2L, "D01_信息共享报送_20260412.xlsx",
          3L, "D01_信息共享报送_20260510.xlsx",
          4L, "D02_信息共享报送_20260510.xlsx",
          5L, "T02_信息共享报送_20260524.xlsx",
          6L, FORMULA,
          7L, "D02_信息共享报送_20261018.xlsx");

  private final List<CurrentReport> reports = new ArrayList<>();

  @TempDir Path dir;

  private void report(
      RecordType type, String key, String unit, long file, int row, Object... columnsAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      Object v = columnsAndValues[i + 1];
      if (v == null) {
        continue;
      }
      if (v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\d")) {
        v = LocalDate.parse(s);
      } else if (v instanceof String s && s.matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
        v = LocalDateTime.parse(s);
      }
      values.put(((Column) columnsAndValues[i]).field(), v);
    }
    reports.add(
        new CurrentReport(
            reports.size() + 1,
            type,
            key,
            unit,
            values,
            LocalDateTime.of(2026, 1, 1, 0, 0),
            new CurrentReport.Source(file, type.sheet(), row)));
  }

  private void referral(
      String no, String sender, String receiver, String found, String sent, long file, int row) {
    report(
        RecordType.REFERRAL,
        no,
        sender,
        file,
        row,
        Fields.Referral.DOC_NO,
        no,
        Fields.Referral.DIRECTION,
        "OUT",
        Fields.Referral.SENDER_UNIT,
        sender,
        Fields.Referral.RECEIVER_UNIT,
        receiver,
        Fields.Referral.PARTY,
        "某某商贸有限公司",
        Fields.Referral.VIOLATION,
        "未取得营业执照从事经营活动",
        Fields.Referral.FOUND_ON,
        found,
        Fields.Referral.SENT_AT,
        sent);
  }

  private void assistance(String no, String helper, String sent, String answered, long file) {
    for (String side : List.of("OUT", "IN")) {
      report(
          RecordType.ASSISTANCE,
          no,
          side.equals("OUT") ? "T01" : helper,
          side.equals("OUT") ? 1 : file,
          side.equals("OUT") ? 5 : 3,
          Fields.Assistance.LETTER_NO,
          no,
          Fields.Assistance.DIRECTION,
          side,
          Fields.Assistance.REQUESTER_UNIT,
          "T01",
          Fields.Assistance.HELPER_UNIT,
          helper,
          Fields.Assistance.KIND,
          "PERMITS",
          Fields.Assistance.SENT_ON,
          sent,
          Fields.Assistance.ANSWERED_ON,
          side.equals("OUT") ? null : answered);
    }
  }

  private void complaint(String reg, String accepted, String transferred, int row) {
    report(
        RecordType.COMPLAINT,
        "T02|" + reg,
        "T02",
        5,
        row,
        Fields.Complaint.REG_NO,
        reg,
        Fields.Complaint.FIRST_UNIT,
        "T02",
        Fields.Complaint.ACCEPTED_ON,
        accepted,
        Fields.Complaint.COMPLAINANT,
        "张小明",
        Fields.Complaint.PHONE,
        "13812345678",
        Fields.Complaint.SUMMARY,
        "油烟扰民",
        Fields.Complaint.HANDLING_UNIT,
        "D01",
        Fields.Complaint.TRANSFERRED_ON,
        transferred);
  }

  private AccountabilityList list(String period, String asOf) {
    LocalDate day = LocalDate.parse(asOf);
    Page page =
        new Page(
            reports,
            new Reconciler(COUNTY.profile(), new Deadlines(CALENDAR))
                .reconcile(reports, Deadlines.endOf(day)));
    AccountabilityBuilder builder =
        new AccountabilityBuilder(COUNTY, ReportPeriod.parse(period), day, CALENDAR);
    builder.add(page);
    return builder.build(ids -> FILES);
  }

  /** The records of the first half year, each deadline counted by hand. */
  private void firstHalf() {
    // T01 found Thu 2 Apr; 3 working days: Fri 3, Tue 7 (4-6 Qingming), Wed 8 Apr. Sent Thu 9 Apr:
    // 1 working day late, named (referral.send at any lateness). D01 reports receiving it that day.
    referral("岳阳移〔2026〕3号", "T01", "D01", "2026-04-02", "2026-04-09T10:00", 1, 4);
    report(
        RecordType.REFERRAL,
        "岳阳移〔2026〕3号",
        "D01",
        2,
        7,
        Fields.Referral.DOC_NO,
        "岳阳移〔2026〕3号",
        Fields.Referral.DIRECTION,
        "IN",
        Fields.Referral.SENDER_UNIT,
        "T01",
        Fields.Referral.RECEIVER_UNIT,
        "D01",
        Fields.Referral.RECEIVED_ON,
        "2026-04-09");
    // Requests of Wed 22 Apr: 5 working days, 23, 24, 27 (26 Apr an ordinary Sunday), 28, 29 Apr.
    // D01 answers Sat 9 May, a working day: 30 Apr, 6, 7, 8 (1-5 May off), 9 May = 5 late, just
    // at the threshold, not named. D02 answers Mon 11 May: 6 working days late, named.
    assistance("岳阳协〔2026〕8号", "D01", "2026-04-22", "2026-05-09", 3);
    assistance("岳阳协〔2026〕9号", "D02", "2026-04-22", "2026-05-11", 4);
    // T02 transfers complaints accepted Mon 11 May (3 working days: 12, 13, 14 May): two on Fri 15
    // May, 1 working day late, and one on Fri 22 May, 6 late (15, 18, 19, 20, 21, 22): named, and
    // T02 is late 3 times on complaint.transfer.
    complaint("12345-0511-1", "2026-05-11", "2026-05-15", 3);
    complaint("12345-0511-2", "2026-05-11", "2026-05-15", 4);
    complaint("12345-0511-3", "2026-05-11", "2026-05-22", 5);
    // D02 sends T01 a referral on Mon 1 Jun that T01 never reports: receipt due in 5 working days,
    // Mon 8 Jun; as of Tue 30 Jun overdue 9-12, 15-18 (19 Jun 端午), 22-26, 29-30 = 15 working days.
    // The facts are the sender's row: the owing side has none.
    referral("古环移〔2026〕21号", "D02", "T01", "2026-06-01", "2026-06-01T09:00", 6, 9);
  }

  @Test
  void theFirstHalfYearNamesWhatIsLateBeyondTheThresholdsAndTheUnitLateThreeTimes() {
    firstHalf();
    AccountabilityList list = list("2026H1", "2026-06-30");

    assertThat(list.lines())
        .extracting(
            Line::unit,
            Line::number,
            Line::rule,
            Line::citation,
            Line::deadline,
            Line::status,
            Line::late,
            Line::file,
            Line::fileSheet,
            Line::row)
        .containsExactly(
            tuple(
                "古县岳阳镇人民政府",
                "岳阳移〔2026〕3号",
                "移送案件（3个工作日；紧急：24小时）",
                "《古县乡镇综合行政执法协调联动机制》三(一)2",
                "2026-04-08",
                "超时办结",
                "1个工作日",
                "T01_信息共享报送_20260412.xlsx",
                "案件移送",
                4),
            tuple(
                "古县岳阳镇人民政府",
                "古环移〔2026〕21号",
                "报送移入情况（回执）（5个工作日）",
                "文件未定时限，本县自定",
                "2026-06-08",
                "逾期未办",
                "15个工作日",
                FORMULA,
                "案件移送",
                9),
            tuple(
                "古县旧县镇人民政府",
                "12345-0511-3",
                "转办投诉举报（3个工作日）",
                "文件未定时限，本县自定",
                "2026-05-14",
                "超时办结",
                "6个工作日",
                "T02_信息共享报送_20260524.xlsx",
                "投诉举报",
                5),
            tuple(
                "古县自然资源局",
                "岳阳协〔2026〕9号",
                "协助复函（5个工作日）",
                "《古县乡镇综合行政执法协调联动机制》三(五)1",
                "2026-04-29",
                "超时办结",
                "6个工作日",
                "D02_信息共享报送_20260510.xlsx",
                "执法协助",
                3));
    // personal data of the complaint's line masked, like everywhere
    assertThat(list.lines().get(2).matter()).isEqualTo("投诉人：张*明；联系电话：138****5678；事项摘要：油烟扰民");
    assertThat(list.repeats())
        .extracting(
            AccountabilityList.Repeat::unit,
            AccountabilityList.Repeat::rule,
            AccountabilityList.Repeat::times,
            AccountabilityList.Repeat::overdue,
            AccountabilityList.Repeat::named,
            AccountabilityList.Repeat::numbers)
        .containsExactly(
            tuple(
                "古县旧县镇人民政府",
                "转办投诉举报（3个工作日）",
                3,
                0,
                1,
                List.of("12345-0511-1", "12345-0511-2", "12345-0511-3")));
  }

  @Test
  void theSecondHalfYearCountsItsOwnDutiesAcrossMidAutumnAndNationalDay() {
    firstHalf();
    // A request of Fri 18 Sep: 5 working days, Sun 20 Sep (worked), 21, 22, 23, 24 Sep. Answered
    // Mon 12 Oct: 28, 29, 30 Sep (25-27 off), 8, 9 Oct (1-7 off), Sat 10 Oct (worked), 12 Oct = 7.
    assistance("岳阳协〔2026〕30号", "D02", "2026-09-18", "2026-10-12", 7);
    AccountabilityList list = list("2026H2", "2026-12-31");
    assertThat(list.lines())
        .extracting(Line::number, Line::deadline, Line::late, Line::file)
        .containsExactly(tuple("岳阳协〔2026〕30号", "2026-09-24", "7个工作日", "D02_信息共享报送_20261018.xlsx"));
    assertThat(list.repeats()).isEmpty();
  }

  @Test
  void thePdfAndTheWorkbookCarryEveryLineMasked() throws Exception {
    firstHalf();
    AccountabilityList list = list("2026H1", "2026-06-30");
    Path pdf = dir.resolve("问责线索清单_2026H1.pdf");
    new ReportPrinter()
        .pdf(AccountabilityReport.printed(list, COUNTY, LocalDate.of(2026, 7, 3)), pdf);
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    assertThat(text)
        .contains("问责线索清单", "古县2026年上半年", "古县司法局（联席会议办公室）", "2026年7月3日印发")
        .contains("不对任何单位或个人作出认定")
        .contains("古环移〔2026〕21号", "逾期未办15个工作日", FORMULA.replaceAll("\\s+", ""))
        .contains("依据：《古县乡镇综合行政执法协调联动机制》三(一)2")
        .contains("投诉人：张*明")
        .contains("三、多次超时的单位", "12345-0511-1、12345-0511-2、12345-0511-3")
        .doesNotContain("张小明", "13812345678", "岳阳协〔2026〕8号");

    Path xlsx = dir.resolve("问责线索清单_2026H1.xlsx");
    TableWorkbook.write(AccountabilityReport.tables(list, COUNTY), xlsx);
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      Sheet lines = workbook.getSheet("超时和逾期事项");
      DataFormatter cells = new DataFormatter();
      assertThat(lines.getLastRowNum()).isEqualTo(4);
      List<String> header = new ArrayList<>();
      lines.getRow(0).forEach(c -> header.add(cells.formatCellValue(c)));
      assertThat(header)
          .containsExactly(
              "责任单位", "事项类型", "文号（编号）", "事由", "规则（时限）", "依据", "期限", "状态", "超出时限", "来源文件", "工作表",
              "行号");
      List<String> complaint = new ArrayList<>();
      lines.getRow(3).forEach(c -> complaint.add(cells.formatCellValue(c)));
      Line l = list.lines().get(2);
      assertThat(complaint)
          .containsExactly(
              l.unit(),
              l.sheet(),
              l.number(),
              "投诉人：张*明；联系电话：138****5678；事项摘要：油烟扰民",
              l.rule(),
              l.citation(),
              l.deadline(),
              l.status(),
              l.late(),
              l.file(),
              l.fileSheet(),
              "5");
      var typed = lines.getRow(2).getCell(9);
      assertThat(typed.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(typed.getStringCellValue()).isEqualTo(FORMULA);
      assertThat(workbook.getSheet("多次超时的单位").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("3");
    }
  }
}

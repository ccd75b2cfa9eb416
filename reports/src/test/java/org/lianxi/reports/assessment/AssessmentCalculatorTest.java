package org.lianxi.reports.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.Reconciliation;
import org.lianxi.ledger.reconcile.SubmissionPeriod;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.TestCounties;
import org.lianxi.reports.assessment.Assessment.Score;
import org.lianxi.reports.assessment.Assessment.Total;
import org.lianxi.reports.period.ReportPeriod;

/**
 * A small county worked out by hand (default weights): every figure of the assessment asserted one
 * by one, 不适用 redistribution and the two rankings included.
 */
class AssessmentCalculatorTest {

  private static final CountyConfig COUNTY = TestCounties.county("guxian", "");

  private final List<JudgedRule> judgements = new ArrayList<>();
  private final List<CurrentReport> reports = new ArrayList<>();
  private final List<SubmissionPeriod> periods = new ArrayList<>();

  private void judged(String unit, Rule rule, String start, Status status, Limit limit) {
    judgements.add(
        new JudgedRule(
            RecordType.REFERRAL,
            unit + "|" + judgements.size(),
            rule,
            unit,
            LocalDate.parse(start).atTime(9, 0),
            Optional.empty(),
            new Judgement(
                status,
                limit,
                Optional.empty(),
                0,
                Judgement.LateUnit.WORKING_DAYS,
                false,
                false)));
  }

  private void judged(String unit, Rule rule, String start, Status status) {
    judged(unit, rule, start, status, new Limit.WorkingDays(3));
  }

  private void weeks(String unit, int submitted, int missed, int rows, int rejected) {
    LocalDate start = LocalDate.of(2026, 3, 2);
    for (int i = 0; i < submitted + missed; i++) {
      boolean files = i < submitted;
      periods.add(
          new SubmissionPeriod(
              unit,
              start.plusWeeks(i),
              start.plusWeeks(i).plusDays(6),
              files ? 1 : 0,
              0,
              i == 0 ? rows : 0,
              i == 0 ? rejected : 0));
    }
  }

  private void complaint(String handler, boolean answered) {
    Map<String, Object> values = new HashMap<>();
    values.put("handling_unit", handler);
    values.put("accepted_on", LocalDate.of(2026, 5, 6));
    values.put("closed_on", LocalDate.of(2026, 5, 20));
    if (answered) {
      values.put("answered_on", LocalDate.of(2026, 5, 21));
    }
    reports.add(
        new CurrentReport(
            reports.size() + 1,
            RecordType.COMPLAINT,
            handler + "|TS" + reports.size(),
            handler,
            values,
            LocalDateTime.of(2026, 5, 22, 10, 0),
            CurrentReport.Source.UNKNOWN));
  }

  private Assessment assess() {
    return assess(COUNTY);
  }

  private Assessment assess(CountyConfig county) {
    AssessmentCalculator calculator =
        new AssessmentCalculator(
            county, ReportPeriod.year(2026), LocalDate.of(2026, 12, 31), periods);
    calculator.add(new Page(reports, new Reconciliation(List.of(), List.of(), judgements)));
    return calculator.compute();
  }

  private static Score score(Assessment a, String unit, String indicator) {
    return a.scores().stream()
        .filter(s -> s.unitCode().equals(unit) && s.indicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  /** Points as the PDF prints them: rounded once, to two decimals. */
  private static String printed(double points) {
    return AssessmentReport.points(points);
  }

  private static Total total(Assessment a, String unit) {
    return a.totals().stream().filter(t -> t.unitCode().equals(unit)).findFirst().orElseThrow();
  }

  @Test
  void everyFigureOfAHandWorkedCounty() {
    // T01: 3 of 4 referrals sent on time (one open, not yet due, and one of 2025 do not count),
    // both notices shared on time, 3 of 4 weeks submitted, 95 of 100 rows accepted.
    judged("T01", Rule.REFERRAL_SEND, "2026-02-03", Status.ON_TIME);
    judged("T01", Rule.REFERRAL_SEND, "2026-03-03", Status.ON_TIME);
    judged("T01", Rule.REFERRAL_SEND, "2026-04-03", Status.ON_TIME);
    judged("T01", Rule.REFERRAL_SEND, "2026-05-06", Status.LATE);
    judged("T01", Rule.REFERRAL_SEND, "2026-12-30", Status.OPEN);
    judged("T01", Rule.REFERRAL_SEND, "2025-12-15", Status.LATE);
    judged("T01", Rule.SHARING_LAG, "2026-06-01", Status.ON_TIME);
    judged("T01", Rule.SHARING_LAG, "2026-06-02", Status.ON_TIME);
    weeks("T01", 3, 1, 100, 5);
    // T02: only submissions, all of them, every row accepted.
    weeks("T02", 4, 0, 50, 0);
    // D01: one receipt on time and one overdue; an assistance answer on time; two complaints it
    // closed, one answered; every week; a notice rule with no figure is tracked, never scored.
    judged("D01", Rule.REFERRAL_RECEIPT, "2026-03-10", Status.ON_TIME);
    judged("D01", Rule.REFERRAL_RECEIPT, "2026-11-10", Status.OVERDUE);
    judged("D01", Rule.ASSISTANCE_ANSWER, "2026-04-10", Status.ON_TIME);
    judged("D01", Rule.REFERRAL_NOTIFY, "2026-03-11", Status.DONE, new Limit.None());
    complaint("D01", true);
    complaint("D01", false);
    weeks("D01", 4, 0, 10, 0);
    // D02: nothing to count at all.

    Assessment a = assess();

    assertThat(score(a, "T01", "按时移送率"))
        .extracting(Score::numerator, Score::denominator, Score::rate, Score::weight, Score::points)
        .containsExactly(3, 4, 0.75, 20, 25.00);
    assertThat(score(a, "T01", "信息共享及时率"))
        .extracting(Score::numerator, Score::denominator, Score::rate, Score::points)
        .containsExactly(2, 2, 1.0, 25.00);
    assertThat(score(a, "T01", "报送完整率"))
        .extracting(Score::numerator, Score::denominator, Score::points)
        .containsExactly(3, 4, 18.75);
    assertThat(score(a, "T01", "数据合格率"))
        .extracting(Score::numerator, Score::denominator, Score::rate, s -> printed(s.points()))
        .containsExactly(95, 100, 0.95, "15.83");
    for (String na : List.of("回执及时率", "受理告知及时率", "协助复函及时率", "投诉举报反馈率")) {
      assertThat(score(a, "T01", na))
          .extracting(Score::denominator, Score::rate, Score::points)
          .as(na)
          .containsExactly(0, null, 0.0);
    }
    assertThat(printed(total(a, "T01").total())).isEqualTo("84.58");

    assertThat(score(a, "T02", "报送完整率").points()).isEqualTo(60.00);
    assertThat(score(a, "T02", "数据合格率").points()).isEqualTo(40.00);
    assertThat(total(a, "T02").total()).isEqualTo(100.00);

    assertThat(score(a, "D01", "回执及时率"))
        .extracting(Score::numerator, Score::denominator, s -> printed(s.points()))
        .containsExactly(1, 2, "9.09");
    assertThat(printed(score(a, "D01", "协助复函及时率").points())).isEqualTo("27.27");
    assertThat(score(a, "D01", "投诉举报反馈率"))
        .extracting(Score::numerator, Score::denominator, s -> printed(s.points()))
        .containsExactly(1, 2, "4.55");
    assertThat(score(a, "D01", "受理告知及时率").rate()).isNull(); // no figure: not scored
    assertThat(printed(score(a, "D01", "报送完整率").points())).isEqualTo("27.27");
    assertThat(printed(score(a, "D01", "数据合格率").points())).isEqualTo("18.18");
    assertThat(printed(total(a, "D01").total())).isEqualTo("86.36");

    assertThat(total(a, "D02").total()).isZero();
    assertThat(a.totals())
        .extracting(Total::unitCode, Total::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("T02", 1),
            org.assertj.core.groups.Tuple.tuple("T01", 2),
            org.assertj.core.groups.Tuple.tuple("D01", 1),
            org.assertj.core.groups.Tuple.tuple("D02", 2));
    // v2: 其他协作事项及时率 is 不适用 for each of them (no other judged rule): nothing else moves
    assertThat(score(a, "T01", "其他协作事项及时率").rate()).isNull();
    assertThat(a.scores()).hasSize(4 * 9); // the office is not assessed
  }

  @Test
  void equalTotalsShareARank() {
    weeks("T01", 4, 0, 10, 0);
    weeks("T02", 4, 0, 10, 0);
    assertThat(assess().totals())
        .filteredOn(t -> t.unitType().startsWith("乡镇"))
        .extracting(Total::rank)
        .containsExactly(1, 1);
  }

  private static CountyConfig county(String profile, String assessment) {
    return TestCounties.county(profile, assessment);
  }

  /**
   * T01 (qingfeng): its referral sent on time; of the other cooperation duties it owes, two
   * complaints transferred on time and one late, one decision copied on time and one overdue; an
   * oral referral's paperwork (no figure in qingfeng) is tracked, never counted. D01 owes one late
   * copy of its own, which is not T01's.
   */
  private void otherCooperationDuties() {
    judged("T01", Rule.REFERRAL_SEND, "2026-03-02", Status.ON_TIME);
    judged("T01", Rule.COMPLAINT_TRANSFER, "2026-03-03", Status.ON_TIME);
    judged("T01", Rule.COMPLAINT_TRANSFER, "2026-04-03", Status.ON_TIME);
    judged("T01", Rule.COMPLAINT_TRANSFER, "2026-05-04", Status.LATE);
    judged("T01", Rule.DECISION_COPY, "2026-06-01", Status.ON_TIME, new Limit.WorkingDays(5));
    judged("T01", Rule.DECISION_COPY, "2026-11-02", Status.OVERDUE, new Limit.WorkingDays(5));
    judged("T01", Rule.REFERRAL_PAPERWORK, "2026-03-02", Status.DONE, new Limit.None());
    judged("D01", Rule.DECISION_COPY, "2026-06-01", Status.LATE, new Limit.WorkingDays(5));
  }

  @Test
  void otherCooperationSumsTheDifferentRulesTheUnitOwes() {
    otherCooperationDuties();
    Assessment a = assess(county("qingfeng", "weights: {按时移送率: 20, 其他协作事项及时率: 10, 报送完整率: 15}"));
    // applicable to T01: 20 + 10 (no submissions counted): 20/30 and 10/30 of 100 points
    assertThat(score(a, "T01", "其他协作事项及时率"))
        .extracting(Score::numerator, Score::denominator, Score::rate, s -> printed(s.points()))
        .containsExactly(3, 5, 0.6, "20.00");
    assertThat(printed(score(a, "T01", "按时移送率").points())).isEqualTo("66.67");
    assertThat(printed(total(a, "T01").total())).isEqualTo("86.67");
    assertThat(score(a, "D01", "其他协作事项及时率"))
        .extracting(Score::numerator, Score::denominator, Score::points)
        .containsExactly(0, 1, 0.0);
    assertThat(a.indicators().get("其他协作事项及时率"))
        .contains("转办投诉举报（2个工作日）", "抄告处罚决定（5个工作日）", "办结议定事项（按办理时限）")
        .doesNotContain("补齐书面移送手续（无时限）"); // qingfeng sets no figure: tracked only
    assertThat(a.indicators()).containsEntry("按时移送率", List.of("移送案件（2个工作日）"));
  }

  @Test
  void aCountyRegroupsARuleIntoAnIndicatorOfItsOwn() {
    otherCooperationDuties();
    Assessment a =
        assess(
            county(
                "qingfeng",
                """
                indicators: {抄告及时率: [decision.copy]}
                weights: {按时移送率: 20, 抄告及时率: 10, 其他协作事项及时率: 10}"""));
    // T01, applicable 40: 20/40 × 1/1, 10/40 × 1/2, 10/40 × 2/3 of 100 points
    assertThat(a.scores())
        .filteredOn(s -> s.unitCode().equals("T01"))
        .extracting(
            Score::indicator, Score::numerator, Score::denominator, s -> printed(s.points()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("按时移送率", 1, 1, "50.00"),
            org.assertj.core.groups.Tuple.tuple("抄告及时率", 1, 2, "12.50"),
            org.assertj.core.groups.Tuple.tuple("其他协作事项及时率", 2, 3, "16.67"));
    assertThat(printed(total(a, "T01").total())).isEqualTo("79.17");
    assertThat(a.indicators().get("抄告及时率")).containsExactly("抄告处罚决定（5个工作日）");
    assertThat(a.indicators().get("其他协作事项及时率")).doesNotContain("抄告处罚决定（5个工作日）");
  }

  @Test
  void roundedPartsThatAddUpTo100_01AreTotalledUnroundedTo100() throws Exception {
    // 15, 15 and 60 of 90: 16.666…, 16.666… and 66.666… points; rounded first, they made 100.01
    judged("T01", Rule.REFERRAL_SEND, "2026-03-02", Status.ON_TIME);
    judged("T01", Rule.REFERRAL_RECEIPT, "2026-03-02", Status.ON_TIME);
    judged("T01", Rule.SHARING_LAG, "2026-03-02", Status.ON_TIME);
    Assessment a = assess(county("guxian", "weights: {按时移送率: 15, 回执及时率: 15, 信息共享及时率: 60}"));
    assertThat(a.scores())
        .filteredOn(s -> s.unitCode().equals("T01"))
        .extracting(s -> printed(s.points()))
        .containsExactly("16.67", "16.67", "66.67");
    assertThat(total(a, "T01").total()).isLessThanOrEqualTo(100.0);
    assertThat(printed(total(a, "T01").total())).isEqualTo("100.00");
    assertPrintsTheRoundingRuleBesideTheFigures(a, "100.00");
  }

  @Test
  void aUnitOnTimeInEveryIndicatorOfTheV2DefaultWeightsScores100NotMore() throws Exception {
    // the defaults add up to 110: each weight is scaled by 100/110, e.g. 20 → 18.1818…
    for (Rule rule :
        List.of(
            Rule.REFERRAL_SEND,
            Rule.REFERRAL_RECEIPT,
            Rule.REFERRAL_NOTIFY,
            Rule.ASSISTANCE_ANSWER,
            Rule.SHARING_LAG,
            Rule.COMPLAINT_TRANSFER)) {
      judged("T01", rule, "2026-03-02", Status.ON_TIME);
    }
    weeks("T01", 4, 0, 10, 0);
    complaint("T01", true);
    Assessment a = assess(county("guxian", ""));
    assertThat(a.scores())
        .filteredOn(s -> s.unitCode().equals("T01"))
        .extracting(s -> printed(s.points()))
        .containsExactly(
            "18.18", "9.09", "9.09", "13.64", "13.64", "13.64", "4.55", "9.09", "9.09");
    assertThat(printed(total(a, "T01").total())).isEqualTo("100.00"); // the parts print 100.01
    assertPrintsTheRoundingRuleBesideTheFigures(a, "100.00");
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  /** The PDF's sections and the workbook say how the figures beside them are rounded. */
  private void assertPrintsTheRoundingRuleBesideTheFigures(Assessment a, String total)
      throws Exception {
    var printed = AssessmentReport.printed(a, "古县", "古县司法局（联席会议办公室）", LocalDate.of(2027, 1, 4));
    var ranking = printed.sections().get(1);
    assertThat(ranking.text()).contains(AssessmentReport.ROUNDING);
    assertThat(ranking.table().rows().get(0)).containsExactly("古县岳阳镇人民政府", "1", total, "0");
    assertThat(printed.sections().get(3).text()).contains(AssessmentReport.ROUNDING);
    java.nio.file.Path xlsx = dir.resolve("考核.xlsx");
    org.lianxi.reports.workbook.AssessmentWorkbook.write(a, xlsx);
    try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      var totals = workbook.getSheet("考核汇总");
      assertThat(format.formatCellValue(totals.getRow(1).getCell(3))).isEqualTo(total);
      assertThat(totals.getRow(1).getCell(3).getNumericCellValue()).isLessThanOrEqualTo(100.0);
      assertThat(totals.getRow(0).getCell(3).getCellComment().getString().getString())
          .isEqualTo(AssessmentReport.ROUNDING);
      assertThat(totals.getRow(0).getLastCellNum())
          .as("the table's columns only")
          .isEqualTo((short) 5);
      assertThat(
              workbook
                  .getSheet("考核明细")
                  .getRow(0)
                  .getCell(8)
                  .getCellComment()
                  .getString()
                  .getString())
          .isEqualTo(AssessmentReport.ROUNDING);
      assertThat(workbook.getSheet("说明").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(AssessmentReport.ROUNDING);
      double sum = 0;
      for (var row : workbook.getSheet("考核明细")) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("T01")) {
          sum += row.getCell(8).getNumericCellValue();
        }
      }
      assertThat(sum)
          .as("a pivot of 得分 gives 总分")
          .isCloseTo(
              totals.getRow(1).getCell(3).getNumericCellValue(),
              org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}

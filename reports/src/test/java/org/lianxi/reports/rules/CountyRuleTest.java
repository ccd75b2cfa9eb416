package org.lianxi.reports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.calendar.CalendarFiles;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.Reconciler;
import org.lianxi.ledger.reconcile.Reconciliation;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.TestCounties;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.assessment.AssessmentCalculator;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.briefing.BriefingBuilder;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.Section;

/**
 * rules.md's example of a county's own rule (complaints answered within 15 calendar days), from
 * county.yaml to the judgement, the briefing's 时效情况 and the assessment's own indicator.
 */
class CountyRuleTest {

  private static final CountyConfig COUNTY =
      TestCounties.county(
          "guxian",
          """
          complaint.answer: {record: 投诉举报, start: 受理日期, end: 答复日期, owed-by: 办理单位,
                             limit: 15d, label: 答复投诉人, indicator: 答复及时率}
          """,
          "weights: {按时移送率: 20, 答复及时率: 10}");

  private static final Rule ANSWER = new Rule("complaint.answer");

  private static CurrentReport complaint(
      long id, String handler, String accepted, String answered) {
    Map<String, Object> values = new HashMap<>();
    values.put("first_unit", handler);
    values.put("handling_unit", handler);
    values.put("reg_no", "12345-" + id);
    values.put("accepted_on", LocalDate.parse(accepted));
    values.put("answered_on", LocalDate.parse(answered));
    return new CurrentReport(
        id,
        RecordType.COMPLAINT,
        handler + "|12345-" + id,
        handler,
        values,
        LocalDate.parse(answered).atTime(18, 0),
        CurrentReport.Source.UNKNOWN);
  }

  @Test
  void aCountysOwnRuleIsJudgedPrintedInTheBriefingAndScoredInItsOwnIndicator() {
    // D01: accepted Wed 6 May, 15 days to Thu 21 May; answered Sat 16 May: on time.
    // D02: accepted Tue 28 Apr, 15 calendar days across Labour Day (every day counts) to Wed 13
    //      May; answered Fri 15 May: 2 days late.
    List<CurrentReport> reports =
        List.of(
            complaint(1, "D01", "2026-05-06", "2026-05-16"),
            complaint(2, "D02", "2026-04-28", "2026-05-15"));
    Reconciliation judged =
        new Reconciler(COUNTY.profile(), new Deadlines(WorkingCalendar.of(CalendarFiles.bundled())))
            .reconcile(reports, Deadlines.endOf(LocalDate.of(2026, 6, 30)));
    List<JudgedRule> answers =
        judged.judgements().stream().filter(j -> j.rule().equals(ANSWER)).toList();
    assertThat(answers)
        .extracting(
            JudgedRule::owingUnit,
            j -> j.judgement().due().orElseThrow(),
            j -> j.judgement().status(),
            j -> j.judgement().lateBy())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "D01", LocalDateTime.parse("2026-05-21T23:59:59"), Status.ON_TIME, 0),
            org.assertj.core.groups.Tuple.tuple(
                "D02", LocalDateTime.parse("2026-05-13T23:59:59"), Status.LATE, 2));

    Page page = new Page(reports, judged);
    BriefingBuilder briefing =
        new BriefingBuilder(
            COUNTY, ReportPeriod.parse("2026H1"), LocalDate.of(2026, 6, 30), List.of());
    briefing.add(page);
    Briefing b = briefing.build(LocalDate.of(2026, 7, 3));
    Section timeliness =
        b.printed().sections().stream()
            .filter(s -> s.heading().equals("二、时效情况"))
            .findFirst()
            .orElseThrow();
    assertThat(timeliness.table().rows())
        .contains(List.of("答复投诉人（15日）", "2", "1", "1", "0", "50.0%"));

    AssessmentCalculator calculator =
        new AssessmentCalculator(
            COUNTY, ReportPeriod.year(2026), LocalDate.of(2026, 12, 31), List.of());
    calculator.add(page);
    Assessment assessment = calculator.compute();
    assertThat(assessment.scores())
        .filteredOn(s -> s.indicator().equals("答复及时率"))
        .extracting(
            Assessment.Score::unitCode, Assessment.Score::numerator, Assessment.Score::denominator)
        .contains(
            org.assertj.core.groups.Tuple.tuple("D01", 1, 1),
            org.assertj.core.groups.Tuple.tuple("D02", 0, 1));
  }
}

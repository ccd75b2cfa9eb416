package org.lianxi.reports.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.Reconciliation;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.TestCounties;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.ReportPrinter;
import org.lianxi.reports.print.Section;

/**
 * 时效情况 of a guxian county worked out by hand: each rule named with the limit that decided it
 * (sharing judged at 5 working days, never 当日), the number shared on the day itself beside the
 * rate, and the rules guxian only tracks counted apart with no late figure.
 */
class BriefingBuilderTest {

  private static final CountyConfig COUNTY = TestCounties.county("guxian", "");

  private final List<JudgedRule> judgements = new ArrayList<>();

  @TempDir Path dir;

  private void judged(
      RecordType type,
      String unit,
      Rule rule,
      String start,
      String end,
      Status status,
      Limit limit) {
    judgements.add(
        new JudgedRule(
            type,
            unit + "|" + judgements.size(),
            rule,
            unit,
            LocalDate.parse(start).atTime(9, 0),
            Optional.ofNullable(end).map(e -> LocalDateTime.parse(e + "T16:00")),
            new Judgement(
                status,
                limit,
                Optional.empty(),
                status == Status.LATE ? 7 : 0,
                Judgement.LateUnit.WORKING_DAYS,
                false,
                false)));
  }

  private Briefing briefing() {
    BriefingBuilder builder =
        new BriefingBuilder(
            COUNTY, ReportPeriod.parse("2026H1"), LocalDate.of(2026, 6, 30), List.of());
    builder.add(new Page(List.of(), new Reconciliation(List.of(), List.of(), judgements)));
    return builder.build(LocalDate.of(2026, 7, 3));
  }

  private static Section section(Briefing b, String heading) {
    return b.printed().sections().stream()
        .filter(s -> s.heading().equals(heading))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachRuleIsNamedWithTheLimitThatDecidedItAndSharingWithTheSameDayCountBesideItsRate()
      throws Exception {
    Limit fiveDays = new Limit.WorkingDays(5);
    // T01 shared three notices: one the same day, one two days later (on time: 5 working days
    // decide), one after 14 days (late); a fourth, formed in July, is not of this half year.
    judged(
        RecordType.NOTICE,
        "T01",
        Rule.SHARING_LAG,
        "2026-03-02",
        "2026-03-02",
        Status.ON_TIME,
        fiveDays);
    judged(
        RecordType.NOTICE,
        "T01",
        Rule.SHARING_LAG,
        "2026-03-03",
        "2026-03-05",
        Status.ON_TIME,
        fiveDays);
    judged(
        RecordType.DECISION,
        "T01",
        Rule.SHARING_LAG,
        "2026-03-04",
        "2026-03-20",
        Status.LATE,
        fiveDays);
    judged(
        RecordType.NOTICE,
        "T01",
        Rule.SHARING_LAG,
        "2026-07-01",
        "2026-07-01",
        Status.ON_TIME,
        fiveDays);
    // D01 sent a referral on time; guxian sets no figure for 受理告知: one done, one still open.
    judged(
        RecordType.REFERRAL,
        "D01",
        Rule.REFERRAL_SEND,
        "2026-04-01",
        "2026-04-02",
        Status.ON_TIME,
        new Limit.WorkingDays(3));
    judged(
        RecordType.REFERRAL,
        "D01",
        Rule.REFERRAL_NOTIFY,
        "2026-04-03",
        "2026-04-08",
        Status.DONE,
        new Limit.None());
    judged(
        RecordType.REFERRAL,
        "D01",
        Rule.REFERRAL_NOTIFY,
        "2026-05-06",
        null,
        Status.OPEN,
        new Limit.None());

    Briefing b = briefing();

    Section timeliness = section(b, "二、时效情况");
    assertThat(timeliness.table().headers())
        .containsExactly("规则（时限）", "应计", "按时", "超时办结", "逾期未办", "按时率");
    assertThat(timeliness.table().rows())
        .containsExactly(
            List.of("移送案件（3个工作日；紧急：24小时）", "1", "1", "0", "0", "100.0%"),
            List.of("报送移入情况（回执）（5个工作日）", "0", "0", "0", "0", "不适用"),
            List.of("转办投诉举报（3个工作日）", "0", "0", "0", "0", "不适用"),
            List.of("协助复函（5个工作日）", "0", "0", "0", "0", "不适用"),
            List.of("共享信息（5个工作日）", "3", "2", "1", "0", "66.7%"),
            List.of("其中：当日共享信息", "—", "1", "—", "—", "33.3%"),
            List.of("派员到达现场（立即）", "0", "0", "0", "0", "不适用"),
            List.of("征集会议议题（提前5个工作日）", "0", "0", "0", "0", "不适用"),
            List.of("办结议定事项（按办理时限）", "0", "0", "0", "0", "不适用"),
            List.of("合计", "4", "3", "1", "0", "75.0%"));
    assertThat(timeliness.text())
        .contains("本期应按时限办理的事项4项", "共享信息（5个工作日）应计3项，其中当日共享信息1项（33.3%）")
        .doesNotContain("（当日）");

    Section tracked = section(b, "（二）未设时限的事项");
    assertThat(tracked.table().rows())
        .contains(List.of("告知受理情况（无时限）", "2", "1", "1"))
        .contains(List.of("补齐书面移送手续（无时限）", "0", "0", "0"))
        .allSatisfy(row -> assertThat(row.get(0)).endsWith("（无时限）"));
    assertThat(tracked.table().rows()).hasSize(13); // guxian sets figures for 8 of the 21 rules

    // the XLSX appendix holds the same tables in full
    assertThat(b.appendix())
        .extracting(Table::name)
        .contains("时效情况（分规则）", "时效情况（仅跟踪）", "时效情况（分单位）");
    assertThat(b.appendix()).contains(timeliness.table(), tracked.table());

    Path pdf = dir.resolve("简报.pdf");
    new ReportPrinter().pdf(b.printed(), pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text.replaceAll("\\s", "")).contains("共享信息（5个工作日）", "其中：当日共享信息");
    }
  }
}

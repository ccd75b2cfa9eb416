package org.lianxi.reports.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.ledger.testing.TestDatabase;
import org.lianxi.reports.assessment.Assessment;
import org.lianxi.reports.briefing.Briefing;
import org.lianxi.reports.period.ReportPeriod;
import org.lianxi.reports.print.PrintedReport;
import org.lianxi.reports.print.Section;

/** Closed periods keep their figures exactly; reopening is deliberate and recorded. */
class FrozenPeriodsTest {

  private final DataSource dataSource = TestDatabase.fresh();
  private final FrozenPeriods frozen = new FrozenPeriods(dataSource);

  private static Briefing briefing(String figure) {
    Table table = new Table("时效情况", List.of("规则", "应计"), List.of(List.of("移送案件", figure)));
    return new Briefing(
        "2026H1",
        "2026-06-30",
        new PrintedReport(
            "联席会议工作简报",
            "2026年第1期",
            "古县2026年上半年行政执法协作情况",
            "古县司法局（联席会议办公室）",
            "2026年7月3日印发",
            "数据截至2026年6月30日。",
            List.of(
                Section.table("二、时效情况", "应计" + figure + "项", table)
                    .withChart("各单位按时率（百分比）", List.of(new Section.Bar("按时率", "古县林业局", 87.5))))),
        List.of(table));
  }

  @Test
  void aFrozenBriefingComesBackExactlyAndIsNotReplacedByLaterFigures() {
    String half = ReportPeriod.parse("2026H1").toString();
    assertThat(frozen.find(half, Briefing.class)).isEmpty();
    frozen.freeze(half, LocalDate.of(2026, 6, 30), briefing("12"), false, "closed by the office");
    // Late data: the same period computed again gives other figures; closing again keeps the first.
    frozen.freeze(half, LocalDate.of(2026, 6, 30), briefing("13"), true, "30 days after");
    var stored = frozen.find(half, Briefing.class).orElseThrow();
    assertThat(stored.figures()).isEqualTo(briefing("12"));
    assertThat(stored.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(frozen.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("CLOSE");
              assertThat(e.automatic()).isFalse();
            });
  }

  @Test
  void reopeningDeletesTheFiguresAndIsRecordedWithItsReason() {
    String year = ReportPeriod.year(2026).toString();
    Assessment assessment =
        new Assessment(
            "2026",
            "2026-12-31",
            Map.of("按时移送率", 20),
            List.of(
                new Assessment.Score("T01", "古县岳阳镇人民政府", "乡镇（街道）", "按时移送率", 3, 4, 0.75, 20, 100.0),
                new Assessment.Score("T02", "古县北平镇人民政府", "乡镇（街道）", "按时移送率", 0, 0, null, 20, 0.0)),
            List.of(new Assessment.Total("T01", "古县岳阳镇人民政府", "乡镇（街道）", 100.0, 1)),
            Map.of("按时移送率", List.of("移送案件（3个工作日；紧急：24小时）")));
    frozen.freeze(year, LocalDate.of(2026, 12, 31), assessment, true, "30 days after the end");
    assertThat(frozen.find(year, Assessment.class).orElseThrow().figures()).isEqualTo(assessment);
    assertThat(frozen.everReopened(year)).isFalse();

    assertThat(frozen.reopen(year, "县林业局补报12月数据")).isTrue();
    assertThat(frozen.isFrozen(year)).isFalse();
    assertThat(frozen.everReopened(year)).isTrue();
    assertThat(frozen.reopen(year, "again")).isFalse(); // nothing to reopen: not recorded
    assertThat(frozen.events())
        .extracting(
            FrozenPeriods.Event::action,
            FrozenPeriods.Event::automatic,
            FrozenPeriods.Event::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CLOSE", true, "30 days after the end"),
            org.assertj.core.groups.Tuple.tuple("REOPEN", false, "县林业局补报12月数据"));
  }
}

package org.lianxi.reports.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.calendar.CalendarStore;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.CountyConfigLoader;
import org.lianxi.ledger.county.UnitStore;
import org.lianxi.ledger.periods.FrozenPeriods;
import org.lianxi.ledger.testing.TestDatabase;

/** Closing periods: by itself freeze-after-days (30) after the end, or by the office. */
class PeriodsTest {

  private final DataSource dataSource = TestDatabase.fresh();
  private final CountyConfig county = CountyConfigLoader.example();
  private final FrozenPeriods frozen = new FrozenPeriods(dataSource);
  private final Periods periods;

  PeriodsTest() {
    new UnitStore(dataSource).sync(county.units());
    new CalendarStore(dataSource).seedBundled();
    periods = new Periods(county, dataSource);
  }

  @Test
  void aHalfYearClosesItselfThirtyDaysAfterItsEndButNotAgainOnceTheOfficeReopenedIt() {
    ReportPeriod half = ReportPeriod.parse("2026H1"); // ends Tue 30 June
    periods.closeIfDue(half, LocalDate.of(2026, 7, 30)); // the 30th day after: not yet
    assertThat(frozen.isFrozen("2026H1")).isFalse();
    periods.closeIfDue(half, LocalDate.of(2026, 7, 31));
    var stored = frozen.find("2026H1", org.lianxi.reports.briefing.Briefing.class).orElseThrow();
    assertThat(stored.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(stored.figures().period()).isEqualTo("2026H1");
    assertThat(periods.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("CLOSE");
              assertThat(e.automatic()).isTrue();
              assertThat(e.reason()).isEqualTo("30 days after the end of the period");
            });

    assertThatThrownBy(() -> periods.reopen(half, " ")).hasMessageContaining("--reason");
    assertThat(periods.reopen(half, "县林业局补报6月数据")).isTrue();
    periods.closeIfDue(half, LocalDate.of(2026, 9, 1));
    assertThat(frozen.isFrozen("2026H1")).as("only the office closes it again").isFalse();
    assertThat(periods.closed(half)).isFalse();
    periods.close(half, LocalDate.of(2026, 9, 1), "补报后由办公室关闭");
    assertThat(frozen.isFrozen("2026H1")).isTrue();
    assertThat(periods.closed(half)).isTrue();
    assertThat(periods.events())
        .extracting(FrozenPeriods.Event::action, FrozenPeriods.Event::automatic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CLOSE", true),
            org.assertj.core.groups.Tuple.tuple("REOPEN", false),
            org.assertj.core.groups.Tuple.tuple("CLOSE", false));
  }

  @Test
  void theNightsCloseTheLastHalfYearAndYearOnceDueAndAPeriodNotOverCannotBeClosed() {
    periods.closeDue(LocalDate.of(2027, 1, 30)); // 2026H2 and 2026 end 31 Dec: the 30th day
    assertThat(frozen.isFrozen("2026H2")).isFalse();
    assertThat(frozen.isFrozen("2026")).isFalse();
    periods.closeDue(LocalDate.of(2027, 1, 31));
    assertThat(frozen.isFrozen("2026H2")).isTrue();
    assertThat(frozen.isFrozen("2026")).isTrue();
    assertThat(frozen.isFrozen("2027H1")).isFalse();

    assertThatThrownBy(
            () -> periods.close(ReportPeriod.parse("2027H1"), LocalDate.of(2027, 6, 30), "早了"))
        .hasMessageContaining("is not over yet");
  }
}

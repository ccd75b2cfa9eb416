package org.lianxi.ledger.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.testing.TestDatabase;

class CalendarStoreTest {

  private final CalendarStore store = new CalendarStore(TestDatabase.fresh());

  @Test
  void seedingLoadsEveryBundledYearOnceAndReadsBackTheSameCalendar() {
    assertThat(store.seedBundled())
        .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(store.seedBundled()).isEmpty();
    WorkingCalendar loaded = store.load();
    WorkingCalendar bundled = WorkingCalendar.of(CalendarFiles.bundled());
    assertThat(loaded.years()).isEqualTo(bundled.years());
    assertThat(loaded.version()).isEqualTo(bundled.version());
    assertThat(loaded.isWorkingDay(LocalDate.parse("2018-12-29"))).isTrue();
    assertThat(loaded.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
  }

  @Test
  void importingANewYearMakesCountsIntoItCertainAndChangesTheVersion() {
    store.seedBundled();
    Deadlines before = new Deadlines(store.load());
    Judgement provisional =
        before.judge(
            Limit.parse("3wd"),
            LocalDate.parse("2026-12-30").atStartOfDay(),
            Optional.empty(),
            LocalDate.parse("2026-12-30").atStartOfDay());
    assertThat(provisional.provisional()).isTrue();
    assertThat(provisional.due().orElseThrow().toLocalDate()).isEqualTo("2027-01-04");

    String json =
        """
        {"year": 2027, "papers": ["test notice"], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""";
    store.importYear(
        CalendarFiles.readJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2027.json"));
    WorkingCalendar after = store.load();
    assertThat(after.covers(2027)).isTrue();
    assertThat(after.version()).isNotEqualTo(before.calendar().version());
    Judgement certain =
        new Deadlines(after)
            .judge(
                Limit.parse("3wd"),
                LocalDate.parse("2026-12-30").atStartOfDay(),
                Optional.empty(),
                LocalDate.parse("2026-12-30").atStartOfDay());
    assertThat(certain.provisional()).isFalse();
    assertThat(certain.due().orElseThrow().toLocalDate()).isEqualTo("2027-01-05");
  }

  @Test
  void importingAYearAgainReplacesItAndSeedingKeepsTheImport() {
    store.seedBundled();
    String json =
        """
        {"year": 2026, "days": [{"name": "测试", "date": "2026-03-02", "isOffDay": true}]}""";
    store.importYear(
        CalendarFiles.readJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2026.json"));
    store.seedBundled();
    WorkingCalendar calendar = store.load();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-02"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isTrue(); // replaced whole
  }
}

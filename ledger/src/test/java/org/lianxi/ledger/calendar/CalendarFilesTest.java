package org.lianxi.ledger.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {

  /**
   * The official data the bundled calendar was made from (holiday-cn, MIT), copied into the
   * repository's test resources so that a clone alone can check it.
   */
  private static final String OFFICIAL = "/official-calendar/";

  @Test
  void bundlesEveryYearFrom2018To2026() {
    List<CalendarYear> years = CalendarFiles.bundled();
    assertThat(years)
        .extracting(CalendarYear::year)
        .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    WorkingCalendar calendar = WorkingCalendar.of(years);
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
  }

  @Test
  void theBundledYearsHoldExactlyTheOfficialData() throws IOException {
    for (CalendarYear bundled : CalendarFiles.bundled()) {
      String json = OFFICIAL + bundled.year() + ".json";
      try (InputStream in = CalendarFilesTest.class.getResourceAsStream(json)) {
        assertThat(in).as(json).isNotNull();
        CalendarYear official = CalendarFiles.readJson(in, json);
        assertThat(bundled.checksum()).as("year %d", bundled.year()).isEqualTo(official.checksum());
        assertThat(bundled.days()).isEqualTo(official.days());
      }
    }
  }

  @Test
  void readsAYearInTheImportForm() {
    String json =
        """
        {"year": 2027, "papers": ["https://www.gov.cn/x.htm"], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}""";
    CalendarYear year = CalendarFiles.readJson(stream(json), "2027.json");
    assertThat(year.year()).isEqualTo(2027);
    assertThat(year.days())
        .containsExactly(
            new CalendarDay(LocalDate.parse("2027-01-01"), true, "元旦"),
            new CalendarDay(LocalDate.parse("2027-02-06"), false, "春节"));
    assertThat(year.source()).contains("https://www.gov.cn/x.htm");
  }

  @Test
  void refusesMalformedImportsSayingWhere() {
    assertThatThrownBy(() -> CalendarFiles.readJson(stream("{"), "a.json"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessageContaining("a.json is not valid JSON");
    assertThatThrownBy(() -> CalendarFiles.readJson(stream("{\"days\": []}"), "b.json"))
        .hasMessageContaining("numeric \"year\"");
    assertThatThrownBy(
            () ->
                CalendarFiles.readJson(
                    stream(
                        "{\"year\": 2027, \"days\": [{\"date\": \"2027-13-01\", \"isOffDay\": true}]}"),
                    "c.json"))
        .hasMessageContaining("c.json days[0]");
    assertThatThrownBy(
            () ->
                CalendarFiles.readJson(
                    stream(
                        "{\"year\": 2027, \"days\": [{\"date\": \"2025-12-31\", \"isOffDay\": true}]}"),
                    "d.json"))
        .hasMessageContaining("2025-12-31 is not in the year 2027");
  }

  @Test
  void aNoticeMayArrangeTheLastDaysOfThePreviousYear() {
    // The 2019 notice made 29 Dec 2018 a make-up working day and 30-31 Dec holidays.
    WorkingCalendar calendar = WorkingCalendar.of(CalendarFiles.bundled());
    assertThat(calendar.isWorkingDay(LocalDate.parse("2018-12-29"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2018-12-31"))).isFalse();
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}

package org.lianxi.ledger.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The official calendar as the ledger database holds it. */
public final class CalendarStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  public CalendarStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** The calendar of every year the database holds. */
  public WorkingCalendar load() {
    Map<Integer, String> sources = new LinkedHashMap<>();
    jdbc.sql("SELECT year, source FROM calendar_year ORDER BY year")
        .query(
            rs -> {
              sources.put(rs.getInt("year"), rs.getString("source"));
            });
    Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
    sources.keySet().forEach(year -> days.put(year, new ArrayList<>()));
    jdbc.sql("SELECT day, year, kind, name FROM calendar_day ORDER BY year, day")
        .query(
            rs -> {
              days.get(rs.getInt("year"))
                  .add(
                      new CalendarDay(
                          rs.getObject("day", LocalDate.class),
                          "off".equals(rs.getString("kind")),
                          rs.getString("name")));
            });
    List<CalendarYear> years = new ArrayList<>();
    sources.forEach((year, source) -> years.add(new CalendarYear(year, days.get(year), source)));
    return WorkingCalendar.of(years);
  }

  /** Adds a year, or replaces the year's data, in one transaction. */
  public void importYear(CalendarYear year) {
    tx.executeWithoutResult(
        status -> {
          jdbc.sql("DELETE FROM calendar_year WHERE year = ?").param(year.year()).update();
          jdbc.sql(
                  "INSERT INTO calendar_year (year, source, checksum, imported_at) VALUES (?, ?, ?, ?)")
              .params(
                  year.year(), truncate(year.source(), 300), year.checksum(), LocalDateTime.now())
              .update();
          for (CalendarDay day : year.days()) {
            jdbc.sql("INSERT INTO calendar_day (day, year, kind, name) VALUES (?, ?, ?, ?)")
                .params(
                    day.date(), year.year(), day.off() ? "off" : "work", truncate(day.name(), 32))
                .update();
          }
        });
  }

  /**
   * Loads every bundled year the database does not hold yet; imported years are kept as they are.
   */
  public List<Integer> seedBundled() {
    Set<Integer> present =
        new HashSet<>(jdbc.sql("SELECT year FROM calendar_year").query(Integer.class).list());
    List<Integer> added = new ArrayList<>();
    for (CalendarYear year : CalendarFiles.bundled()) {
      if (!present.contains(year.year())) {
        importYear(year);
        added.add(year.year());
      }
    }
    return added;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

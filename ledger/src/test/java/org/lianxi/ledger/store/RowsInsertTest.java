package org.lianxi.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows written as the embedded database takes them: by LOAD DATA from the writer's stream. */
class RowsInsertTest {

  private final DataSource dataSource = database();

  /** A new migrated database. */
  DataSource database() {
    return TestDatabase.fresh();
  }

  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

  @Test
  void everyRowArrivesWithItsValuesAcrossStatements() {
    jdbc.execute(
        "CREATE TABLE rows_insert_test (n INT NOT NULL PRIMARY KEY, big BIGINT NULL,"
            + " text VARCHAR(20) NULL, flag TINYINT(1) NULL, day DATE NULL, at DATETIME(3) NULL,"
            + " stamp DATETIME(3) NULL)");
    RowsInsert insert =
        new RowsInsert(
            "rows_insert_test", List.of("n", "big", "text", "flag", "day", "at", "stamp"));
    List<Object[]> rows = new ArrayList<>();
    int count = RowsInsert.ROWS * 2 + 7; // two full statements and a short one (one load)
    for (int n = 1; n <= count; n++) {
      boolean odd = n % 2 == 1;
      rows.add(
          new Object[] {
            n,
            odd ? 10_000_000_000L + n : null,
            odd ? "行" + n + "'\\" : null,
            odd ? n % 3 == 0 : null,
            odd ? LocalDate.of(2026, 3, 2).plusDays(n % 28) : null,
            odd ? LocalDateTime.of(2026, 3, 2, 9, 0, 0, 5_000_000) : null,
            odd ? Timestamp.valueOf("2026-03-04 10:00:00.25") : null
          });
    }

    try (RowsInsert.Writer writer = insert.into(dataSource)) {
      writer.addAll(rows);
      writer.finish();
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rows_insert_test", Integer.class))
        .isEqualTo(count);
    assertThat(
            jdbc.queryForObject(
                "SELECT CONCAT_WS('|', big, text, flag, day, at, stamp) FROM rows_insert_test"
                    + " WHERE n = 1003",
                String.class))
        .isEqualTo(
            "10000001003|行1003'\\|0|2026-03-25|2026-03-02 09:00:00.005|2026-03-04 10:00:00.250");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM rows_insert_test WHERE n % 2 = 0 AND big IS NULL"
                    + " AND text IS NULL AND flag IS NULL AND day IS NULL AND at IS NULL",
                Integer.class))
        .isEqualTo(count / 2);
    assertThat(jdbc.queryForObject("SELECT SUM(flag) FROM rows_insert_test", Integer.class))
        .isEqualTo(
            (int)
                java.util.stream.IntStream.rangeClosed(1, count)
                    .filter(n -> n % 2 == 1 && n % 3 == 0)
                    .count());
  }

  @Test
  void aWriterWritesFullStatementsAsRowsComeAndTheRestWhenFinished() {
    jdbc.execute("CREATE TABLE rows_writer_test (n INT NOT NULL PRIMARY KEY)");
    RowsInsert insert = new RowsInsert("rows_writer_test", List.of("n"));
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    List<Integer> seen = new ArrayList<>();
    tx.executeWithoutResult(
        status -> {
          try (RowsInsert.Writer writer = insert.into(dataSource)) {
            assertThat(writer.rowsAWrite())
                .isEqualTo(streamed() ? RowsInsert.STREAMED : RowsInsert.ROWS);
            int n = 0;
            for (int part = 0; part < 3; part++) {
              List<Object[]> rows = new ArrayList<>();
              for (int i = 0; i < writer.rowsAWrite() / 2 + 1; i++) {
                rows.add(new Object[] {++n});
              }
              writer.addAll(rows);
              seen.add(count("rows_writer_test"));
            }
            writer.finish();
            seen.add(count("rows_writer_test"));
          }
        });
    // half a write and one row a part: a write once the second part is in; the rest at the end
    int write = streamed() ? RowsInsert.STREAMED : RowsInsert.ROWS;
    assertThat(seen).containsExactly(0, write, write, 3 * (write / 2 + 1));
  }

  /** Whether the rows go by LOAD DATA here. */
  boolean streamed() {
    return true;
  }

  @Test
  void rowsOfAWriterClosedUnfinishedAreNotWritten() {
    jdbc.execute("CREATE TABLE rows_unfinished_test (n INT NOT NULL PRIMARY KEY)");
    RowsInsert insert = new RowsInsert("rows_unfinished_test", List.of("n"));
    try (RowsInsert.Writer writer = insert.into(dataSource)) {
      writer.addAll(List.<Object[]>of(new Object[] {1}, new Object[] {2}));
    }
    assertThat(count("rows_unfinished_test")).isZero();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  @Test
  void aRowWithTheWrongNumberOfValuesIsRefused() {
    RowsInsert insert = new RowsInsert("rows_insert_test", List.of("n", "big"));
    assertThatThrownBy(
            () -> {
              try (RowsInsert.Writer writer = insert.into(dataSource)) {
                writer.addAll(List.<Object[]>of(new Object[] {1}));
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 values for 2 columns");
  }
}

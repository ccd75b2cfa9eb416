package org.lianxi.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows sent by LOAD DATA from the loader's stream arrive value for value; a load that would lose a
 * row fails in the caller's transaction; and no connection sends a file the server names.
 */
class StreamedRowsTest {

  private final DataSource dataSource = TestDatabase.fresh();
  private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
  private final TransactionTemplate transaction =
      new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  @TempDir Path dir;

  private static final String TABLE =
      "CREATE TABLE streamed_test (n INT NOT NULL PRIMARY KEY, text VARCHAR(40) NULL,"
          + " day DATE NULL, at DATETIME(3) NULL, amount DECIMAL(12,2) NULL, flag TINYINT(1) NULL)";

  private static final List<String> COLUMNS = List.of("n", "text", "day", "at", "amount", "flag");

  @Test
  void theEmbeddedDatabaseTakesLocalLoadsAndEveryValueArrivesAsSent() {
    assertThat(jdbc.execute((ConnectionCallback<Boolean>) StreamedRows::available)).isTrue();
    jdbc.execute(TABLE);
    List<Object[]> rows = new ArrayList<>();
    rows.add(
        new Object[] {
          1,
          "某超市\t无照\n经营\\ 'a' \r\0 NULL",
          LocalDate.of(2026, 3, 2),
          Timestamp.valueOf("2026-03-04 10:00:00.25"),
          new BigDecimal("12345.60"),
          true
        });
    rows.add(
        new Object[] {
          2, null, null, LocalDateTime.of(2026, 3, 9, 9, 0, 0, 5_000_000), null, false
        });
    rows.add(new Object[] {3, "\\N", null, null, null, null});
    rows.add(
        new Object[] {
          4L,
          null,
          LocalDate.of(2026, 11, 30),
          LocalDateTime.of(2026, 12, 31, 23, 59, 59, 999_999_999),
          null,
          null
        });
    transaction.executeWithoutResult(
        status ->
            StreamedRows.insert(jdbc, StreamedRows.statement("streamed_test", COLUMNS), rows));

    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT_WS('|', n, HEX(text), day, at, amount, flag) FROM streamed_test"
                    + " ORDER BY n",
                String.class))
        .containsExactly(
            "1|"
                + hex("某超市\t无照\n经营\\ 'a' \r\0 NULL")
                + "|2026-03-02|2026-03-04 10:00:00.250|12345.60|1",
            "2|2026-03-09 09:00:00.005|0",
            "3|" + hex("\\N"),
            "4|2026-11-30|2026-12-31 23:59:59.999");
  }

  @Test
  void aSessionWithoutBackslashEscapesLoadsTheSameValues() {
    jdbc.execute(TABLE);
    String text = "某超市\t无照\n经营\\ 'a' \r\0 \\N";
    transaction.executeWithoutResult(
        status -> {
          // a server whose sql_mode has NO_BACKSLASH_ESCAPES reads '\t' in a statement as two
          // characters; the statement's separators must mean the same in either mode
          jdbc.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
          StreamedRows.insert(
              jdbc,
              StreamedRows.statement("streamed_test", COLUMNS),
              List.<Object[]>of(new Object[] {1, text, null, null, null, null}));
        });

    assertThat(
            jdbc.queryForObject(
                "SELECT CONCAT_WS('|', n, HEX(text), day) FROM streamed_test", String.class))
        .isEqualTo("1|" + hex(text));
  }

  @Test
  void aLoadThatWouldLoseARowFailsAndItsTransactionLeavesNothing() {
    jdbc.execute(TABLE);
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {1, "first", null, null, null, null});
    rows.add(new Object[] {1, "the same key again", null, null, null, null});
    // LOCAL makes the server skip a duplicate key with a warning; the load says so and fails
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      jdbc.update("INSERT INTO streamed_test (n, text) VALUES (9, 'before')");
                      StreamedRows.insert(
                          jdbc, StreamedRows.statement("streamed_test", COLUMNS), rows);
                    }))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("inserted 1 of 2 rows");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM streamed_test", Integer.class)).isZero();
  }

  @Test
  void aValueOfATypeTheLedgerDoesNotWriteIsRefusedNotGuessed() {
    jdbc.execute(TABLE);
    assertThatThrownBy(
            () ->
                StreamedRows.insert(
                    jdbc,
                    StreamedRows.statement("streamed_test", List.of("n", "text")),
                    List.<Object[]>of(new Object[] {1, 0.00001d})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM streamed_test", Integer.class)).isZero();
  }

  @Test
  void aServerThatAsksForALocalFileIsSentNothing() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the server\n");
    jdbc.execute("CREATE TABLE asked_test (line VARCHAR(100))");
    // what a server that asks for a file gets, before any load and after one
    String ask = "LOAD DATA LOCAL INFILE '" + secret + "' INTO TABLE asked_test";
    assertThat(jdbc.update(ask)).isZero();
    transaction.executeWithoutResult(
        status ->
            StreamedRows.insert(
                jdbc,
                StreamedRows.statement("asked_test", List.of("line")),
                List.<Object[]>of(new Object[] {"sent"})));
    assertThat(jdbc.update(ask)).isZero();
    assertThat(jdbc.queryForList("SELECT line FROM asked_test", String.class))
        .containsExactly("sent");
  }

  private static String hex(String text) {
    StringBuilder hex = new StringBuilder();
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hex.append(String.format("%02X", b));
    }
    return hex.toString();
  }
}

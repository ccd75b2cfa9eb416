package org.lianxi.ledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class DatabaseTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0);

  @TempDir Path dir;

  /**
   * A --db URL naming a time zone other than the JVM's (the copied {@code serverTimezone} of many
   * URLs) changes no time the ledger keeps: a file received at 09:00 is stored and read as 09:00.
   */
  @Test
  void aUrlsTimeZoneShiftsNoTimeTheLedgerKeeps() throws Exception {
    DriverManagerDataSource fresh = (DriverManagerDataSource) TestDatabase.fresh();
    ZoneId other = otherThanTheJvms();
    for (String option : new String[] {"serverTimezone", "connectionTimeZone"}) {
      String url = fresh.getUrl() + "&" + option + "=" + other.getId();
      try (Database db = Database.external(url, fresh.getUsername(), fresh.getPassword())) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        jdbc.sql("INSERT IGNORE INTO unit VALUES ('T01', '岳阳镇', 'TOWNSHIP', NOW())").update();
        ReceivedFiles files = new ReceivedFiles(db.dataSource(), dir.resolve("landed"));
        Path workbook = Files.writeString(dir.resolve(option + ".xlsx"), option);
        ReceivedFile file = files.register("T01", Channel.DROP, "a.xlsx", workbook, NINE);

        assertThat(files.get(file.id()).receivedAt()).as(option).isEqualTo(NINE);
        assertThat(
                jdbc.sql("SELECT CAST(received_at AS CHAR) FROM received_file WHERE id = ?")
                    .param(file.id())
                    .query(String.class)
                    .single())
            .as(option)
            .isEqualTo("2026-03-02 09:00:00.000");
      }
    }
  }

  /** A zone whose clock differs from the JVM's on the day of the test's file. */
  private static ZoneId otherThanTheJvms() {
    ZoneOffset jvm = ZoneId.systemDefault().getRules().getOffset(NINE);
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    return shanghai.getRules().getOffset(NINE).equals(jvm) ? ZoneId.of("UTC") : shanghai;
  }
}

package org.lianxi.jobs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.jobs.ingest.TestFiles.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.jobs.ExampleCountyJobs;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.ingest.TestFiles;
import org.lianxi.ledger.files.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * A nightly reconcile takes up an open duty again once the day can change its judgement (due within
 * a working day, then overdue), and leaves the ones due later as they are.
 */
@SpringJUnitConfig(ExampleCountyJobs.class)
@TestPropertySource(properties = "lianxi.data=target/nightly-scope-test")
class NightlyScopeTest {

  @Autowired Ingester ingester;
  @Autowired Reconciling reconciling;
  @Autowired DataSource dataSource;

  private Map<String, Object> receipt(String docNo) {
    return new JdbcTemplate(dataSource)
        .queryForMap(
            "SELECT status, due_at, due_soon, late_by FROM judgement"
                + " WHERE rule_name = 'referral.receipt' AND record_key = ?",
            docNo);
  }

  private static List<Object> referral(String docNo, String sentAt) {
    return List.of(docNo, "移出", "D02", "T01", "某商店", "无照经营", "2026-05-29", sentAt);
  }

  @Test
  void anOpenDutyIsJudgedAgainWhenItFallsDueSoonAndWhenItIsOverdue() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "nightly-scope-test", "files"));
    Path file =
        TestFiles.xlsx(
            dir.resolve("june.xlsx"),
            sheet(
                "案件移送",
                List.of(
                    TestFiles.REFERRAL_HEADERS,
                    referral("古市监移〔2026〕601号", "2026-06-01 10:00"),
                    referral("古市监移〔2026〕602号", "2026-06-05 10:00"))));
    ingester.ingest("D02", Channel.SFTP, "june.xlsx", file, LocalDateTime.of(2026, 6, 5, 18, 0));
    // guxian: the receipt within 5 working days. 601: Tue 2 .. Fri 5, Mon 8 June; 602: Mon 12.
    reconciling.run(LocalDate.of(2026, 6, 2), true);
    assertThat(receipt("古市监移〔2026〕601号"))
        .containsEntry("status", "OPEN")
        .containsEntry("due_at", LocalDateTime.of(2026, 6, 8, 23, 59, 59))
        .containsEntry("due_soon", false);

    reconciling.run(LocalDate.of(2026, 6, 5)); // the next working day is Mon 8: due soon
    assertThat(receipt("古市监移〔2026〕601号")).containsEntry("due_soon", true);
    assertThat(receipt("古市监移〔2026〕602号"))
        .containsEntry("status", "OPEN")
        .containsEntry("due_soon", false);

    reconciling.run(LocalDate.of(2026, 6, 9));
    assertThat(receipt("古市监移〔2026〕601号"))
        .containsEntry("status", "OVERDUE")
        .containsEntry("due_soon", false)
        .containsEntry("late_by", 1);
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForList(
                    "SELECT CONCAT(scope, ' ', records_judged) FROM reconcile_run ORDER BY id",
                    String.class))
        .as("each night judges 601 again, and 602 only once it can have changed: never here")
        .containsExactly("full 2", "nightly 1", "nightly 1");
  }
}

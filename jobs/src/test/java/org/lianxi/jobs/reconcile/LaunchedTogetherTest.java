package org.lianxi.jobs.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianxi.jobs.ingest.TestFiles.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.jobs.ExampleCountyJobs;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.jobs.ingest.TestFiles;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.reconcile.ReconcileSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Intake passes and reconciles launched at the same moment, on a ledger of their own. */
@SpringJUnitConfig(LaunchedTogetherTest.OwnLedger.class)
@TestPropertySource(properties = "lianxi.data=target/launched-together-test")
class LaunchedTogetherTest {

  /** The example county's jobs on a database of this class's own (not the shared context's). */
  @Configuration
  @Import(ExampleCountyJobs.class)
  static class OwnLedger {}

  @Autowired Ingester ingester;
  @Autowired Reconciling reconciling;
  @Autowired DataSource dataSource;

  @Test
  void intakePassesAndTheNightlyReconcileLaunchedTogetherAllFinish() throws Exception {
    // serve's channels and its nightly exchange: each waits for the ledger, none fails.
    Path dir = Files.createDirectories(Path.of("target", "reconcile-job-test", "together"));
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> work = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Path file =
            TestFiles.xlsx(
                dir.resolve("night-" + i + ".xlsx"),
                sheet(
                    "案件移送",
                    List.of(
                        TestFiles.REFERRAL_HEADERS,
                        List.of(
                            "古市监移〔2026〕" + (880 + i) + "号",
                            "移出",
                            "D02",
                            "T01",
                            "夜间商店" + i,
                            "无照经营",
                            "2026-06-01",
                            "2026-06-02 10:00"))));
        String name = file.getFileName().toString();
        work.add(
            threads.submit(
                () -> {
                  together.await();
                  return ingester.ingest(
                      "D02", Channel.SFTP, name, file, LocalDateTime.of(2026, 6, 3, 9, 0));
                }));
        work.add(
            threads.submit(
                () -> {
                  together.await();
                  return reconciling.run(LocalDate.of(2026, 6, 3));
                }));
      }
      for (var w : work) {
        w.get(3, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
    ReconcileSummary after = reconciling.run(LocalDate.of(2026, 6, 3));
    assertThat(after.records()).isGreaterThanOrEqualTo(2);
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "SELECT COUNT(*) FROM received_file WHERE status = 'loaded' AND original_name"
                        + " LIKE 'night-%'",
                    Integer.class))
        .isEqualTo(2);
  }
}

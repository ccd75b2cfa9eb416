package org.lianxi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's version moves with every change a kept figure depends on, and only then. */
class LedgerVersionTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0);

  private final DataSource dataSource = TestDatabase.fresh();
  private final JdbcClient jdbc = JdbcClient.create(dataSource);
  @TempDir Path dir;

  @Test
  void movesWhenAFileArrivesIsLoadedOrRejectedAndWhenAReconcileRuns() throws Exception {
    jdbc.sql("INSERT INTO unit VALUES ('T01', 'T01', 'TOWNSHIP', NOW())").update();
    ReceivedFiles files = new ReceivedFiles(dataSource, dir.resolve("landed"));
    LedgerVersion empty = LedgerVersion.read(dataSource);
    assertThat(empty).isEqualTo(new LedgerVersion(new LedgerVersion.Intake(0, 0), 0));
    assertThat(LedgerVersion.read(dataSource)).isEqualTo(empty);

    ReceivedFile a = register(files, "a.xlsx", "first");
    ReceivedFile b = register(files, "b.xlsx", "second");
    LedgerVersion arrived = LedgerVersion.read(dataSource);
    assertThat(arrived.intake()).isEqualTo(new LedgerVersion.Intake(2, 2));

    files.markLoaded(List.of(a.id()), List.of());
    LedgerVersion loaded = LedgerVersion.read(dataSource);
    assertThat(loaded.intake()).isEqualTo(new LedgerVersion.Intake(2, 1));

    files.reject(b.id(), "不是Excel工作簿");
    LedgerVersion rejected = LedgerVersion.read(dataSource);
    assertThat(rejected.intake()).isEqualTo(new LedgerVersion.Intake(2, 0));
    assertThat(List.of(empty.intake(), arrived.intake(), loaded.intake(), rejected.intake()))
        .doesNotHaveDuplicates();
    assertThat(rejected.lastRun()).isZero();

    // a reconcile records itself in the transaction of its results
    jdbc.sql(
            "INSERT INTO reconcile_run (ran_at, as_of, calendar_version, profile_version,"
                + " records, judgements, discrepancies, scope) VALUES"
                + " (NOW(3), '2026-03-02', 'c', 'p', 0, 0, 0, 'full')")
        .update();
    LedgerVersion reconciled = LedgerVersion.read(dataSource);
    assertThat(reconciled.intake()).isEqualTo(rejected.intake());
    assertThat(reconciled.lastRun()).isPositive();
  }

  private ReceivedFile register(ReceivedFiles files, String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content);
    return files.register("T01", Channel.DROP, name, file, NINE);
  }
}

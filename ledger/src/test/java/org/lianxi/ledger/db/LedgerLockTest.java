package org.lianxi.ledger.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianxi.ledger.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerLockTest {

  private final DataSource dataSource = TestDatabase.fresh();

  /** Sessions waiting for a named lock, as the server sees them. */
  private int waiting() {
    return new JdbcTemplate(dataSource)
        .queryForObject(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE = 'User lock'"
                + " AND INFO LIKE 'SELECT GET_LOCK%'",
            Integer.class);
  }

  @Test
  void aSecondHolderWaitsForTheFirstEvenWithAnotherLockOfItsOwnAndNestedHoldsTakeItOnce()
      throws Exception {
    LedgerLock first = new LedgerLock(dataSource);
    LedgerLock second = new LedgerLock(dataSource); // as another process would have
    List<String> order = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> later = new CompletableFuture<>();
    first.hold(
        "first",
        () -> {
          first.hold("nested", () -> order.add("first, nested")); // re-entrant: no self-wait
          later.completeAsync(
              () -> {
                second.hold("second", () -> order.add("second"));
                return null;
              });
          // The second is inside GET_LOCK, blocked by the first, as the server shows it.
          org.awaitility.Awaitility.await()
              .atMost(java.time.Duration.ofSeconds(60))
              .until(() -> waiting() > 0);
          order.add("first done");
        });
    later.get(60, TimeUnit.SECONDS);
    assertThat(order).containsExactly("first, nested", "first done", "second");
    assertThat(waiting()).isZero();
  }
}

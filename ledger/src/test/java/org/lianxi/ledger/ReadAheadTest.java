package org.lianxi.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  @Test
  void theCallerGetsEveryItemInOrderThenNull() {
    List<Integer> got = new ArrayList<>();
    try (ReadAhead<Integer> items =
        ReadAhead.start(
            "test",
            2,
            sink -> {
              for (int i = 1; i <= 100; i++) {
                sink.accept(i);
              }
            })) {
      for (Integer i = items.next(); i != null; i = items.next()) {
        got.add(i);
      }
      assertThat(items.next()).isNull();
    }
    assertThat(got).hasSize(100).startsWith(1, 2, 3).endsWith(99, 100).isSorted();
  }

  @Test
  void theMakerRunsNoFurtherAheadThanItsCapacity() {
    AtomicInteger made = new AtomicInteger();
    try (ReadAhead<Integer> items =
        ReadAhead.start(
            "read-ahead-capacity-test",
            3,
            sink -> {
              for (int i = 1; i <= 100; i++) {
                sink.accept(i);
                made.incrementAndGet();
              }
            })) {
      Thread maker = waitingThread("read-ahead-capacity-test");
      assertThat(made.get()).as("the fourth waits for room").isEqualTo(3);
      assertThat(maker.getState()).isEqualTo(Thread.State.WAITING);
      assertThat(items.next()).isEqualTo(1);
    }
  }

  /** The thread of that name, once it waits (the maker's only wait is for room in the queue). */
  private static Thread waitingThread(String name) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().equals(name) && thread.getState() == Thread.State.WAITING) {
          return thread;
        }
      }
      Thread.onSpinWait();
    }
    throw new AssertionError(name + " never waited");
  }

  @Test
  void aFailureOfTheMakerReachesTheCallerAfterWhatWasMadeBeforeIt() {
    try (ReadAhead<String> items =
        ReadAhead.start(
            "test",
            1,
            sink -> {
              sink.accept("first");
              throw new IOException("file 7 cannot be read");
            })) {
      assertThat(items.next()).isEqualTo("first");
      assertThatThrownBy(items::next)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("file 7 cannot be read")
          .hasCauseInstanceOf(IOException.class);
    }
  }

  @Test
  void closingStopsAMakerThatIsStillAtWork() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    ReadAhead<Integer> items =
        ReadAhead.start(
            "test",
            1,
            sink -> {
              try {
                for (int i = 0; ; i++) {
                  sink.accept(i);
                }
              } finally {
                stopped.countDown();
              }
            });
    assertThat(items.next()).isZero();
    items.close();
    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(items.next()).isNull();
  }
}

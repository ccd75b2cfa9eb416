package org.lianxi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept figure is worked out once per mark, and the least recently asked are let go. */
class KeptTest {

  private final AtomicInteger workedOut = new AtomicInteger();

  private int count(int value) {
    workedOut.incrementAndGet();
    return value;
  }

  @Test
  void aFigureIsWorkedOutAgainOnlyWhenItsMarkMoves() {
    Kept<String, Long, Integer> kept = new Kept<>(10);
    assertThat(kept.get("referrals", 1L, () -> count(7))).isEqualTo(7);
    assertThat(kept.get("referrals", 1L, () -> count(8))).isEqualTo(7);
    assertThat(workedOut).hasValue(1);
    assertThat(kept.get("referrals", 2L, () -> count(9))).isEqualTo(9);
    assertThat(kept.get("referrals", 2L, () -> count(10))).isEqualTo(9);
    assertThat(kept.get("complaints", 2L, () -> count(3))).isEqualTo(3);
    assertThat(workedOut).hasValue(3);
  }

  @Test
  void theLeastRecentlyAskedAreLetGoPastTheSize() {
    Kept<String, Long, Integer> kept = new Kept<>(2);
    kept.get("a", 1L, () -> count(1));
    kept.get("b", 1L, () -> count(2));
    kept.get("a", 1L, () -> count(-1)); // kept; now "b" is the least recently asked
    kept.get("c", 1L, () -> count(3)); // lets "b" go
    assertThat(workedOut).hasValue(3);
    assertThat(kept.get("a", 1L, () -> count(-1))).isEqualTo(1);
    assertThat(kept.get("b", 1L, () -> count(20))).isEqualTo(20);
    assertThat(workedOut).hasValue(4);
  }
}

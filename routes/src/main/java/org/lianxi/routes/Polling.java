package org.lianxi.routes;

import java.time.Duration;

/**
 * How the collection routes poll. {@code serve} runs them on their own schedule, every {@code
 * interval}; a one-pass {@code collect} starts the same routes without a schedule and polls each
 * itself, until it is idle.
 */
record Polling(boolean scheduled, Duration interval) {

  /** Started but never scheduled: the pass runs each poll. */
  static Polling onePass() {
    return new Polling(false, Duration.ofHours(1));
  }

  static Polling every(Duration interval) {
    return new Polling(true, interval);
  }
}

package org.lianxi.app.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The demo's time: each simulated night, set by the demo, so files arrive when they were sent. */
final class DemoClock extends Clock {

  private final ZoneId zone = ZoneId.systemDefault();
  private volatile Instant now;

  DemoClock(LocalDateTime start) {
    set(start);
  }

  void set(LocalDateTime time) {
    now = time.atZone(zone).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    throw new UnsupportedOperationException("the demo runs in the system zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}

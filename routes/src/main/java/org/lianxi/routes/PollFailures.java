package org.lianxi.routes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll strategy of every inbox: remembers, per endpoint, why its last poll failed (a server
 * that does not answer, a host key refused, a login refused), so that a one-pass {@code collect}
 * says so at once instead of waiting for files that cannot come; a poll that succeeds clears it.
 * Failed polls are not retried at once: the next poll comes at the route's own interval.
 */
final class PollFailures implements PollingConsumerPollStrategy {

  private static final Logger log = LoggerFactory.getLogger(PollFailures.class);

  private final Map<Endpoint, Exception> failures = new ConcurrentHashMap<>();

  @Override
  public boolean begin(Consumer consumer, Endpoint endpoint) {
    return true;
  }

  @Override
  public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    failures.remove(endpoint);
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
    failures.put(endpoint, e);
    log.warn("Could not poll {}: {}", endpoint, reason(e));
    return false;
  }

  /** Why the endpoint's last poll failed, if it did. */
  java.util.Optional<Exception> of(Endpoint endpoint) {
    return java.util.Optional.ofNullable(failures.get(endpoint));
  }

  /** The innermost message: JSch and Camel wrap the one that says what happened. */
  static String reason(Throwable e) {
    String reason = String.valueOf(e.getMessage());
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null) {
        reason = t.getMessage();
      }
    }
    return reason;
  }
}

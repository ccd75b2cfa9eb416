package org.lianxi.routes;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll strategy of every inbox and the mailbox: remembers, per endpoint, how its last poll
 * ended (how many files or mails it took, or why it failed: a server that does not answer, a host
 * key or a login refused). A one-pass {@code collect} reads it after each poll it runs, so it says
 * at once that a channel is down instead of waiting for files that cannot come. A failed poll is
 * not retried at once: the next comes at the route's own interval.
 */
final class Polls implements PollingConsumerPollStrategy {

  private static final Logger log = LoggerFactory.getLogger(Polls.class);

  /** How one poll ended, and when: what it took, or why it failed. */
  record Poll(int taken, Optional<Exception> failure, LocalDateTime at) {}

  private final Map<Endpoint, Poll> last = new ConcurrentHashMap<>();

  /** The last poll that ended and the last that failed, kept across polls for the console. */
  private final Map<Endpoint, Poll> ended = new ConcurrentHashMap<>();

  private final Map<Endpoint, Poll> failed = new ConcurrentHashMap<>();

  @Override
  public boolean begin(Consumer consumer, Endpoint endpoint) {
    last.remove(endpoint);
    return true;
  }

  @Override
  public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    Poll poll = new Poll(polledMessages, Optional.empty(), LocalDateTime.now().withNano(0));
    last.put(endpoint, poll);
    ended.put(endpoint, poll);
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
    Poll poll = new Poll(0, Optional.of(e), LocalDateTime.now().withNano(0));
    last.put(endpoint, poll);
    ended.put(endpoint, poll);
    failed.put(endpoint, poll);
    log.warn("Could not poll {}: {}", endpoint, reason(e));
    return false;
  }

  /** How the endpoint's last poll ended; empty while none has ended since it began. */
  Optional<Poll> last(Endpoint endpoint) {
    return Optional.ofNullable(last.get(endpoint));
  }

  /** The endpoint's last poll that ended, whenever; empty when it was never polled. */
  Optional<Poll> lastEnded(Endpoint endpoint) {
    return Optional.ofNullable(ended.get(endpoint));
  }

  /** The endpoint's last poll that failed, even when later ones worked. */
  Optional<Poll> lastFailed(Endpoint endpoint) {
    return Optional.ofNullable(failed.get(endpoint));
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

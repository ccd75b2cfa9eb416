package org.lianxi.ledger.files;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How each collection channel's last polls went, per endpoint (a unit's SFTP inbox or drop folder,
 * the county's mailbox): the port the console reads, implemented by the routes that poll, and
 * registered in serve's context only while they run.
 */
public interface ChannelPolls {

  /**
   * One endpoint: its channel, its unit (none for the mailbox), where it is without any secret (a
   * host, or a local folder), and how its polls went.
   */
  record EndpointPolls(
      Channel channel,
      Optional<String> unit,
      String where,
      Optional<LocalDateTime> lastPoll,
      int taken,
      Optional<LocalDateTime> lastFailure,
      Optional<String> failure) {}

  /** Every endpoint polled, in the order the routes were added. */
  List<EndpointPolls> endpoints();
}

package org.lianxi.ledger.files;

import java.time.LocalDateTime;

/**
 * A file as registered in the ledger.
 *
 * @param status {@code received} (not loaded yet, or interrupted), {@code loaded} or {@code
 *     rejected}
 * @param newlyRegistered false when the same bytes from the same sender were registered before
 */
public record ReceivedFile(
    long id,
    String sender,
    Channel channel,
    String originalName,
    String checksum,
    long size,
    LocalDateTime receivedAt,
    String status,
    boolean newlyRegistered) {

  /** The status of a file neither loaded nor rejected yet. */
  public static final String WAITING = "received";

  /** Neither loaded nor rejected yet: an ingest pass will take it. */
  public boolean waiting() {
    return WAITING.equals(status);
  }

  public boolean loaded() {
    return "loaded".equals(status);
  }

  public boolean rejected() {
    return "rejected".equals(status);
  }
}

package org.lianxi.ledger.files;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A file as it arrived: who sent it (as the channel says), how, under what name, where it is now,
 * and when.
 *
 * @param originalName shown in receipts only, never used as a path
 */
public record Arrival(
    String sender, Channel channel, String originalName, Path source, LocalDateTime receivedAt) {}

package org.lianxi.ledger.files;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Where a channel hands in a file once it knows the sender (the channel decides the sender): the
 * file is loaded and its receipt written to {@code DATA/out/UNIT/}, from where it is sent back.
 */
public interface SubmissionDesk {

  /**
   * @param originalName the name the file came with, for the receipt only, never a path
   * @return the receipt file written
   */
  Path take(String unit, Channel channel, String originalName, Path file, LocalDateTime receivedAt);

  /**
   * Writes the receipts still owed: files loaded by a pass that was stopped before it answered
   * them. Called before every send, so that no receipt is lost.
   *
   * @return how many were written
   */
  default int answerOwed() {
    return 0;
  }
}

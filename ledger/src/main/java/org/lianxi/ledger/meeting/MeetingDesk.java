package org.lianxi.ledger.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.lianxi.ledger.files.Receipt;

/**
 * Where the office schedules a joint meeting, from the command line ({@code meeting schedule}) or
 * the console: the meeting is the office's 联席会议 record, taken in like any file, and a call for
 * topics already due goes at once (the nightly exchange would be too late for it).
 */
public interface MeetingDesk {

  /**
   * What scheduling did.
   *
   * @param receipt the receipt of the office's one-row 联席会议 sheet (rejected rows: nothing is
   *     scheduled)
   * @param receiptFile where the receipt was written
   * @param deadlines the call's and the topics' deadlines
   * @param callLate the call for topics was due before today
   * @param callsSent calls sent at once, to the member units' out folders
   */
  record Scheduled(
      String number,
      Receipt receipt,
      Path receiptFile,
      Meetings.Deadlines deadlines,
      boolean callLate,
      int callsSent) {

    /** The meeting was recorded: its row was taken. */
    public boolean recorded() {
      return !receipt.rejected() && receipt.rowsRejected() == 0;
    }
  }

  /**
   * Schedules a meeting, or moves one already recorded under the same number (what the office
   * recorded of it before, the call sent and the minutes, stays).
   *
   * @param number the 会议编号, or null for the default ({@link Meetings#defaultNumber})
   */
  Scheduled schedule(String number, boolean routine, LocalDate on, LocalDateTime now);
}

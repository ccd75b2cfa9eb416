package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.ledger.db.LedgerLock;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.files.Receipts;
import org.lianxi.ledger.files.ReceivedFile;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.reports.workbook.ReceiptWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes in files from a unit, by whatever channel: loads them (ingest job) and writes each its
 * receipt (回执) to {@code DATA/out/UNIT/}, from where it is sent back the way the file came. A
 * receipt is owed until it is written: a file loaded before (by a pass that was stopped before it
 * answered) gets its real receipt, not a duplicate's, and every pass first answers what such passes
 * left. One pass at a time on the ledger ({@link LedgerLock}), whichever channel calls.
 */
@Component
public class Intake implements SubmissionDesk {

  private static final Logger log = LoggerFactory.getLogger(Intake.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final int OWED_A_READ = 500;

  private final Ingester ingester;
  private final ReceivedFiles files;
  private final Receipts receipts;
  private final LedgerLock lock;
  private final Path out;

  public Intake(
      Ingester ingester,
      ReceivedFiles files,
      LedgerLock lock,
      javax.sql.DataSource dataSource,
      @Value("${lianxi.data:data}") String data) {
    this.ingester = ingester;
    this.files = files;
    this.lock = lock;
    this.receipts = new Receipts(dataSource, files);
    this.out = Path.of(data).resolve("out");
  }

  @Override
  public Path take(
      String unit, Channel channel, String originalName, Path file, LocalDateTime receivedAt) {
    return takeIn(unit, channel, originalName, file, receivedAt).receiptFile();
  }

  /** A file taken in, its receipt, and where the receipt was written. */
  public record Outcome(Receipt receipt, Path receiptFile) {}

  public Outcome takeIn(
      String unit, Channel channel, String originalName, Path file, LocalDateTime receivedAt) {
    return takeIn(List.of(new Arrival(unit, channel, originalName, file, receivedAt))).get(0);
  }

  /** Files taken in together: loaded in one pass, then each answered; outcomes in order. */
  public List<Outcome> takeIn(List<Arrival> arrivals) {
    return lock.hold(
        "Taking in " + arrivals.size() + " file(s)",
        () -> {
          List<Ingester.Result> results = ingester.ingestAll(arrivals);
          List<Outcome> outcomes = new ArrayList<>();
          for (Ingester.Result result : results) {
            boolean owed = !result.duplicate() || !files.answered(result.file().id());
            outcomes.add(owed ? answer(result.file()) : answerDuplicate(result.file()));
          }
          answerOwedHeld();
          return outcomes;
        });
  }

  @Override
  public int answerOwed() {
    return lock.hold("Writing owed receipts", this::answerOwedHeld);
  }

  private int answerOwedHeld() {
    int written = 0;
    for (List<ReceivedFile> owed = files.unanswered(OWED_A_READ);
        !owed.isEmpty();
        owed = files.unanswered(OWED_A_READ)) {
      for (ReceivedFile file : owed) {
        answer(file);
        written++;
      }
    }
    if (written > 0) {
      log.info("Wrote {} receipt(s) a stopped pass owed", written);
    }
    return written;
  }

  /**
   * The file's receipt, named by the file and its arrival: written again after a crash, it replaces
   * itself.
   */
  private Outcome answer(ReceivedFile file) {
    Outcome outcome = write(file, false, file.receivedAt());
    files.markAnswered(file.id());
    return outcome;
  }

  /** The same bytes came again: each time a receipt of its own that says so. */
  private Outcome answerDuplicate(ReceivedFile file) {
    return write(file, true, LocalDateTime.now());
  }

  private Outcome write(ReceivedFile file, boolean duplicate, LocalDateTime stamp) {
    Receipt receipt = receipts.of(file.id(), duplicate);
    Path target =
        out.resolve(file.sender())
            .resolve(
                "回执_" + file.id() + "_" + STAMP.format(stamp) + (duplicate ? "_重复" : "") + ".xlsx");
    try {
      ReceiptWorkbook.write(receipt, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the receipt " + target, e);
    }
    return new Outcome(receipt, target);
  }
}

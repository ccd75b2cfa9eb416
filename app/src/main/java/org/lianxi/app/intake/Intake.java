package org.lianxi.app.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.lianxi.jobs.ingest.Ingester;
import org.lianxi.ledger.files.Arrival;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.Receipt;
import org.lianxi.ledger.files.Receipts;
import org.lianxi.ledger.files.ReceivedFiles;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.reports.workbook.ReceiptWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Takes in one file from a unit, by whatever channel: loads it (ingest job) and writes its receipt
 * (回执) to {@code DATA/out/UNIT/}, from where it is sent back the way the file came.
 */
@Component
public class Intake implements SubmissionDesk {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Ingester ingester;
  private final Receipts receipts;
  private final Path out;

  public Intake(
      Ingester ingester,
      ReceivedFiles files,
      javax.sql.DataSource dataSource,
      @Value("${lianxi.data:data}") String data) {
    this.ingester = ingester;
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
    List<Ingester.Result> results = ingester.ingestAll(arrivals);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      outcomes.add(answer(arrivals.get(i).sender(), results.get(i)));
    }
    return outcomes;
  }

  private Outcome answer(String unit, Ingester.Result result) {
    Receipt receipt = receipts.of(result.file().id(), result.duplicate());
    Path target =
        out.resolve(unit)
            .resolve(
                "回执_"
                    + result.file().id()
                    + "_"
                    + STAMP.format(LocalDateTime.now())
                    + (result.duplicate() ? "_重复" : "")
                    + ".xlsx");
    try {
      ReceiptWorkbook.write(receipt, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the receipt " + target, e);
    }
    return new Outcome(receipt, target);
  }
}

package org.lianxi.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.SubmissionDesk;

/**
 * The tests' stand-in for the intake (which has its own tests): records what it was handed and
 * writes a receipt {@code 回执_N.xlsx} into the unit's outbox, as the intake does.
 */
class RecordingDesk implements SubmissionDesk {

  /** What the desk was handed. */
  record Taken(String unit, Channel channel, String name, String content) {}

  private final Path data;
  final List<Taken> taken = new CopyOnWriteArrayList<>();

  RecordingDesk(Path data) {
    this.data = data;
  }

  @Override
  public synchronized Path take(
      String unit, Channel channel, String name, Path file, LocalDateTime receivedAt) {
    try {
      taken.add(new Taken(unit, channel, name, Files.readString(file)));
      Path receipt =
          Files.createDirectories(data.resolve("out").resolve(unit))
              .resolve("回执_" + taken.size() + ".xlsx");
      return Files.writeString(receipt, "receipt for " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

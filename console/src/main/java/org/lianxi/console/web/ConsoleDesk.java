package org.lianxi.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.lianxi.ledger.Checksums;
import org.lianxi.ledger.exchange.Table;
import org.lianxi.ledger.files.Channel;
import org.lianxi.ledger.files.FileOutcomes;
import org.lianxi.ledger.files.SubmissionDesk;
import org.lianxi.reports.workbook.TableWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The console's way into the ledger: a file handed to serve's {@link SubmissionDesk} by channel
 * {@code console}, exactly as a channel hands one in, from a temporary file under {@code
 * DATA/work/console/} removed after; the received file's id found by its sender and checksum.
 */
@Component
class ConsoleDesk {

  private final SubmissionDesk desk;
  private final FileOutcomes outcomes;
  private final Path work;

  ConsoleDesk(
      SubmissionDesk desk, FileOutcomes outcomes, @Value("${lianxi.data:data}") String data) {
    this.desk = desk;
    this.outcomes = outcomes;
    this.work = Path.of(data).resolve("work").resolve("console");
  }

  /** Writes something into a temporary file. */
  interface Writer {
    void write(Path file) throws IOException;
  }

  /** A new temporary file in the work area, never named by anything a browser sent. */
  Path temp(String prefix, String suffix) throws IOException {
    Files.createDirectories(work);
    return Files.createTempFile(work, prefix, suffix);
  }

  /** Takes in what {@code writer} writes as the unit's file; the received file's id. */
  long take(String unit, String originalName, Writer writer) throws IOException {
    Path temp = temp("upload-", ".part");
    try {
      writer.write(temp);
      return take(unit, Channel.CONSOLE, originalName, temp, LocalDateTime.now());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Takes in a file as the unit's by this channel; the received file's id (the earlier one when the
   * unit sent the same bytes before: the desk loads them once).
   */
  long take(String unit, Channel channel, String originalName, Path file, LocalDateTime at)
      throws IOException {
    String checksum = checksum(file);
    desk.take(unit, channel, originalName, file, at);
    return outcomes
        .idOf(unit, checksum)
        .orElseThrow(() -> new IllegalStateException("the file was not registered"));
  }

  /** Takes in a one-sheet workbook of these rows as the unit's file. */
  long takeSheet(String unit, String originalName, Table table) throws IOException {
    return take(unit, originalName, file -> TableWorkbook.write(List.of(table), file));
  }

  /** The bytes a temporary file holds, read back. */
  byte[] written(String prefix, String suffix, Writer writer) throws IOException {
    Path temp = temp(prefix, suffix);
    try {
      writer.write(temp);
      return Files.readAllBytes(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String checksum(Path file) throws IOException {
    MessageDigest sha = Checksums.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}

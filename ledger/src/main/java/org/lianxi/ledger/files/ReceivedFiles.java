package org.lianxi.ledger.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.Checksums;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers received files. Every file is first landed unchanged under {@code landed/}, named by
 * its SHA-256 (never by a name from outside); the same bytes from the same sender are one file,
 * whichever channel brought them and however often.
 */
public final class ReceivedFiles {

  private final JdbcClient jdbc;
  private final Path landed;

  public ReceivedFiles(DataSource dataSource, Path landedFolder) {
    this.jdbc = JdbcClient.create(dataSource);
    this.landed = landedFolder;
  }

  /**
   * Lands and registers a file; when the sender sent the same bytes before, returns that file.
   *
   * @param originalName shown in receipts only, never used as a path
   */
  public ReceivedFile register(
      String sender, Channel channel, String originalName, Path source, LocalDateTime receivedAt) {
    try {
      Files.createDirectories(landed);
      Path temp = Files.createTempFile(landed, ".landing-", ".tmp");
      MessageDigest sha = Checksums.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      String checksum = HexFormat.of().formatHex(sha.digest());
      Path target = landed.resolve(checksum);
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      long size = Files.size(target);
      int inserted =
          jdbc.sql(
                  """
                  INSERT IGNORE INTO received_file (sender_unit, channel, original_name, checksum,
                      size_bytes, received_at, landed_path, status)
                  VALUES (?, ?, ?, ?, ?, ?, ?, 'received')""")
              .params(
                  sender,
                  channel.code(),
                  displayName(originalName),
                  checksum,
                  size,
                  receivedAt,
                  landed.relativize(target).toString())
              .update();
      ReceivedFile file = find(sender, checksum).orElseThrow();
      return withNew(file, inserted == 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot land " + originalName, e);
    }
  }

  private static final String COLUMNS =
      "SELECT id, sender_unit, channel, original_name, checksum, size_bytes, received_at, status"
          + " FROM received_file ";

  public Optional<ReceivedFile> find(String sender, String checksum) {
    return jdbc.sql(COLUMNS + "WHERE sender_unit = ? AND checksum = ?")
        .params(sender, checksum)
        .query(ReceivedFiles::file)
        .optional();
  }

  /**
   * Up to {@code limit} files still waiting to be loaded, with ids in (after, upTo], oldest first.
   */
  public List<ReceivedFile> pending(long after, long upTo, int limit) {
    return jdbc.sql(
            COLUMNS + "WHERE status = 'received' AND id > ? AND id <= ? ORDER BY id LIMIT ?")
        .params(after, upTo, limit)
        .query(ReceivedFiles::file)
        .list();
  }

  private static ReceivedFile file(ResultSet rs, int row) throws SQLException {
    return new ReceivedFile(
        rs.getLong("id"),
        rs.getString("sender_unit"),
        Channel.valueOf(rs.getString("channel").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("original_name"),
        rs.getString("checksum"),
        rs.getLong("size_bytes"),
        rs.getObject("received_at", LocalDateTime.class),
        rs.getString("status"),
        false);
  }

  public ReceivedFile get(long id) {
    return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ReceivedFiles::file).single();
  }

  /** Where the landed copy of a file is. */
  public Path landedPath(ReceivedFile file) {
    return landed.resolve(file.checksum());
  }

  private static ReceivedFile withNew(ReceivedFile f, boolean isNew) {
    return new ReceivedFile(
        f.id(),
        f.sender(),
        f.channel(),
        f.originalName(),
        f.checksum(),
        f.size(),
        f.receivedAt(),
        f.status(),
        isNew);
  }

  /** The last path element of a name from outside, bounded and without control characters. */
  static String displayName(String name) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
    if (last.isBlank()) {
      last = "(无文件名)";
    }
    return last.length() > 200 ? last.substring(0, 200) : last;
  }
}

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianxi.ledger.Checksums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

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
      String shownName = displayName(originalName);
      // As stored (DATETIME(3)), so that the file returned is the file read back later.
      LocalDateTime received = receivedAt.truncatedTo(ChronoUnit.MILLIS);
      KeyHolder key = new GeneratedKeyHolder();
      int inserted =
          jdbc.sql(
                  """
                  INSERT IGNORE INTO received_file (sender_unit, channel, original_name, checksum,
                      size_bytes, received_at, landed_path, status)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
              .params(
                  sender,
                  channel.code(),
                  shownName,
                  checksum,
                  size,
                  received,
                  landed.relativize(target).toString(),
                  ReceivedFile.WAITING)
              .update(key);
      if (inserted == 1) {
        return new ReceivedFile(
            key.getKey().longValue(),
            sender,
            channel,
            shownName,
            checksum,
            size,
            received,
            ReceivedFile.WAITING,
            true);
      }
      // The same bytes from the same sender came before: that file, as it is now.
      return find(sender, checksum).orElseThrow();
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

  /** The files with these ids, as they are now, by id; read {@value #IDS_A_QUERY} at a time. */
  public Map<Long, ReceivedFile> get(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    Map<Long, ReceivedFile> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += IDS_A_QUERY) {
      List<Long> some = all.subList(from, Math.min(all.size(), from + IDS_A_QUERY));
      jdbc.sql(
              COLUMNS
                  + "WHERE id IN ("
                  + String.join(",", Collections.nCopies(some.size(), "?"))
                  + ")")
          .params(new ArrayList<Object>(some))
          .query(ReceivedFiles::file)
          .list()
          .forEach(file -> found.put(file.id(), file));
    }
    return found;
  }

  private static final int IDS_A_QUERY = 1000;

  /** Where the landed copy of a file is. */
  public Path landedPath(ReceivedFile file) {
    return landed.resolve(file.checksum());
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

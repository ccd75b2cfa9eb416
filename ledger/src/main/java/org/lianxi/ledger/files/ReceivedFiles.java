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
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.lianxi.ledger.Checksums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers received files. Every file is first landed unchanged under {@code landed/}, named by
 * its SHA-256 (never by a name from outside); the same bytes from the same sender are one file,
 * whichever channel brought them and however often.
 */
public final class ReceivedFiles {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Path landed;

  public ReceivedFiles(DataSource dataSource, Path landedFolder) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new JdbcTemplate(dataSource);
    this.landed = landedFolder;
  }

  /**
   * Lands and registers a file; when the sender sent the same bytes before, returns that file.
   *
   * @param originalName shown in receipts only, never used as a path
   */
  public ReceivedFile register(
      String sender, Channel channel, String originalName, Path source, LocalDateTime receivedAt) {
    return registerAll(List.of(new Arrival(sender, channel, originalName, source, receivedAt)))
        .get(0);
  }

  /**
   * Lands and registers files, {@value #FILES_A_STATEMENT} to a statement; returns them in the same
   * order. A file whose sender sent the same bytes before, or earlier in the list, is that file and
   * not newly registered.
   */
  public List<ReceivedFile> registerAll(List<Arrival> arrivals) {
    List<ReceivedFile> registered = new ArrayList<>(arrivals.size());
    for (int from = 0; from < arrivals.size(); from += FILES_A_STATEMENT) {
      List<Arrival> some =
          arrivals.subList(from, Math.min(arrivals.size(), from + FILES_A_STATEMENT));
      registered.addAll(registerLanded(some.stream().map(this::land).toList()));
    }
    return registered;
  }

  private static final int FILES_A_STATEMENT = 500;

  /** A file landed under its checksum, not yet registered. */
  private record Landed(Arrival arrival, String checksum, long size, Path path) {
    List<String> identity() {
      return List.of(arrival.sender(), checksum);
    }
  }

  private Landed land(Arrival arrival) {
    try {
      Files.createDirectories(landed);
      // A temporary file is made for its owner alone; writing into it (not replacing it) keeps it
      // so.
      Path temp = Files.createTempFile(landed, ".landing-", ".tmp");
      MessageDigest sha = Checksums.sha256();
      try (InputStream in = new DigestInputStream(Files.newInputStream(arrival.source()), sha);
          java.io.OutputStream out = Files.newOutputStream(temp)) {
        in.transferTo(out);
      }
      String checksum = HexFormat.of().formatHex(sha.digest());
      Path target = landed.resolve(checksum);
      if (Files.exists(target)) {
        Files.delete(temp);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new Landed(arrival, checksum, Files.size(target), target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot land " + arrival.originalName(), e);
    }
  }

  /**
   * Registers landed files in three statements: which were there before, the new ones inserted
   * (ignored if another process registered the same file meanwhile), and all of them as they are
   * now.
   */
  private List<ReceivedFile> registerLanded(List<Landed> files) {
    Set<List<String>> before = registered(files).keySet();
    Set<List<String>> fresh = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (Landed f : files) {
      if (!before.contains(f.identity()) && fresh.add(f.identity())) {
        Arrival a = f.arrival();
        rows.add(
            new Object[] {
              a.sender(),
              a.channel().code(),
              displayName(a.originalName()),
              f.checksum(),
              f.size(),
              Timestamp.valueOf(a.receivedAt()),
              landed.relativize(f.path()).toString(),
              ReceivedFile.WAITING
            });
      }
    }
    batch.batchUpdate(
        """
        INSERT IGNORE INTO received_file (sender_unit, channel, original_name, checksum,
            size_bytes, received_at, landed_path, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        rows);
    Map<List<String>, ReceivedFile> now = registered(files);
    Set<List<String>> handedOut = new HashSet<>();
    List<ReceivedFile> result = new ArrayList<>();
    for (Landed f : files) {
      ReceivedFile file = now.get(f.identity());
      boolean isNew = fresh.contains(f.identity()) && handedOut.add(f.identity());
      result.add(
          new ReceivedFile(
              file.id(),
              file.sender(),
              file.channel(),
              file.originalName(),
              file.checksum(),
              file.size(),
              file.receivedAt(),
              file.status(),
              isNew));
    }
    return result;
  }

  /** The files already registered among these, by sender and checksum. */
  private Map<List<String>, ReceivedFile> registered(List<Landed> files) {
    List<Object[]> pairs = files.stream().map(f -> f.identity().toArray()).toList();
    Map<List<String>, ReceivedFile> found = new HashMap<>();
    jdbc.sql(COLUMNS + "WHERE (sender_unit, checksum) IN (:pairs)")
        .param("pairs", pairs)
        .query(ReceivedFiles::file)
        .list()
        .forEach(file -> found.put(List.of(file.sender(), file.checksum()), file));
    return found;
  }

  private static final String COLUMNS =
      "SELECT id, sender_unit, channel, original_name, checksum, size_bytes, received_at, status"
          + " FROM received_file ";

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

  /**
   * Up to {@code limit} files loaded or rejected whose receipt was never written (their pass was
   * stopped before it answered them), oldest first.
   */
  public List<ReceivedFile> unanswered(int limit) {
    return jdbc.sql(
            COLUMNS
                + "WHERE answered_at IS NULL AND status IN ('loaded', 'rejected') ORDER BY id"
                + " LIMIT ?")
        .param(limit)
        .query(ReceivedFiles::file)
        .list();
  }

  /**
   * Locks the files' rows for the caller's transaction and returns those still waiting; leaves out
   * those no longer waiting, or held by another run (that run loads them, or has by the time it
   * lets go). The rows are found by primary key alone and their status checked here: a condition on
   * the status lets the optimizer walk the status index instead, which after a large intake has
   * stale statistics and locks every waiting file it passes (100,000 at province scale: up to 600
   * ms a chunk).
   */
  public Set<Long> claim(List<Long> fileIds) {
    if (fileIds.isEmpty()) {
      return Set.of();
    }
    Set<Long> claimed = new HashSet<>();
    jdbc.sql("SELECT id, status FROM received_file WHERE id IN (:ids) FOR UPDATE SKIP LOCKED")
        .param("ids", fileIds)
        .query(
            rs -> {
              if (ReceivedFile.WAITING.equals(rs.getString("status"))) {
                claimed.add(rs.getLong("id"));
              }
            });
    return claimed;
  }

  /**
   * The files are loaded, those in {@code zeroReports} as zero reports; one statement. Their sheets
   * are written first, in the same transaction: each file's row totals are summed from them here,
   * once, for the submission periods every reconcile and report counts.
   */
  public void markLoaded(List<Long> fileIds, List<Long> zeroReports) {
    if (fileIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            "UPDATE received_file f SET status = 'loaded', loaded_at = NOW(3), zero_report = "
                + (zeroReports.isEmpty() ? "0" : "id IN (:zero)")
                + ", rows_submitted = (SELECT COALESCE(SUM(s.rows_loaded + s.rows_replaced"
                + " + s.rows_unchanged + s.rows_rejected), 0) FROM received_sheet s"
                + " WHERE s.file_id = f.id),"
                + " rows_rejected = (SELECT COALESCE(SUM(s.rows_rejected), 0)"
                + " FROM received_sheet s WHERE s.file_id = f.id)"
                + " WHERE id IN (:ids)")
        .param("zero", zeroReports)
        .param("ids", fileIds)
        .update();
  }

  /** The file is rejected whole, for this reason. */
  public void reject(long fileId, String reason) {
    batch.update(
        "UPDATE received_file SET status = 'rejected', reason = ?, loaded_at = NOW(3) WHERE id = ?",
        reason,
        fileId);
  }

  /** Whether the file's receipt was written. */
  public boolean answered(long id) {
    return jdbc.sql("SELECT answered_at IS NOT NULL FROM received_file WHERE id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  /** The file's receipt is written: it is owed no more. */
  public void markAnswered(long id) {
    jdbc.sql("UPDATE received_file SET answered_at = NOW(3) WHERE id = ? AND answered_at IS NULL")
        .param(id)
        .update();
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
      jdbc.sql(COLUMNS + "WHERE id IN (:ids)")
          .param("ids", some)
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
  public static String displayName(String name) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
    if (last.isBlank()) {
      last = "(无文件名)";
    }
    return last.length() > 200 ? last.substring(0, 200) : last;
  }
}

package org.lianxi.ledger;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the ledger stands, read in well under a millisecond at province scale, for figures kept
 * until it moves (the console's counts). Two parts, each changing whenever what it stands for does:
 *
 * <ul>
 *   <li>{@code intake}: the last file's id and how many files wait to be loaded. The rows of the
 *       report tables, the sheets' results and the problems are written only in the ingest chunk
 *       that takes its files out of waiting, in the same transaction; a new file is a new id; no
 *       file ever waits again. So no two different intakes share a mark.
 *   <li>{@code lastRun}: the last reconcile run's id. Only a reconcile writes judgements, record
 *       states and discrepancies, and each records itself in {@code reconcile_run} in the same
 *       transaction.
 * </ul>
 *
 * A figure is to be counted after its mark is read, never before: one counted a moment late is kept
 * under the older mark and counted again on the next read.
 */
public record LedgerVersion(Intake intake, long lastRun) {

  /** The files' side of the mark. */
  public record Intake(long files, long waitingFiles) {}

  /** By indexes alone: the files counted on the smallest, the waiting by status. */
  public static LedgerVersion read(DataSource dataSource) {
    return JdbcClient.create(dataSource)
        .sql(
            """
            SELECT (SELECT COUNT(*) FROM received_file) AS files,
                   (SELECT COUNT(*) FROM received_file WHERE status = 'received') AS waiting,
                   (SELECT COALESCE(MAX(id), 0) FROM reconcile_run) AS last_run""")
        .query(
            (rs, n) ->
                new LedgerVersion(
                    new Intake(rs.getLong("files"), rs.getLong("waiting")), rs.getLong("last_run")))
        .single();
  }
}

package org.lianxi.ledger;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the ledger stands, read in a few milliseconds at province scale (100,000 files), for
 * figures kept until it moves (the console's counts). Two parts, each changing whenever what it
 * stands for does:
 *
 * <ul>
 *   <li>{@code intake}: how many files there are and how many of them wait to be loaded. The rows
 *       of the report tables, the sheets' results and the problems are written only in the ingest
 *       chunk that takes its files out of waiting, in the same transaction; files are never removed
 *       and no file ever waits again. So an arrival raises the first, a load without an arrival
 *       lowers the second, and no two different intakes share a mark (the last file's id would not
 *       do: registrations may commit out of their ids' order).
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

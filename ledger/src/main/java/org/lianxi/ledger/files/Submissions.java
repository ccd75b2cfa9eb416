package org.lianxi.ledger.files;

import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each submitting unit (townships and departments) sent in a span of time: files taken (a zero
 * report counts, a file rejected whole does not, as in the submission cadence) and files rejected.
 */
public final class Submissions {

  /** One submitting unit's files in the span. */
  public record UnitFiles(String unit, String name, int files, int zeroReports, int rejected) {

    /** Nothing taken in the span: the unit has not reported. */
    public boolean none() {
      return files == 0;
    }
  }

  private final JdbcClient jdbc;

  public Submissions(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Every submitting unit, by code, with its files received in [from, to): the span's files alone
   * are read, by {@code received_file_time_ix}.
   */
  public List<UnitFiles> between(LocalDateTime from, LocalDateTime to) {
    return jdbc.sql(
            """
            SELECT u.code, u.name, COALESCE(f.taken, 0) AS taken,
                   COALESCE(f.zero_reports, 0) AS zero_reports, COALESCE(f.rejected, 0) AS rejected
            FROM unit u
            LEFT JOIN (SELECT sender_unit,
                              SUM(status IN ('loaded', 'received')) AS taken,
                              SUM(status = 'loaded' AND zero_report = 1) AS zero_reports,
                              SUM(status = 'rejected') AS rejected
                       FROM received_file WHERE received_at >= :from AND received_at < :to
                       GROUP BY sender_unit) f ON f.sender_unit = u.code
            WHERE u.unit_type IN (:types)
            ORDER BY u.code""")
        .param("from", from)
        .param("to", to)
        .param("types", JudgedLedger.SUBMITTING.stream().map(UnitType::name).toList())
        .query(
            (rs, n) ->
                new UnitFiles(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getInt("taken"),
                    rs.getInt("zero_reports"),
                    rs.getInt("rejected")))
        .list();
  }
}

package org.lianxi.ledger.county;

import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the database's unit table in step with the county configuration. Units are never deleted:
 * files and records refer to them, and a unit removed from the configuration keeps its history.
 */
public final class UnitStore {

  private final JdbcClient jdbc;

  public UnitStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public void sync(List<Unit> units) {
    LocalDateTime now = LocalDateTime.now();
    for (Unit unit : units) {
      jdbc.sql(
              """
              INSERT INTO unit (code, name, unit_type, updated_at) VALUES (?, ?, ?, ?)
              ON DUPLICATE KEY UPDATE name = VALUES(name), unit_type = VALUES(unit_type),
                                      updated_at = VALUES(updated_at)""")
          .params(unit.code(), unit.name(), unit.type().name(), now)
          .update();
    }
  }

  /** Every unit the database knows, in code order, with the time of its last received file. */
  public List<UnitStatus> status() {
    return jdbc.sql(
            """
            SELECT u.code, u.name, u.unit_type,
                   (SELECT MAX(f.received_at) FROM received_file f WHERE f.sender_unit = u.code) AS last
            FROM unit u ORDER BY u.code""")
        .query(
            (rs, n) ->
                new UnitStatus(
                    rs.getString("code"),
                    rs.getString("name"),
                    UnitType.valueOf(rs.getString("unit_type")),
                    rs.getObject("last", LocalDateTime.class)))
        .list();
  }

  /** One unit's line in {@code lianxi status}. */
  public record UnitStatus(String code, String name, UnitType type, LocalDateTime lastSubmission) {}
}

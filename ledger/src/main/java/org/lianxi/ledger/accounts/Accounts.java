package org.lianxi.ledger.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's accounts ({@code console_account}): the one writer of the table. Hashing passwords
 * and deciding when to lock is the console's; this keeps what it decided.
 */
public final class Accounts {

  private static final String COLUMNS =
      "SELECT id, name, unit_code, role, password_hash, must_change, failed_count, locked_until,"
          + " locked, created_at, changed_at FROM console_account ";

  private final JdbcClient jdbc;

  public Accounts(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Thrown when an account of that name exists already. */
  public static final class NameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NameTakenException(String name) {
      super("an account named " + name + " exists already");
    }
  }

  /** Adds an account that must change its (one-time) password at its first sign-in. */
  public Account add(String name, String unit, Role role, String passwordHash, LocalDateTime now) {
    try {
      jdbc.sql(
              """
              INSERT INTO console_account (name, unit_code, role, password_hash, must_change,
                  created_at, changed_at) VALUES (?, ?, ?, ?, 1, ?, ?)""")
          .params(name, unit, role.name(), passwordHash, now, now)
          .update();
    } catch (DuplicateKeyException e) {
      throw new NameTakenException(name);
    }
    return find(name).orElseThrow();
  }

  public Optional<Account> find(String name) {
    return jdbc.sql(COLUMNS + "WHERE name = ?").param(name).query(Accounts::account).optional();
  }

  /** Every account, by unit and name. */
  public List<Account> all() {
    return jdbc.sql(COLUMNS + "ORDER BY unit_code, name").query(Accounts::account).list();
  }

  /** A new one-time password: to be changed at the next sign-in; unlocks the account. */
  public boolean reset(String name, String passwordHash, LocalDateTime now) {
    return jdbc.sql(
                """
                UPDATE console_account SET password_hash = ?, must_change = 1, failed_count = 0,
                    locked_until = NULL, locked = 0, changed_at = ? WHERE name = ?""")
            .params(passwordHash, now, name)
            .update()
        == 1;
  }

  /** The password its owner chose: no longer to be changed. */
  public void changePassword(String name, String passwordHash, LocalDateTime now) {
    jdbc.sql(
            "UPDATE console_account SET password_hash = ?, must_change = 0, changed_at = ?"
                + " WHERE name = ?")
        .params(passwordHash, now, name)
        .update();
  }

  /** Locked by the office until it is reset. */
  public boolean lock(String name, LocalDateTime now) {
    return jdbc.sql("UPDATE console_account SET locked = 1, changed_at = ? WHERE name = ?")
            .params(now, name)
            .update()
        == 1;
  }

  /** A successful sign-in: the failures in a row start again from none. */
  public void signedIn(String name) {
    jdbc.sql(
            "UPDATE console_account SET failed_count = 0, locked_until = NULL WHERE name = ?"
                + " AND (failed_count <> 0 OR locked_until IS NOT NULL)")
        .param(name)
        .update();
  }

  /**
   * One more failed sign-in; at {@code limit} failures in a row the account is locked until {@code
   * lockUntil} and the count starts again. Returns the account as it is now.
   */
  public Optional<Account> failed(String name, int limit, LocalDateTime lockUntil) {
    jdbc.sql(
            """
            UPDATE console_account
            SET locked_until = CASE WHEN failed_count + 1 >= ? THEN ? ELSE locked_until END,
                failed_count = CASE WHEN failed_count + 1 >= ? THEN 0 ELSE failed_count + 1 END
            WHERE name = ?""")
        .params(limit, lockUntil, limit, name)
        .update();
    return find(name);
  }

  private static Account account(ResultSet rs, int row) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("unit_code"),
        Role.valueOf(rs.getString("role")),
        rs.getString("password_hash"),
        rs.getBoolean("must_change"),
        rs.getInt("failed_count"),
        rs.getObject("locked_until", LocalDateTime.class),
        rs.getBoolean("locked"),
        rs.getObject("created_at", LocalDateTime.class),
        rs.getObject("changed_at", LocalDateTime.class));
  }
}

package org.lianxi.console.accounts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.lianxi.console.security.Passwords;
import org.lianxi.ledger.accounts.Account;
import org.lianxi.ledger.accounts.Accounts;
import org.lianxi.ledger.accounts.AuditLog;
import org.lianxi.ledger.accounts.Role;

/**
 * The county's IT makes and keeps the console's accounts ({@code lianxi user ...}): a new account
 * or a reset one gets a one-time password, returned once to be shown once and kept only hashed.
 * Every change is in the audit log.
 */
public final class AccountAdmin {

  /** 1-64 characters, none of them a space or a control character. */
  private static final Pattern NAME = Pattern.compile("[^\\s\\p{Cntrl}]{1,64}");

  /** An account made, and its one-time password. */
  public record Made(Account account, String oneTimePassword) {}

  private final Accounts accounts;
  private final AuditLog audit;
  private final String actor;

  /**
   * @param actor who runs the command (the operating system's user), for the audit log
   */
  public AccountAdmin(DataSource dataSource, String actor) {
    this.accounts = new Accounts(dataSource);
    this.audit = new AuditLog(dataSource);
    this.actor = actor;
  }

  /** Whether a name will do for an account. */
  public static boolean validName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /**
   * @throws Accounts.NameTakenException when an account of that name exists
   */
  public Made add(String name, String unit, Role role) {
    String password = Passwords.oneTime();
    Account account =
        accounts.add(name, unit, role, Passwords.encoder().encode(password), LocalDateTime.now());
    audit.record(
        actor,
        AuditLog.COMMAND_LINE,
        AuditLog.Action.ACCOUNT_ADDED,
        name + "（" + unit + "，" + role.label() + "）");
    return new Made(account, password);
  }

  public List<Account> list() {
    return accounts.all();
  }

  /** Locks an account until it is reset; false when there is no such account. */
  public boolean lock(String name) {
    boolean locked = accounts.lock(name, LocalDateTime.now());
    if (locked) {
      audit.record(actor, AuditLog.COMMAND_LINE, AuditLog.Action.ACCOUNT_LOCKED, name);
    }
    return locked;
  }

  /**
   * A new one-time password, which also unlocks the account; empty when there is no such account.
   */
  public Optional<String> reset(String name) {
    String password = Passwords.oneTime();
    if (!accounts.reset(name, Passwords.encoder().encode(password), LocalDateTime.now())) {
      return Optional.empty();
    }
    audit.record(actor, AuditLog.COMMAND_LINE, AuditLog.Action.ACCOUNT_RESET, name);
    return Optional.of(password);
  }
}

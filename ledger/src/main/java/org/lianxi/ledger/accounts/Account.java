package org.lianxi.ledger.accounts;

import java.time.LocalDateTime;

/**
 * A console account as stored.
 *
 * @param passwordHash the hash only, in the form {@code {scheme}hash}; never printed or logged
 * @param mustChange signed in with a one-time password: it must be changed before anything else
 * @param failedCount failed sign-ins in a row since the last success
 * @param lockedUntil locked after too many failures until then; null when not
 * @param locked locked by the office until it is reset
 */
public record Account(
    long id,
    String name,
    String unit,
    Role role,
    String passwordHash,
    boolean mustChange,
    int failedCount,
    LocalDateTime lockedUntil,
    boolean locked,
    LocalDateTime createdAt,
    LocalDateTime changedAt) {

  /** Locked by the office, or by failures until a time still to come. */
  public boolean lockedAt(LocalDateTime now) {
    return locked || (lockedUntil != null && lockedUntil.isAfter(now));
  }

  @Override
  public String toString() {
    return "Account[" + name + ", " + unit + ", " + role + "]"; // never the hash
  }
}

package org.lianxi.ledger.browse;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose ledger is read: every unit's (the office), or only the records one unit is a side of (a
 * liaison): a unit column of the record names it, it reported the record, or it owes a judgement of
 * it.
 */
public record Scope(Optional<String> unit) {

  public Scope {
    Objects.requireNonNull(unit);
  }

  public static Scope everyUnit() {
    return new Scope(Optional.empty());
  }

  public static Scope ofUnit(String unit) {
    return new Scope(Optional.of(unit));
  }
}

package org.lianxi.ledger.rules;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a rule reads of the record it judges: its values (both sides taken from their authority for
 * a two-sided record), who reported it, when it first arrived, and the other side's row.
 */
public interface Facts {

  /** The value of a ledger column, or null. */
  Object value(String field);

  /** The unit that reported the row; empty for a record matched from two sides. */
  Optional<String> reporter();

  /** When the record first arrived, in whatever file; null when it has not. */
  LocalDateTime firstArrived();

  /** Whether the side of this direction code ({@code OUT}, {@code IN}) reported the record. */
  boolean reported(String direction);

  /** The other side's row: its value of the field, else the day it first arrived; else null. */
  Object otherSide(String field);
}

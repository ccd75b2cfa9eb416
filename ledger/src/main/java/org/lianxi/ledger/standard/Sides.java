package org.lianxi.ledger.standard;

import java.util.List;

/**
 * How a record that both sides report splits into its sides, and which side is the authority for
 * which field (exchange standard section 7). The first side is the one that starts the matter (the
 * sender, requester, first unit, deciding or proposing unit).
 *
 * @param firstUnit the unit column of the first side
 * @param secondUnit the unit column of the second side, or null when the second side is the office,
 *     which no column names
 * @param firstAuthority the fields the first side is the authority for
 * @param secondAuthority the fields the second side is the authority for
 * @param pairing when the reports of one key are matched as a two-sided record
 * @param noun what one row is called in a reporting-side message (移出的<b>案件</b>), for records with a
 *     方向 column
 */
public record Sides(
    Column firstUnit,
    Column secondUnit,
    List<Column> firstAuthority,
    List<Column> secondAuthority,
    Pairing pairing,
    String noun) {

  /** The field of the 方向 column, on the records whose rows say which side they are. */
  public static final String DIRECTION = "direction";

  /** The 方向 code of the first side's row (移出, 发出, 送审); the second side's is {@link #IN}. */
  public static final String OUT = "OUT";

  public static final String IN = "IN";

  /** When the reports of one key are matched as one record of two sides. */
  public enum Pairing {
    /** Always: a side not yet reported is missing, and chased. */
    ALWAYS,
    /** When the two unit fields differ (a complaint its first unit handles itself has one side). */
    WHEN_UNITS_DIFFER,
    /** Only once the second side has reported: its report is optional (its own dates). */
    WHEN_BOTH_REPORT
  }

  public Sides {
    firstAuthority = List.copyOf(firstAuthority);
    secondAuthority = List.copyOf(secondAuthority);
  }
}

package org.lianxi.ledger.browse;

import java.util.List;
import java.util.Optional;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.Column;

/**
 * A page of the ledger list: the records of one type the filter matches, newest start first.
 *
 * @param columns the record's fields each line shows (number, units, party, start)
 * @param sides the headers of the two sides (移送单位, 接收单位), empty for a type one unit reports
 * @param rules the rules that judge the type, in the catalogue's order
 * @param total how many records match, on every page
 */
public record LedgerPage(
    LedgerFilter filter,
    List<Column> columns,
    Optional<SideHeaders> sides,
    List<RuleSpec> rules,
    List<Line> lines,
    long total) {

  public LedgerPage {
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
    lines = List.copyOf(lines);
  }

  /** The headers of a two-sided type's sides, as the standard names its unit columns. */
  public record SideHeaders(String first, String second) {}

  /**
   * One record.
   *
   * @param cells as {@code columns}, labelled and masked
   * @param reporters the units that reported it (names), for a type one unit reports
   * @param missing the side that has not reported
   * @param judgements per rule of the page, in its order: that rule's judgements of the record
   */
  public record Line(
      String key,
      String number,
      List<String> cells,
      String firstUnit,
      String secondUnit,
      String reporters,
      Optional<Side> missing,
      String missingText,
      boolean disagreement,
      List<List<StoredJudgement>> judgements) {}

  public int pages() {
    return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
  }
}

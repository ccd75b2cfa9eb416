package org.lianxi.ledger.browse;

/**
 * A rule's state as the ledger pages filter by it, from the stored judgements (never judged again):
 * named as the ledger prints a judgement's status ({@link
 * org.lianxi.ledger.exchange.LedgerExport#status}), so the filter and the cells read alike.
 */
public enum RuleState {
  /** open, not yet overdue (due soon or not) */
  OPEN,
  /** open, due within a working day */
  DUE_SOON,
  /** open past its deadline */
  OVERDUE,
  /** done after its deadline */
  LATE,
  /** done in time */
  ON_TIME;

  /** As the filter names it. */
  public String label() {
    return switch (this) {
      case OPEN -> "办理中";
      case DUE_SOON -> "即将到期";
      case OVERDUE -> "已超期";
      case LATE -> "逾期办结";
      case ON_TIME -> "按时办结";
    };
  }
}

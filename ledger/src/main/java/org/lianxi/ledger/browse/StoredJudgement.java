package org.lianxi.ledger.browse;

import java.time.LocalDateTime;
import org.lianxi.ledger.exchange.LedgerExport;
import org.lianxi.ledger.rules.Judgement.LateUnit;
import org.lianxi.ledger.rules.Judgement.Status;

/**
 * One judgement as the last reconcile stored it: the rule (its key and its label), the unit that
 * owes it, the limit as configured, the start, deadline and end, the status and how late, and by
 * which calendar and profile, as of when.
 */
public record StoredJudgement(
    String rule,
    String label,
    String owingUnit,
    String owingUnitName,
    String limitText,
    LocalDateTime startsAt,
    LocalDateTime dueAt,
    LocalDateTime endedAt,
    Status status,
    int lateBy,
    LateUnit lateUnit,
    boolean dueSoon,
    boolean provisional,
    String calendarVersion,
    String profileVersion,
    LocalDateTime asOf) {

  /** As the ledger export prints it: 按时, 逾期3个工作日, 已超期5小时, 即将到期, 办理中 … */
  public String statusText() {
    return LedgerExport.status(status, lateBy, lateUnit, dueSoon);
  }

  /** The deadline's day, 无时限要求, or marked 暂定. */
  public String deadlineText() {
    return LedgerExport.deadline(dueAt, provisional);
  }

  /** How late or how far overdue: 3个工作日, 5小时; empty when not. */
  public String lateText() {
    return lateBy == 0 ? "" : lateUnit.late(lateBy);
  }

  /** Whether it is overdue, or was done late: shown in red. */
  public boolean late() {
    return status == Status.OVERDUE || status == Status.LATE;
  }
}

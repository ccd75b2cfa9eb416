package org.lianxi.ledger.exchange;

import java.time.LocalDateTime;

/**
 * One thing a unit must still do, for its chase list (催办单).
 *
 * @param what the action, in Chinese (报送移入回执, 复函 …)
 * @param number the document number or registration number of the record
 * @param counterparty the other unit's name, if any
 * @param due empty for a rule with no figure
 * @param lateBy how far overdue, e.g. 3个工作日; empty when not overdue
 */
public record Duty(
    String what,
    String number,
    String counterparty,
    LocalDateTime start,
    LocalDateTime due,
    boolean overdue,
    boolean dueSoon,
    String lateBy,
    boolean provisional) {}

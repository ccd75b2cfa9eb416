package org.lianxi.ledger.reconcile;

/**
 * Counts of what the reconcile found: records, one-sided ones, discrepancies, judgements by status.
 */
public record ReconcileSummary(
    int records,
    int oneSided,
    int discrepancies,
    int judgements,
    int late,
    int open,
    int dueSoon,
    int overdue,
    int provisional,
    int missedPeriods) {}

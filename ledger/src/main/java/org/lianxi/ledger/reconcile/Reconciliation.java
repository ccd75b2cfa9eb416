package org.lianxi.ledger.reconcile;

import java.util.List;

/** Everything one reconcile finds, in a stable order. */
public record Reconciliation(
    List<RecordState> records, List<Discrepancy> discrepancies, List<JudgedRule> judgements) {}

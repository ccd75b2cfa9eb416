package org.lianxi.ledger.reconcile;

import org.lianxi.ledger.standard.RecordType;

/** Two sides give different values for a field: the authority's value stands, the other is kept. */
public record Discrepancy(
    RecordType type,
    String key,
    String field,
    String authorityUnit,
    String authorityValue,
    long authorityReportId,
    String otherUnit,
    String otherValue,
    long otherReportId) {}

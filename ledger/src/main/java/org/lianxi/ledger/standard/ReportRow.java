package org.lianxi.ledger.standard;

import java.util.Map;

/**
 * One accepted row: a report of one record, by the unit that sent the file.
 *
 * @param recordKey the standard's key (section 6), canonical
 * @param values ledger column name to normalised value (see {@link Values#parse})
 * @param contentHash of the normalised values: the same hash is the same report
 */
public record ReportRow(
    RecordType type,
    String sheet,
    int row,
    String reportingUnit,
    String recordKey,
    Map<String, Object> values,
    String contentHash) {}

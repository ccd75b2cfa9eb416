package org.lianxi.reports.figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.Reconciler;
import org.lianxi.ledger.reconcile.RecordState;
import org.lianxi.ledger.standard.RecordType;

/**
 * Every record of a page of the judged ledger once, whoever reported it: two-sided records as
 * reconcile merged them (each field from its authority), the others as the report reconcile judged
 * them on.
 */
public final class LedgerRecords {

  private final Map<RecordType, Map<String, Map<String, Object>>> byType =
      new EnumMap<>(RecordType.class);

  public LedgerRecords(Page page) {
    for (RecordType type : RecordType.values()) {
      byType.put(type, new LinkedHashMap<>());
    }
    for (RecordState state : page.reconciliation().records()) {
      byType.get(state.type()).put(state.key(), state.merged());
    }
    // A record of one side several units reported: the report reconcile judged it on.
    Map<String, CurrentReport> single = new LinkedHashMap<>();
    for (CurrentReport report : page.reports()) {
      if (!byType.get(report.type()).containsKey(report.key())) {
        single.merge(
            report.type() + "|" + report.key(),
            report,
            (a, b) -> Reconciler.AUTHORITY.compare(a, b) >= 0 ? a : b);
      }
    }
    single.values().forEach(r -> byType.get(r.type()).put(r.key(), r.values()));
  }

  public List<Map<String, Object>> of(RecordType type) {
    return List.copyOf(byType.get(type).values());
  }

  /** The records of a type by their ledger key. */
  public Map<String, Map<String, Object>> keyed(RecordType type) {
    return java.util.Collections.unmodifiableMap(byType.get(type));
  }

  /** The day a field holds (a date, or the day of a date-time), or null. */
  public static LocalDate day(Map<String, Object> values, String field) {
    Object value = values.get(field);
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return null;
  }
}

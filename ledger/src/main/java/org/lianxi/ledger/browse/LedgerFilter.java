package org.lianxi.ledger.browse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianxi.ledger.standard.RecordType;

/**
 * What the ledger list shows: one record type, and optionally a unit (the records it is a side of),
 * a rule state (some judgement of the record in it), a period on the record's start ({@link
 * RecordType#countedBy}, both days included), and text in its number or its text fields; the page
 * (from 1) of {@code pageSize} records.
 */
public record LedgerFilter(
    RecordType type,
    Optional<String> unit,
    Optional<RuleState> state,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text,
    int page,
    int pageSize) {

  public static final int PAGE_SIZE = 50;

  public LedgerFilter {
    Objects.requireNonNull(type);
    unit = unit.map(String::strip).filter(u -> !u.isEmpty());
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    page = Math.max(1, page);
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size " + pageSize);
    }
  }

  /** Every record of the type, first page. */
  public static LedgerFilter of(RecordType type) {
    return new LedgerFilter(
        type,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1,
        PAGE_SIZE);
  }

  public LedgerFilter withUnit(String unit) {
    return new LedgerFilter(type, Optional.ofNullable(unit), state, from, to, text, page, pageSize);
  }

  public LedgerFilter withState(RuleState state) {
    return new LedgerFilter(type, unit, Optional.ofNullable(state), from, to, text, page, pageSize);
  }

  public LedgerFilter withPeriod(LocalDate from, LocalDate to) {
    return new LedgerFilter(
        type,
        unit,
        state,
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        text,
        page,
        pageSize);
  }

  public LedgerFilter withText(String text) {
    return new LedgerFilter(type, unit, state, from, to, Optional.ofNullable(text), page, pageSize);
  }

  public LedgerFilter withPage(int page, int pageSize) {
    return new LedgerFilter(type, unit, state, from, to, text, page, pageSize);
  }
}

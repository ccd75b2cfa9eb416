package org.lianxi.ledger.reconcile;

import java.time.LocalDateTime;
import java.util.Optional;
import org.lianxi.ledger.rules.Judgement;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;

/** One rule judged on one record, attributed to the unit that owes the action. */
public record JudgedRule(
    RecordType type,
    String key,
    Rule rule,
    String owingUnit,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    Judgement judgement) {}

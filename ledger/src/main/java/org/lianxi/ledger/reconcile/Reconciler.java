package org.lianxi.ledger.reconcile;

import static org.lianxi.ledger.standard.Sides.DIRECTION;
import static org.lianxi.ledger.standard.Sides.OUT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lianxi.ledger.reconcile.RecordState.Side;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Facts;
import org.lianxi.ledger.rules.Limit;
import org.lianxi.ledger.rules.Profile;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleCatalogue;
import org.lianxi.ledger.rules.RuleLimits;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.ledger.standard.CellKind;
import org.lianxi.ledger.standard.Column;
import org.lianxi.ledger.standard.Fields.Decision;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.ledger.standard.Sides;

/**
 * Matches both sides of every referral, assistance request and transferred complaint, takes each
 * field from its authority (exchange standard, section 7), records discrepancies and missing sides,
 * links penalty decisions to the referral they close, and judges every rule of the catalogue
 * ({@link RuleCatalogue}) on every record, with the profile's limits, as of a moment. Pure: the
 * same reports, profile, calendar and moment give the same result.
 */
public final class Reconciler {

  private final Profile profile;
  private final Deadlines deadlines;
  private final RuleCatalogue catalogue;

  /** Judges the rules of the profile's catalogue: the shipped ones and the county's own. */
  public Reconciler(Profile profile, Deadlines deadlines) {
    this(profile, deadlines, profile.catalogue());
  }

  public Reconciler(Profile profile, Deadlines deadlines, RuleCatalogue catalogue) {
    this.profile = profile;
    this.deadlines = deadlines;
    this.catalogue = catalogue;
  }

  /** Every record of the ledger: the reports are all the current ones. */
  public Reconciliation reconcile(List<CurrentReport> reports, LocalDateTime asOf) {
    return reconcile(
        reports,
        closingDecisions(reports.stream().filter(r -> r.type() == RecordType.DECISION).toList()),
        asOf);
  }

  /**
   * The records of the given reports (every current report of each record), with the closing
   * decisions of the whole ledger ({@link #closingDecisions}): a nightly reconcile's share.
   */
  public Reconciliation reconcile(
      List<CurrentReport> reports, Map<String, String> closingDecisions, LocalDateTime asOf) {
    Map<RecordType, Map<String, List<CurrentReport>>> byKey = new TreeMap<>();
    reports.stream()
        .sorted(Comparator.comparing(CurrentReport::unit).thenComparingLong(CurrentReport::id))
        .forEach(
            r ->
                byKey
                    .computeIfAbsent(r.type(), t -> new TreeMap<>())
                    .computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(r));
    List<RecordState> records = new ArrayList<>();
    List<Discrepancy> discrepancies = new ArrayList<>();
    List<JudgedRule> judgements = new ArrayList<>();
    byKey.forEach(
        (type, keys) ->
            keys.forEach(
                (key, sides) -> {
                  Sides split = type.sides().orElse(null);
                  if (split != null && isTwoSided(type, split, sides)) {
                    RecordState state =
                        merge(type, key, split, sides, closingDecisions, discrepancies);
                    records.add(state);
                    judgeTwoSided(state, sides, asOf, judgements);
                  } else if (split == null) {
                    judgeSingle(authority(sides), asOf, judgements);
                  } else {
                    sides.forEach(report -> judgeSingle(report, asOf, judgements));
                  }
                }));
    return new Reconciliation(records, discrepancies, judgements);
  }

  /**
   * The report a record of one side is judged on when more than one unit reported it (the office
   * enters a meeting's resolutions, then each 承办单位 reports its progress; participants of a joint
   * action report it beside its 牵头单位): the last loaded of a unit the record names in one of its
   * unit columns, else the last loaded. One record, one judgement per rule.
   */
  private static CurrentReport authority(List<CurrentReport> reports) {
    return reports.size() == 1 ? reports.get(0) : reports.stream().max(AUTHORITY).orElseThrow();
  }

  /** Of two reports of one record of one side, the greater is the one it is judged and read on. */
  public static final Comparator<CurrentReport> AUTHORITY =
      Comparator.comparing(
              (CurrentReport r) ->
                  r.type().columns().stream()
                      .anyMatch(c -> c.kind() == CellKind.UNIT && r.unit().equals(r.value(c))))
          .thenComparingLong(CurrentReport::id);

  /**
   * Whether the reports of a key are matched as one record of two sides: a complaint its first unit
   * handles itself has one side only, and a decision or topic only once its second side reported.
   */
  private static boolean isTwoSided(RecordType type, Sides split, List<CurrentReport> reports) {
    return switch (split.pairing()) {
      case ALWAYS -> true;
      case WHEN_UNITS_DIFFER -> {
        CurrentReport any = reports.get(0);
        yield !Objects.equals(any.value(split.firstUnit()), any.value(split.secondUnit()));
      }
      case WHEN_BOTH_REPORT ->
          reports.stream().anyMatch(r -> sideOf(type, split, r) == Side.SECOND);
    };
  }

  /**
   * Referral number to the decision that closes it: of the decisions naming a referral, the
   * earliest (then the lowest key).
   */
  public static Map<String, String> closingDecisions(List<CurrentReport> decisions) {
    Map<String, String> closing = new HashMap<>();
    decisions.stream()
        .filter(d -> d.value(Decision.REFERRAL_NO) != null)
        .sorted(
            Comparator.comparing((CurrentReport d) -> d.text(Decision.DECIDED_ON.field()))
                .thenComparing(CurrentReport::key))
        .forEach(d -> closing.putIfAbsent(d.text(Decision.REFERRAL_NO.field()), d.key()));
    return closing;
  }

  /** A row with a 方向 says its side; any other is the first side's when its unit reported it. */
  private static Side sideOf(RecordType type, Sides split, CurrentReport report) {
    if (type.column(DIRECTION).isPresent()) {
      return OUT.equals(report.value(DIRECTION)) ? Side.FIRST : Side.SECOND;
    }
    return report.unit().equals(report.value(split.firstUnit())) ? Side.FIRST : Side.SECOND;
  }

  private RecordState merge(
      RecordType type,
      String key,
      Sides split,
      List<CurrentReport> reports,
      Map<String, String> closingDecisions,
      List<Discrepancy> discrepancies) {
    CurrentReport first = null;
    CurrentReport second = null;
    for (CurrentReport report : reports) { // sorted by unit, then id: the choice is stable
      if (sideOf(type, split, report) == Side.FIRST) {
        first = first == null ? report : first;
      } else {
        second = second == null ? report : second;
      }
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    Set<String> fromOther = new LinkedHashSet<>();
    CurrentReport base = first != null ? first : second;
    merged.putAll(base.values());
    if (first != null && second != null) {
      for (String field : second.values().keySet()) {
        merged.putIfAbsent(field, second.value(field));
      }
    }
    List<Column> compared = new ArrayList<>(split.firstAuthority());
    compared.add(split.firstUnit());
    if (split.secondUnit() != null) {
      compared.add(split.secondUnit());
    }
    for (Column column : compared) {
      take(type, key, column.field(), first, second, merged, fromOther, discrepancies);
    }
    for (Column column : split.secondAuthority()) {
      take(type, key, column.field(), second, first, merged, fromOther, discrepancies);
    }
    merged.remove(DIRECTION);
    Side missing = first == null ? Side.FIRST : second == null ? Side.SECOND : null;
    return new RecordState(
        type,
        key,
        (String) merged.get(split.firstUnit().field()),
        split.secondUnit() == null
            ? second == null ? null : second.unit()
            : (String) merged.get(split.secondUnit().field()),
        first == null ? null : first.id(),
        second == null ? null : second.id(),
        missing,
        merged,
        fromOther,
        type == RecordType.REFERRAL ? closingDecisions.get(key) : null);
  }

  /**
   * Takes a field from its authority, or from the other side (marked) until the authority reports.
   */
  private static void take(
      RecordType type,
      String key,
      String field,
      CurrentReport authority,
      CurrentReport other,
      Map<String, Object> merged,
      Set<String> fromOther,
      List<Discrepancy> discrepancies) {
    Object mine = authority == null ? null : authority.value(field);
    Object theirs = other == null ? null : other.value(field);
    if (mine != null) {
      merged.put(field, mine);
      if (theirs != null && !mine.equals(theirs)) {
        discrepancies.add(
            new Discrepancy(
                type,
                key,
                field,
                authority.unit(),
                mine.toString(),
                authority.id(),
                other.unit(),
                theirs.toString(),
                other.id()));
      }
    } else if (theirs != null) {
      merged.put(field, theirs);
      fromOther.add(field);
    } else {
      merged.remove(field);
    }
  }

  /** Judges every rule of the catalogue on a record matched from two sides. */
  private void judgeTwoSided(
      RecordState state, List<CurrentReport> reports, LocalDateTime asOf, List<JudgedRule> out) {
    judgeEveryRule(state.type(), state.key(), new Matched(state, reports), asOf, out);
  }

  /** Judges every rule of the catalogue on a record one unit reports alone. */
  private void judgeSingle(CurrentReport r, LocalDateTime asOf, List<JudgedRule> out) {
    judgeEveryRule(r.type(), r.key(), new Single(r), asOf, out);
  }

  /** What the rules read of a record matched from two sides: each field from its authority. */
  private record Matched(RecordState state, List<CurrentReport> reports) implements Facts {

    @Override
    public Object value(String field) {
      return state.merged().get(field);
    }

    /** The first side's unit, as the record's reporter (a decision's deciding unit). */
    @Override
    public Optional<String> reporter() {
      return report(state.firstReportId()).map(CurrentReport::unit);
    }

    /** When the first side's report first arrived (what a decision's sharing is judged by). */
    @Override
    public LocalDateTime firstArrived() {
      return report(state.firstReportId()).map(CurrentReport::firstArrived).orElse(null);
    }

    private Optional<CurrentReport> report(Long id) {
      return reports.stream().filter(r -> Objects.equals(r.id(), id)).findFirst();
    }

    @Override
    public boolean reported(String direction) {
      return OUT.equals(direction) ? state.firstReportId() != null : state.secondReportId() != null;
    }

    @Override
    public Object otherSide(String field) {
      if (state.secondReportId() == null) {
        return null;
      }
      return Optional.ofNullable(value(field))
          .orElseGet(
              () -> report(state.secondReportId()).map(CurrentReport::firstArrived).orElse(null));
    }
  }

  /** What the rules read of a row one unit reports alone. */
  private record Single(CurrentReport report) implements Facts {

    @Override
    public Object value(String field) {
      return report.value(field);
    }

    @Override
    public Optional<String> reporter() {
      return Optional.of(report.unit());
    }

    @Override
    public LocalDateTime firstArrived() {
      return report.firstArrived();
    }

    @Override
    public boolean reported(String direction) {
      return false;
    }

    @Override
    public Object otherSide(String field) {
      return null;
    }
  }

  private void judgeEveryRule(
      RecordType type, String key, Facts facts, LocalDateTime asOf, List<JudgedRule> out) {
    for (RuleSpec rule : catalogue.on(type)) {
      if (!rule.applies(facts)) {
        continue;
      }
      RuleLimits limits = profile.limits(rule.rule());
      if (!limits.excludes(facts)) {
        judge(
            type,
            key,
            rule.rule(),
            rule.owedBy().unit(facts),
            rule.limit(facts, limits),
            rule.before(),
            rule.start().value(facts, profile),
            rule.end().value(facts),
            asOf,
            out);
      }
    }
  }

  /**
   * Judges one rule when its starting event is known; a rule without a start is not yet running.
   */
  private void judge(
      RecordType type,
      String key,
      Rule rule,
      String owing,
      Limit limit,
      boolean before,
      Object start,
      Object end,
      LocalDateTime asOf,
      List<JudgedRule> out) {
    Optional<LocalDateTime> from = moment(start);
    if (from.isEmpty() || owing == null) {
      return;
    }
    Optional<LocalDateTime> to = moment(end);
    out.add(
        new JudgedRule(
            type,
            key,
            rule,
            owing,
            from.get(),
            to,
            deadlines.judge(limit, from.get(), before, to, asOf)));
  }

  private static Optional<LocalDateTime> moment(Object value) {
    if (value instanceof LocalDateTime dateTime) {
      return Optional.of(dateTime);
    }
    if (value instanceof java.time.LocalDate date) {
      return Optional.of(date.atStartOfDay());
    }
    return Optional.empty();
  }
}

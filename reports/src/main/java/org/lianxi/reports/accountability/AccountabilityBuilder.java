package org.lianxi.reports.accountability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianxi.ledger.calendar.WorkingCalendar;
import org.lianxi.ledger.county.Accountability;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.exchange.Duties;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.rules.Deadlines;
import org.lianxi.ledger.rules.Judgement.Status;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.rules.RuleLimits;
import org.lianxi.ledger.rules.RuleSpec;
import org.lianxi.reports.accountability.AccountabilityList.Line;
import org.lianxi.reports.accountability.AccountabilityList.Repeat;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.figures.LedgerRecords;
import org.lianxi.reports.figures.Tally;
import org.lianxi.reports.period.ReportPeriod;

/**
 * Computes the accountability list of a half year or a year from the ledger judged as of a day, a
 * page at a time ({@link #add}), keeping only the duties it names. A duty counts in the period its
 * rule started in, once it closed or is overdue (../shared/reports.md section 5, as the briefing
 * and the assessment count it); it is named when late or overdue beyond the county's threshold
 * ({@link Accountability#names}); every late or overdue duty counts towards a unit's repeats.
 */
public final class AccountabilityBuilder {

  private final CountyConfig county;
  private final ReportPeriod period;
  private final LocalDate asOf;
  private final Deadlines deadlines;
  private final Matters matters;

  /** A named duty, before the names of the files it came from are read. */
  private record Named(JudgedRule rule, String matter, CurrentReport.Source source) {}

  private final List<Named> named = new ArrayList<>();

  /** Every late or overdue duty counting in the period, by owing unit and rule key. */
  private final Map<List<String>, List<JudgedRule>> late = new HashMap<>();

  public AccountabilityBuilder(
      CountyConfig county, ReportPeriod period, LocalDate asOf, WorkingCalendar calendar) {
    this.county = county;
    this.period = period;
    this.asOf = asOf;
    this.deadlines = new Deadlines(calendar);
    this.matters =
        new Matters(county.units().stream().collect(Collectors.toMap(Unit::code, Unit::name)));
  }

  /** The list of a period from the whole ledger, judged as the ledger says. */
  public static AccountabilityList build(
      CountyConfig county, JudgedLedger ledger, ReportPeriod period) {
    AccountabilityBuilder builder =
        new AccountabilityBuilder(county, period, ledger.asOf(), ledger.calendar());
    ledger.forEachPage(builder::add);
    return builder.build(ledger::fileNames);
  }

  /** Counts one page of the judged ledger. */
  public void add(Page page) {
    LedgerRecords records = new LedgerRecords(page);
    // The row that carries a duty's facts: the owing side's report, else the record's other side
    Map<String, CurrentReport.Source> bySide = new HashMap<>();
    Map<String, CurrentReport.Source> anySide = new HashMap<>();
    for (CurrentReport report : page.reports()) {
      bySide.put(report.type() + "|" + report.key() + "|" + report.unit(), report.source());
      anySide.putIfAbsent(report.type() + "|" + report.key(), report.source());
    }
    Accountability rules = county.accountability();
    LocalDateTime moment = Deadlines.endOf(asOf);
    for (JudgedRule j : page.reconciliation().judgements()) {
      Status status = j.judgement().status();
      if (!Tally.counts(j, period) || status != Status.LATE && status != Status.OVERDUE) {
        continue;
      }
      late.computeIfAbsent(List.of(j.owingUnit(), j.rule().key()), k -> new ArrayList<>()).add(j);
      if (rules.names(j.rule(), j.judgement(), j.end(), moment, deadlines)) {
        String record = j.type() + "|" + j.key();
        named.add(
            new Named(
                j,
                matters.of(j.type(), records.keyed(j.type()).get(j.key())),
                bySide.getOrDefault(
                    record + "|" + j.owingUnit(),
                    anySide.getOrDefault(record, CurrentReport.Source.UNKNOWN))));
      }
    }
  }

  /**
   * The list, sorted by unit (in the county's order) and rule (in the catalogue's order).
   *
   * @param fileNames the names of received files by id (read once, for the named duties only)
   */
  public AccountabilityList build(Function<Collection<Long>, Map<Long, String>> fileNames) {
    Set<Long> ids = new TreeSet<>();
    named.forEach(n -> ids.add(n.source().fileId()));
    ids.remove(CurrentReport.Source.UNKNOWN.fileId());
    Map<Long, String> names = ids.isEmpty() ? Map.of() : fileNames.apply(ids);
    List<Line> lines =
        named.stream()
            .sorted(
                Comparator.comparing(Named::rule, byUnitAndRule())
                    .thenComparing(n -> n.rule().judgement().due().orElseThrow())
                    .thenComparing(n -> n.rule().key()))
            .map(n -> line(n, names))
            .toList();
    List<Repeat> repeats = new ArrayList<>();
    late.values().stream()
        .filter(duties -> duties.size() >= county.accountability().repeated())
        .sorted(Comparator.comparing(duties -> duties.get(0), byUnitAndRule()))
        .forEach(duties -> repeats.add(repeat(duties)));
    return new AccountabilityList(period.toString(), asOf.toString(), lines, repeats);
  }

  private Line line(Named n, Map<Long, String> fileNames) {
    JudgedRule j = n.rule();
    RuleSpec spec = spec(j.rule());
    RuleLimits limits = county.profile().limits(j.rule());
    return new Line(
        j.owingUnit(),
        name(j.owingUnit()),
        j.type().sheet(),
        j.key(),
        Duties.number(j.key()),
        n.matter(),
        j.rule().key(),
        Chinese.rule(spec, limits),
        Chinese.citation(limits.citation()),
        Chinese.deadline(j.judgement()),
        j.judgement().status() == Status.OVERDUE ? "逾期未办" : "超时办结",
        j.judgement().lateUnit().late(j.judgement().lateBy()),
        fileNames.getOrDefault(n.source().fileId(), ""),
        n.source().sheet(),
        n.source().row());
  }

  private Repeat repeat(List<JudgedRule> duties) {
    JudgedRule first = duties.get(0);
    RuleLimits limits = county.profile().limits(first.rule());
    return new Repeat(
        first.owingUnit(),
        name(first.owingUnit()),
        first.rule().key(),
        Chinese.rule(spec(first.rule()), limits),
        Chinese.citation(limits.citation()),
        duties.size(),
        (int) duties.stream().filter(d -> d.judgement().status() == Status.OVERDUE).count(),
        (int) named.stream().filter(n -> duties.contains(n.rule())).count(),
        duties.stream().map(d -> Duties.number(d.key())).sorted().toList());
  }

  /** Units in the county's order, then rules in the catalogue's. */
  private Comparator<JudgedRule> byUnitAndRule() {
    return Comparator.comparingInt(
            (JudgedRule j) -> unitOrder().getOrDefault(j.owingUnit(), Integer.MAX_VALUE))
        .thenComparingInt(j -> ruleOrder(j.rule()));
  }

  private Map<String, Integer> unitOrder;

  private Map<String, Integer> unitOrder() {
    if (unitOrder == null) {
      unitOrder = new LinkedHashMap<>();
      county.units().forEach(u -> unitOrder.put(u.code(), unitOrder.size()));
    }
    return unitOrder;
  }

  private int ruleOrder(Rule rule) {
    return county.profile().catalogue().rules().indexOf(spec(rule));
  }

  private RuleSpec spec(Rule rule) {
    return county.profile().catalogue().rule(rule.key()).orElseThrow();
  }

  private String name(String code) {
    return county.unit(code).map(Unit::name).orElse(code);
  }
}

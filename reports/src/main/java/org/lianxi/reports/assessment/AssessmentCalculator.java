package org.lianxi.reports.assessment;

import static org.lianxi.reports.figures.LedgerRecords.day;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.SubmissionPeriod;
import org.lianxi.ledger.rules.Indicators;
import org.lianxi.ledger.standard.Fields.Complaint;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.assessment.Assessment.Score;
import org.lianxi.reports.assessment.Assessment.Total;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.figures.Tally;
import org.lianxi.reports.period.ReportPeriod;

/**
 * The year-end target assessment (年度目标考核) of ../shared/reports.md section 2: per township and
 * department, each configured indicator's numerator and denominator; an indicator counted from
 * rules sums the tallies of its rules (the county's grouping, {@link CountyConfig#indicators()})
 * attributed to the unit that owes each. Points = weight × rate × 100 ÷ the weights of the unit's
 * applicable indicators: the weights of the indicators a unit has nothing to count for (不适用) are
 * shared among its other indicators in proportion to their weights, and weights that do not add up
 * to 100 (the v2 defaults add up to 110) are scaled the same way, so every unit is scored out of
 * 100. Points and totals are unrounded, rounded once where they are printed. The ledger is counted
 * a page at a time ({@link #add}): the calculator keeps counts by unit, not the ledger.
 */
public final class AssessmentCalculator {

  /** Points and totals are kept unrounded: rounded once, for printing. */
  private static final MathContext EXACT = MathContext.DECIMAL128;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CountyConfig county;
  private final ReportPeriod year;
  private final LocalDate asOf;

  /** Each unit's submission periods (one list per unit: thousands of units are scored). */
  private final Map<String, List<SubmissionPeriod>> periods;

  /** Tallies of the judged rules that count in the year, by owing unit and rule key. */
  private final Map<String, Map<String, Tally>> tallies = new HashMap<>();

  /** Complaints each unit handled and closed in the year: how many, and how many it answered. */
  private final Map<String, Fraction> complaints = new HashMap<>();

  public AssessmentCalculator(
      CountyConfig county, ReportPeriod year, LocalDate asOf, List<SubmissionPeriod> periods) {
    if (!year.isYear()) {
      throw new IllegalArgumentException("the assessment is for a year, not " + year);
    }
    this.county = county;
    this.year = year;
    this.asOf = asOf;
    this.periods = periods.stream().collect(Collectors.groupingBy(SubmissionPeriod::unit));
  }

  /** The assessment of a year from the whole ledger, judged as the ledger says. */
  public static Assessment compute(CountyConfig county, JudgedLedger ledger, ReportPeriod year) {
    AssessmentCalculator calculator =
        new AssessmentCalculator(county, year, ledger.asOf(), ledger.periods());
    ledger.forEachPage(calculator::add);
    return calculator.compute();
  }

  /** Counts one page of the judged ledger. */
  public void add(Page page) {
    for (JudgedRule j : page.reconciliation().judgements()) {
      if (Tally.counts(j, year)) {
        tallies
            .computeIfAbsent(j.owingUnit(), u -> new HashMap<>())
            .merge(j.rule().key(), Tally.ZERO.plus(j), Tally::plus);
      }
    }
    for (CurrentReport r : page.reports()) {
      if (r.type() == RecordType.COMPLAINT
          && r.unit().equals(r.value(Complaint.HANDLING_UNIT))
          && year.contains(day(r.values(), Complaint.ACCEPTED_ON.field()))
          && r.value(Complaint.CLOSED_ON) != null) {
        int answered = r.value(Complaint.ANSWERED_ON) != null ? 1 : 0;
        complaints.merge(
            r.unit(),
            new Fraction(answered, 1),
            (a, b) ->
                new Fraction(a.numerator() + b.numerator(), a.denominator() + b.denominator()));
      }
    }
  }

  /** A numerator over a denominator; a zero denominator is 不适用. */
  record Fraction(int numerator, int denominator) {}

  public Assessment compute() {
    List<Score> scores = new ArrayList<>();
    List<Total> totals = new ArrayList<>();
    for (Unit unit : county.units()) {
      if (unit.type() != UnitType.TOWNSHIP && unit.type() != UnitType.DEPARTMENT) {
        continue;
      }
      Map<String, Fraction> fractions = new LinkedHashMap<>();
      for (String indicator : county.weights().keySet()) {
        fractions.put(
            indicator, fraction(indicator, unit, tallies.getOrDefault(unit.code(), Map.of())));
      }
      int applicableWeight =
          fractions.entrySet().stream()
              .filter(e -> e.getValue().denominator() > 0)
              .mapToInt(e -> county.weights().get(e.getKey()))
              .sum();
      BigDecimal total = BigDecimal.ZERO;
      for (var e : fractions.entrySet()) {
        int weight = county.weights().get(e.getKey());
        Fraction f = e.getValue();
        Double rate = null;
        BigDecimal points = BigDecimal.ZERO;
        if (f.denominator() > 0) {
          rate = round((double) f.numerator() / f.denominator(), 4);
          // weight × rate, the weights scaled so that the unit's applicable ones add up to 100
          points =
              BigDecimal.valueOf((long) weight * f.numerator())
                  .multiply(HUNDRED)
                  .divide(BigDecimal.valueOf((long) applicableWeight * f.denominator()), EXACT);
        }
        total = total.add(points, EXACT);
        scores.add(
            new Score(
                unit.code(),
                unit.name(),
                Chinese.unitType(unit),
                e.getKey(),
                f.numerator(),
                f.denominator(),
                rate,
                weight,
                points.doubleValue()));
      }
      // at most 100 exactly; the last digits of 34 can only err by a hair, never by a point
      totals.add(
          new Total(
              unit.code(),
              unit.name(),
              Chinese.unitType(unit),
              total.min(HUNDRED).doubleValue(),
              0));
    }
    return new Assessment(
        year.toString(),
        asOf.toString(),
        Map.copyOf(county.weights()),
        scores,
        rank(totals),
        rulesOfIndicators());
  }

  /**
   * What each assessed indicator counted from rules sums, as printed: the rules the profile judges,
   * each with the limit that decides it; the rules it only tracks count in no indicator.
   */
  private Map<String, List<String>> rulesOfIndicators() {
    Map<String, List<String>> printed = new LinkedHashMap<>();
    county
        .indicators()
        .forEach(
            (indicator, rules) -> {
              if (county.weights().containsKey(indicator)) {
                printed.put(
                    indicator,
                    rules.stream()
                        .map(county.profile().catalogue()::rule)
                        .flatMap(Optional::stream)
                        .filter(r -> r.scored(county.profile().limits(r.rule())))
                        .map(r -> Chinese.rule(r, county.profile().limits(r.rule())))
                        .toList());
              }
            });
    return printed;
  }

  private Fraction fraction(String indicator, Unit unit, Map<String, Tally> tallies) {
    List<String> rules = county.indicators().get(indicator);
    if (rules != null) {
      Tally t =
          rules.stream()
              .map(rule -> tallies.getOrDefault(rule, Tally.ZERO))
              .reduce(Tally.ZERO, Tally::plus);
      return new Fraction(t.onTime(), t.due());
    }
    return switch (indicator) {
      case Indicators.SUBMISSIONS -> submissions(unit);
      case Indicators.COMPLAINT_FEEDBACK ->
          complaints.getOrDefault(unit.code(), new Fraction(0, 0));
      case Indicators.DATA_QUALITY -> rowsAccepted(unit);
      default -> throw new IllegalStateException("no figures for the indicator " + indicator);
    };
  }

  /** Periods of the year that are over with a submission (a zero report counts) ÷ those periods. */
  private Fraction submissions(Unit unit) {
    int expected = 0;
    int submitted = 0;
    for (SubmissionPeriod p : periods.getOrDefault(unit.code(), List.of())) {
      if (year.contains(p.start()) && p.end().isBefore(asOf)) {
        expected++;
        submitted += p.files() > 0 ? 1 : 0;
      }
    }
    return new Fraction(submitted, expected);
  }

  /** Rows accepted ÷ rows submitted, over the files the unit sent in the year. */
  private Fraction rowsAccepted(Unit unit) {
    int submitted = 0;
    int rejected = 0;
    for (SubmissionPeriod p : periods.getOrDefault(unit.code(), List.of())) {
      if (year.contains(p.start())) {
        submitted += p.rowsSubmitted();
        rejected += p.rowsRejected();
      }
    }
    return new Fraction(submitted - rejected, submitted);
  }

  /**
   * Townships and departments ranked apart, highest total first; totals that print the same (to two
   * decimals) share a rank, so that the ranking never tells apart what the reader cannot.
   */
  private static List<Total> rank(List<Total> totals) {
    List<Total> ranked = new ArrayList<>();
    for (String type : totals.stream().map(Total::unitType).distinct().toList()) {
      List<Total> group =
          totals.stream()
              .filter(t -> t.unitType().equals(type))
              .sorted(
                  Comparator.comparing((Total t) -> AssessmentReport.printedPoints(t.total()))
                      .reversed()
                      .thenComparing(Total::unitCode))
              .toList();
      for (int i = 0; i < group.size(); i++) {
        Total t = group.get(i);
        int rank =
            i > 0
                    && AssessmentReport.printedPoints(group.get(i - 1).total())
                        .equals(AssessmentReport.printedPoints(t.total()))
                ? ranked.get(ranked.size() - 1).rank()
                : i + 1;
        ranked.add(new Total(t.unitCode(), t.unitName(), t.unitType(), t.total(), rank));
      }
    }
    return ranked;
  }

  private static double round(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}

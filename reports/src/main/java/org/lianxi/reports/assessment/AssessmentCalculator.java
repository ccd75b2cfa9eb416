package org.lianxi.reports.assessment;

import static org.lianxi.reports.figures.LedgerRecords.day;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianxi.ledger.county.CountyConfig;
import org.lianxi.ledger.county.Unit;
import org.lianxi.ledger.county.UnitType;
import org.lianxi.ledger.reconcile.CurrentReport;
import org.lianxi.ledger.reconcile.JudgedLedger;
import org.lianxi.ledger.reconcile.JudgedLedger.Page;
import org.lianxi.ledger.reconcile.JudgedRule;
import org.lianxi.ledger.reconcile.SubmissionPeriod;
import org.lianxi.ledger.rules.Rule;
import org.lianxi.ledger.standard.RecordType;
import org.lianxi.reports.assessment.Assessment.Score;
import org.lianxi.reports.assessment.Assessment.Total;
import org.lianxi.reports.figures.Chinese;
import org.lianxi.reports.figures.Tally;
import org.lianxi.reports.period.ReportPeriod;

/**
 * The year-end target assessment (年度目标考核) of ../shared/reports.md section 2: per township and
 * department, each configured indicator's numerator and denominator; points = weight × rate, where
 * the weights of the indicators a unit has nothing to count for (不适用) are shared among its other
 * indicators in proportion to their weights, so every unit is scored out of 100. The ledger is
 * counted a page at a time ({@link #add}): the calculator keeps counts by unit, not the ledger.
 */
public final class AssessmentCalculator {

  /** The indicators whose figures come from a deadline rule, attributed to who owes the action. */
  private static final Map<String, Rule> TIMELINESS =
      Map.of(
          "按时移送率", Rule.REFERRAL_SEND,
          "回执及时率", Rule.REFERRAL_RECEIPT,
          "受理告知及时率", Rule.REFERRAL_NOTIFY,
          "协助复函及时率", Rule.ASSISTANCE_ANSWER,
          "信息共享及时率", Rule.SHARING_LAG);

  private final CountyConfig county;
  private final ReportPeriod year;
  private final LocalDate asOf;

  /** Each unit's submission periods (one list per unit: thousands of units are scored). */
  private final Map<String, List<SubmissionPeriod>> periods;

  /** Tallies of the judged rules that count in the year, by owing unit and rule. */
  private final Map<String, Map<Rule, Tally>> tallies = new HashMap<>();

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
            .computeIfAbsent(j.owingUnit(), u -> new EnumMap<>(Rule.class))
            .merge(j.rule(), Tally.ZERO.plus(j), Tally::plus);
      }
    }
    for (CurrentReport r : page.reports()) {
      if (r.type() == RecordType.COMPLAINT
          && r.unit().equals(r.value("handling_unit"))
          && year.contains(day(r.values(), "accepted_on"))
          && r.value("closed_on") != null) {
        int answered = r.value("answered_on") != null ? 1 : 0;
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
      Map<String, Fraction> fractions = new java.util.LinkedHashMap<>();
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
          points =
              BigDecimal.valueOf(weight)
                  .multiply(BigDecimal.valueOf(100))
                  .multiply(BigDecimal.valueOf(f.numerator()))
                  .divide(
                      BigDecimal.valueOf((long) applicableWeight * f.denominator()),
                      2,
                      RoundingMode.HALF_UP);
        }
        total = total.add(points);
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
      totals.add(
          new Total(unit.code(), unit.name(), Chinese.unitType(unit), total.doubleValue(), 0));
    }
    return new Assessment(
        year.toString(), asOf.toString(), Map.copyOf(county.weights()), scores, rank(totals));
  }

  private Fraction fraction(String indicator, Unit unit, Map<Rule, Tally> tallies) {
    Rule rule = TIMELINESS.get(indicator);
    if (rule != null) {
      Tally t = tallies.getOrDefault(rule, Tally.ZERO);
      return new Fraction(t.onTime(), t.due());
    }
    return switch (indicator) {
      case "报送完整率" -> submissions(unit);
      case "投诉举报反馈率" -> complaints.getOrDefault(unit.code(), new Fraction(0, 0));
      case "数据合格率" -> rowsAccepted(unit);
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

  /** Townships and departments ranked apart, highest total first; equal totals share a rank. */
  private static List<Total> rank(List<Total> totals) {
    List<Total> ranked = new ArrayList<>();
    for (String type : totals.stream().map(Total::unitType).distinct().toList()) {
      List<Total> group =
          totals.stream()
              .filter(t -> t.unitType().equals(type))
              .sorted(
                  Comparator.comparingDouble(Total::total)
                      .reversed()
                      .thenComparing(Total::unitCode))
              .toList();
      for (int i = 0; i < group.size(); i++) {
        Total t = group.get(i);
        int rank =
            i > 0 && group.get(i - 1).total() == t.total()
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

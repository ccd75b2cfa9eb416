package org.lianxi.reports.assessment;

import java.util.List;
import java.util.Map;

/**
 * A year's assessment as computed (or as frozen).
 *
 * @param year e.g. 2026
 * @param asOf the day open records were judged as of (ISO date)
 * @param weights the configured weight of each indicator
 * @param scores one per unit and indicator, in the order of the units and the indicators
 * @param totals one per unit, ranked within townships and within departments
 * @param indicators each assessed indicator counted from rules and the rules it summed, named with
 *     the limits that decided them (移送案件（3个工作日；紧急：24小时）); null in the figures of a year frozen
 *     before v2, whose points were rounded per indicator and then added up
 */
public record Assessment(
    String year,
    String asOf,
    Map<String, Integer> weights,
    List<Score> scores,
    List<Total> totals,
    Map<String, List<String>> indicators) {

  /** Whether the figures were computed before v2 (frozen then): printed as they were then. */
  public boolean beforeV2() {
    return indicators == null;
  }

  /**
   * One unit's figures for one indicator.
   *
   * @param rate numerator ÷ denominator, or null when the unit has nothing to count (不适用)
   * @param weight the configured weight
   * @param points weight × rate, the weights of 不适用 indicators shared among the others and the
   *     applicable ones scaled to 100; unrounded (rounded to 0.01 in figures frozen before v2)
   */
  public record Score(
      String unitCode,
      String unitName,
      String unitType,
      String indicator,
      int numerator,
      int denominator,
      Double rate,
      int weight,
      double points) {}

  /**
   * One unit's total: the sum of its unrounded points, at most 100 (in figures frozen before v2,
   * the sum of its rounded points).
   */
  public record Total(String unitCode, String unitName, String unitType, double total, int rank) {}
}

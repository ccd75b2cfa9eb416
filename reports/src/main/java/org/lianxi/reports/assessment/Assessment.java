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
 */
public record Assessment(
    String year,
    String asOf,
    Map<String, Integer> weights,
    List<Score> scores,
    List<Total> totals) {

  /**
   * One unit's figures for one indicator.
   *
   * @param rate numerator ÷ denominator, or null when the unit has nothing to count (不适用)
   * @param weight the configured weight
   * @param points weight × rate, the weights of 不适用 indicators shared among the others
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

  public record Total(String unitCode, String unitName, String unitType, double total, int rank) {}
}

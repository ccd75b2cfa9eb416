package org.lianxi.console.web;

import java.util.Comparator;
import java.util.List;
import org.lianxi.ledger.reconcile.ReconcileStore.UnitDuties;
import org.lianxi.ledger.reconcile.UnitOverview;

/**
 * The units' on-time rates for the dashboard's chart: of the duties that fell due, the share done
 * on time, lowest first (the units the office has to look at). A province has thousands of units:
 * the chart shows the {@value #SHOWN} lowest, the page says how many it left out. The same rows are
 * the table the chart is drawn from ({@code js/dashboard.js}).
 */
public record OnTimeChart(List<Bar> bars, int units) {

  static final int SHOWN = 30;

  /** One unit's bar: its rate in per cent (one decimal), and the counts it is made of. */
  public record Bar(String unit, double percent, UnitDuties duties) {}

  static OnTimeChart of(List<UnitOverview.Line> lines) {
    List<Bar> due =
        lines.stream()
            .filter(l -> l.duties().fellDue() > 0)
            .map(
                l ->
                    new Bar(
                        l.unit().name(),
                        Math.round(l.duties().onTimePercent().orElseThrow() * 10) / 10.0,
                        l.duties()))
            .sorted(Comparator.comparingDouble(Bar::percent).thenComparing(Bar::unit))
            .toList();
    return new OnTimeChart(due.subList(0, Math.min(SHOWN, due.size())), due.size());
  }

  /** How many units with duties that fell due the chart leaves out. */
  public int left() {
    return units - bars.size();
  }
}

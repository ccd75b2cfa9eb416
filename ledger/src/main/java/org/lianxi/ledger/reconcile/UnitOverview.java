package org.lianxi.ledger.reconcile;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.lianxi.ledger.county.UnitStore;

/**
 * Every unit with its last submission and its duties as the last reconcile judged them: {@code
 * lianxi status}'s table and the console's dashboard read the same lines.
 */
public final class UnitOverview {

  /** One unit's line. */
  public record Line(UnitStore.UnitStatus unit, ReconcileStore.UnitDuties duties) {}

  private UnitOverview() {}

  /** Every unit the database knows, in code order. */
  public static List<Line> of(DataSource dataSource) {
    return of(dataSource, new ReconcileStore(dataSource).dutiesByUnit());
  }

  /** Every unit the database knows, in code order, with duties counted already. */
  public static List<Line> of(
      DataSource dataSource, Map<String, ReconcileStore.UnitDuties> duties) {
    return new UnitStore(dataSource)
        .status().stream()
            .map(
                unit ->
                    new Line(
                        unit, duties.getOrDefault(unit.code(), ReconcileStore.UnitDuties.NONE)))
            .toList();
  }
}
